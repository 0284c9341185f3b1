/** Escaping for text that reaches the job summary (GitHub-flavoured Markdown that allows HTML). */

/** Escapes a string for a Markdown table cell or paragraph: no HTML, no links, no table breaks. */
export function escapeMarkdown(text: string): string {
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
