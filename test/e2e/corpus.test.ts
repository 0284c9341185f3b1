/**
 * The transcript corpus: each transcript in test/fixtures/transcripts/ replays, through the bundled
 * CLI with no network, to the verdict recorded in it. A user's transcript becomes a regression test by
 * dropping it there. A request planned after a transcript was recorded does not break it: what the
 * transcript lacks is `network.not_recorded`, the checks that needed it are "not checked" because of
 * it, and every other verdict must be the recorded one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEntry, spawnNode } from '../support/action.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN } from '../support/documents.js';
import { leaks } from '../support/leaks.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/transcripts');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the transcript corpus', () => {
  it('holds a transcript for each scenario of the matrix', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s replays to its recorded verdict and holds no credential', async (file) => {
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8');
    expect(leaks(text, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
    const recorded = JSON.parse(text).verdict as {
      status: string;
      findings: { id: string; severity: string }[];
    };
    const r = await spawnNode([cliEntry, '--replay', full, '--format', 'json'], {
      PATH: process.env.PATH ?? '',
    });
    const replayed = JSON.parse(r.stdout) as {
      status: string;
      findings: { id: string; severity: string; dependsOn?: string }[];
    };
    const lacking = replayed.findings.some((f) => f.id === 'network.not_recorded');
    const notRecorded = (f: { id: string; dependsOn?: string }) =>
      f.id === 'network.not_recorded' || f.dependsOn === 'network.not_recorded';
    const judged = replayed.findings.filter((f) => !notRecorded(f)).map((f) => `${f.id}:${f.severity}`);
    const stillJudged = recorded.findings
      .filter((f) => !replayed.findings.some((g) => g.id === f.id && notRecorded(g)))
      .map((f) => `${f.id}:${f.severity}`);
    expect(judged).toEqual(stillJudged);
    if (!lacking) expect(replayed.status).toBe(recorded.status);
  });
});
