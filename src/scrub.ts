/**
 * The last line of defence against leaking a credential: every finding is scrubbed of each
 * credential and of every 8-character piece of one before any renderer sees it. Findings never
 * quote received values by design; this catches a remote service that echoes a credential back
 * into text the checks do repeat (a workspace slug, a header value).
 */
import type { Finding } from './findings.js';
import { collectSecrets } from './integration/secrets.js';

export const PIECE_LENGTH = 8;
const REPLACEMENT = '***';

/**
 * The credential strings in the input: the collected secrets without the raw document itself, whose
 * pieces include ordinary text such as field names.
 */
export function credentialSecrets(raw: string, collected: readonly string[] = collectSecrets(raw)): string[] {
  return collected.filter((s) => s !== raw && s !== raw.trim() && s.length >= PIECE_LENGTH);
}

export type Scrubber = (text: string) => string;

export function makeScrubber(secrets: readonly string[]): Scrubber {
  const pieces = new Set<string>();
  for (const secret of secrets) {
    for (let i = 0; i + PIECE_LENGTH <= secret.length; i++) pieces.add(secret.slice(i, i + PIECE_LENGTH));
  }
  if (pieces.size === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const piece of pieces) {
      if (result.includes(piece)) result = result.split(piece).join(REPLACEMENT);
    }
    return result;
  };
}

export function scrubFinding(f: Finding, scrub: Scrubber): Finding {
  const out: Finding = { ...f, title: scrub(f.title), message: scrub(f.message) };
  if (f.subject !== undefined) out.subject = scrub(f.subject);
  if (f.fix !== undefined) out.fix = scrub(f.fix);
  if (f.scope !== undefined) out.scope = scrub(f.scope);
  if (f.evidence !== undefined) out.evidence = f.evidence.map(scrub);
  return Object.freeze(out);
}
