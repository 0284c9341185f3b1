/** `--replay FILE`: the same checks, answered from a transcript, with no network. */
import { readFileSync } from 'node:fs';
import type { Report } from '../findings.js';

export type ReplayRead = { ok: true; report: Report } | { ok: false; message: string };

export async function replayFile(file: string, log: (line: string) => void): Promise<ReplayRead> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      message: `Cannot read the transcript ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
    };
  }
  const parsed = (await import('../transcript/transcript-format.js')).parseTranscript(text);
  if (!parsed.ok)
    return { ok: false, message: `${file} is not a transcript this version can replay (${parsed.reason}).` };
  const { replayReport } = await import('../run/replay-run.js');
  return { ok: true, report: await replayReport(parsed.transcript, log) };
}
