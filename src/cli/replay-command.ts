/**
 * `--replay FILE`: the same checks, answered from a transcript, with no network. The file is read
 * like any input: at most a few MiB, within the run's time budget (a FIFO or /dev/zero ends).
 */
import type { Report } from '../findings.js';
import { readIntegrationText } from './input-source.js';

export type ReplayRead = { ok: true; report: Report } | { ok: false; message: string };

/** A transcript of a run is a few hundred KiB at most. */
const MAX_TRANSCRIPT_BYTES = 4 * 1024 * 1024;

export async function replayFile(
  file: string,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<ReplayRead> {
  const read = await readIntegrationText({ kind: 'file', path: file }, timeoutMs, MAX_TRANSCRIPT_BYTES);
  if (!read.ok) return { ok: false, message: `Cannot replay the transcript: ${read.message}` };
  const parsed = (await import('../transcript/transcript-format.js')).parseTranscript(read.text);
  if (!parsed.ok)
    return { ok: false, message: `${file} is not a transcript this version can replay (${parsed.reason}).` };
  const { replayReport } = await import('../run/replay-run.js');
  const report = await replayReport(parsed.transcript, log);
  if (!report)
    return {
      ok: false,
      message: `${file} is not a transcript this version can replay (options: not valid).`,
    };
  return { ok: true, report };
}
