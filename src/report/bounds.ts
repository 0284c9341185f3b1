/**
 * The limits of where a report goes: GitHub refuses a job summary over 1 MiB and an issue body over
 * 65,536 characters. What would pass a limit is cut at a line, with a note that says so.
 */

/** The job summary's limit (1 MiB), less room for what other steps append. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;
/** An issue body's limit. */
export const ISSUE_MAX_CHARS = 65_536;
/** One text of a finding in the `report` output. */
export const REPORT_TEXT_MAX_CHARS = 4_000;

const CUT_NOTE =
  '\n\n_(Cut here: the rest did not fit. The full report is in the job summary and the `report` output.)_\n';

/** The text whole when it fits in `max` (measured by `size`), else cut at a line end with the note. */
function cutTo(text: string, max: number, size: (s: string) => number, note: string): string {
  if (size(text) <= max) return text;
  let kept = text.slice(0, Math.max(0, max - size(note)));
  while (size(kept) > max - size(note)) kept = kept.slice(0, Math.floor(kept.length * 0.9));
  const lineEnd = kept.lastIndexOf('\n');
  return `${lineEnd > 0 ? kept.slice(0, lineEnd) : kept}${note}`;
}

export function cutToBytes(text: string, maxBytes: number, note = CUT_NOTE): string {
  return cutTo(text, maxBytes, (s) => Buffer.byteLength(s, 'utf8'), note);
}

export function cutToChars(text: string, maxChars: number, note = CUT_NOTE): string {
  return cutTo(text, maxChars, (s) => s.length, note);
}

/** One finding's text in the `report` output: whole, or cut with a word that says so. */
export function cutText(text: string): string {
  return text.length <= REPORT_TEXT_MAX_CHARS ? text : `${text.slice(0, REPORT_TEXT_MAX_CHARS)}… (cut)`;
}
