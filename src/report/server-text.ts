/**
 * One sanitiser for every channel: control characters (C0, C1), line and paragraph separators and
 * bidirectional overrides and isolates are dropped from whatever a finding says, and text a server
 * sent (marked by `serverText()` in src/findings.ts) is shown as a quote in plain text, or as a code
 * span in Markdown, where a mention, a cross-reference or an address never renders live.
 */
import { SERVER_CLOSE, SERVER_OPEN } from '../findings.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SERVER = new RegExp(`${SERVER_OPEN}([^${SERVER_CLOSE}]*)${SERVER_CLOSE}`, 'g');

export function withoutControls(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Plain text: server text in quotes. */
export function plainText(text: string): string {
  return withoutControls(text).replace(SERVER, (_, quoted: string) => `“${quoted}”`);
}

/** The text in pieces: what the action wrote, and what a server sent. */
export function segments(text: string): { text: string; server: boolean }[] {
  const clean = withoutControls(text);
  const parts: { text: string; server: boolean }[] = [];
  let last = 0;
  for (const match of clean.matchAll(SERVER)) {
    const at = match.index ?? 0;
    parts.push({ text: clean.slice(last, at), server: false });
    parts.push({ text: match[1] as string, server: true });
    last = at + match[0].length;
  }
  parts.push({ text: clean.slice(last), server: false });
  return parts.filter((p) => p.text !== '');
}

/** A code span that holds the text as it is: a fence longer than any run of backticks in it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // Inside a table a pipe must be escaped even in a code span.
  const body = text.replace(/\|/g, '\\|');
  // A text with a backtick, at its start or end above all, is padded so the fence does not merge with it.
  return longest > 0 ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}
