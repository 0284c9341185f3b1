/**
 * Transcripts outlive a new request: each corpus transcript, with one Bitbucket request taken out
 * (as if it had been recorded before that request was planned), replays to its recorded verdict but for the
 * checks that needed the request, which are "not checked" because of one finding that names what
 * the transcript lacks; never a network fault.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { replayReport } from '../../src/run/replay-run.js';
import { parseTranscript, type Transcript } from '../../src/transcript/transcript-format.js';

const key = (r: Transcript['requests'][number]) => `${r.method} ${r.host}${r.path}`;

/**
 * The transcript without every attempt of its last Bitbucket request: as if recorded before the
 * newest probe (one at the repository level, as a new probe would be) was planned.
 */
function withoutLast(transcript: Transcript): Transcript | undefined {
  const repositoryLevel = transcript.requests.filter(
    (r) => r.host === 'api.bitbucket.org' && /^\/2\.0\/repositories\/[^/]+\/[^/?]+\//.test(r.path),
  );
  const last = repositoryLevel[repositoryLevel.length - 1];
  if (!last) return undefined;
  return { ...transcript, requests: transcript.requests.filter((r) => key(r) !== key(last)) };
}

const dir = path.resolve(import.meta.dirname, '../fixtures/transcripts');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => {
    const parsed = parseTranscript(readFileSync(path.join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    return [file, parsed.transcript] as const;
  })
  .flatMap(([file, t]) => {
    const lacking = withoutLast(t);
    return lacking ? [[file, t, lacking] as const] : [];
  });

const NETWORK_FAULTS = ['network.dns', 'network.unreachable', 'network.proxy_failed', 'network.tls'];

const replayed = async (t: Transcript) => (await replayReport(t, () => {}))?.findings ?? [];
const verdicts = (findings: readonly Finding[]) => findings.map((f) => `${f.id}:${f.severity}`);

describe('a transcript recorded before a request was planned', () => {
  it('covers most of the corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
  });

  it.each(corpus)('%s', async (_, transcript, withoutOne) => {
    const whole = await replayed(transcript);
    const lacking = await replayed(withoutOne);
    const network = (findings: readonly Finding[]) => findings.filter((f) => NETWORK_FAULTS.includes(f.id));
    // No network fault is made up for what was not recorded.
    expect(verdicts(network(lacking))).toEqual(verdicts(network(whole)));
    const notRecorded = lacking.filter((f) => f.id === 'network.not_recorded');
    expect(notRecorded.length).toBeGreaterThanOrEqual(1);
    expect(notRecorded.every((f) => f.severity === 'inconclusive')).toBe(true);
    // Every other verdict is the recorded one, or "not checked" because of what the transcript lacks.
    const changed = lacking.filter(
      (f) =>
        f.id !== 'network.not_recorded' &&
        f.dependsOn !== 'network.not_recorded' &&
        !whole.some((w) => w.id === f.id && w.severity === f.severity && w.scope === f.scope),
    );
    expect(changed.map((f) => `${f.id}:${f.severity} ${f.message}`)).toEqual([]);
  });
});
