/**
 * Writing a transcript where the user asked, safely: only ever a regular file (a FIFO, a device or a
 * symbolic link at the path is refused, never opened or followed), written whole to a temporary file
 * beside it and then renamed over it, so a reader never sees half a transcript.
 */
import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Transcript } from './transcript-format.js';

/** Why the file was not written, as a short code; undefined when it was. */
export function writeTranscriptFile(file: string, transcript: Transcript): string | undefined {
  try {
    const existing = lstatSync(file, { throwIfNoEntry: false });
    if (existing && !existing.isFile()) return 'not a regular file';
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, `${JSON.stringify(transcript, null, 2)}\n`, { flag: 'wx' });
      renameSync(temporary, file);
    } finally {
      rmSync(temporary, { force: true });
    }
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  }
}
