/**
 * The last line of defence against leaking a credential: every finding is scrubbed of each
 * credential, in the forms a server could echo it back (as sent, upper or lower case, URL-encoded,
 * or inside the Basic header's base64), and of every 8-character piece of those, before any renderer
 * sees it. Findings never quote received values by design; this catches a remote service that echoes
 * a credential back into text the checks do repeat (a workspace slug, a header value, a message).
 */
import { type Finding, mapFindingText } from './findings.js';
import { collectSecrets } from './structure/secrets.js';

export const PIECE_LENGTH = 8;
const REPLACEMENT = '***';

/**
 * The credential strings in the input: the collected secrets without the raw document itself, whose
 * pieces include ordinary text such as field names.
 */
export function credentialSecrets(raw: string, collected: readonly string[] = collectSecrets(raw)): string[] {
  return collected.filter((s) => s !== raw && s !== raw.trim() && s.length >= PIECE_LENGTH);
}

/** The forms of a secret a server may echo; case is folded when matching, so one of each suffices. */
export function echoForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret)])];
}

/** ASCII case folding that keeps every index in place (credentials are ASCII). */
function fold(text: string): string {
  // Stryker disable next-line MethodExpression: folding to upper case instead matches the same pieces.
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export type Scrubber = (text: string) => string;

export function makeScrubber(secrets: readonly string[]): Scrubber {
  const pieces = new Set<string>();
  for (const secret of secrets) {
    // Folded after encoding: percent-encoding writes its hex digits in upper case (%2F).
    for (const form of echoForms(secret).map(fold)) {
      for (let i = 0; i + PIECE_LENGTH <= form.length; i++) pieces.add(form.slice(i, i + PIECE_LENGTH));
    }
  }
  return (text) => {
    const folded = fold(text);
    const hit = new Uint8Array(text.length);
    // Stryker disable next-line BooleanLiteral: a fast path; replaceRuns returns a text with no hit as it is.
    let found = false;
    for (const piece of pieces) {
      for (let at = folded.indexOf(piece); at !== -1; at = folded.indexOf(piece, at + 1)) {
        hit.fill(1, at, at + PIECE_LENGTH);
        found = true;
      }
    }
    return found ? replaceRuns(text, hit) : text;
  };
}

/** Each maximal run of marked characters becomes one replacement. */
function replaceRuns(text: string, hit: Uint8Array): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (!hit[i]) {
      out += text[i];
      i++;
      continue;
    }
    while (hit[i]) i++;
    out += REPLACEMENT;
  }
  return out;
}

export function scrubFinding(f: Finding, scrub: Scrubber): Finding {
  return mapFindingText(f, scrub);
}
