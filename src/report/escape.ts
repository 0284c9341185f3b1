/** Escaping for text that reaches the job summary (GitHub-flavoured Markdown that allows HTML). */
import { codeSpan, segments } from './server-text.js';

function escapeOwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/!/g, '&#33;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Names shown as code spans: what GitHub's Markdown would turn into a link though nobody wrote one
 * (a `www.` name: a workspace or repository slug can be `www.example-support.example`; an email
 * address), and a request's path, which holds slugs. Trailing sentence punctuation stays outside.
 */
const AUTOLINKED = /(?<![\w@./:-])(?:(?:www\.|\/)[^\s<>|]*[^\s<>|.,;:!?)'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;

/** Own text, with what would autolink shown as code spans. */
function escapeOwnText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(AUTOLINKED)) {
    const at = match.index ?? 0;
    out += escapeOwn(text.slice(last, at)) + codeSpan(match[0]);
    last = at + match[0].length;
  }
  return out + escapeOwn(text.slice(last));
}

/**
 * Escapes a string for a Markdown table cell or paragraph: no HTML, no links, no table breaks, no
 * control characters; text a server sent becomes a code span, so nothing in it renders live, and so
 * does a name in own text that would autolink.
 */
export function escapeMarkdown(text: string): string {
  return segments(text)
    .map((part) => (part.server ? codeSpan(part.text) : escapeOwnText(part.text)))
    .join('');
}
