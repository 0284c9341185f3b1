/**
 * Plain log lines that cannot be read as workflow commands. The runner treats a line that starts
 * with `::` (or the older `##[`) as a command, so text that reaches the log through core.info has
 * its line breaks and control characters replaced, and `::` / `##[` broken up.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/g;

export function safeLogLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point.
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** For the CLI's terminal output: no escape sequences, no carriage returns that overwrite a line. */
export function safeTerminalText(text: string): string {
  // C0 and C1 controls (U+009B is a one-byte CSI), line separators, and the bidirectional overrides
  // that can make a terminal show text in another order than it is.
  return text.replace(TERMINAL_UNSAFE, '?');
}
