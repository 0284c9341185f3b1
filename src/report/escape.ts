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
 * Escapes a string for a Markdown table cell or paragraph: no HTML, no links, no table breaks, no
 * control characters; text a server sent becomes a code span, so nothing in it renders live.
 */
export function escapeMarkdown(text: string): string {
  return segments(text)
    .map((part) => (part.server ? codeSpan(part.text) : escapeOwn(part.text)))
    .join('');
}
