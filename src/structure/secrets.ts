/**
 * Finds every credential in the raw input so it can be masked before any message is produced. Works
 * on the token stream, not on a parsed tree, so that malformed documents (the ones that produce
 * messages) are covered too.
 */
import { createScanner } from 'jsonc-parser';
import { SyntaxKind } from './json-syntax.js';

/** Keys whose string values are treated as secrets, whatever the document's shape. */
const SECRET_KEY = /token|key|secret|pass|pwd|credential|auth|bearer|private|cookie|session/i;
/** Atlassian token families: API tokens (ATATT), app passwords (ATBB), access tokens (ATCTT). */
const ATLASSIAN_TOKEN = /^AT(ATT|BB|CTT)[A-Za-z0-9_=+/-]{8,}/;
/**
 * Masking very short strings would blank out ordinary words all over the log, and no piece of one
 * could be scrubbed (pieces are 8 characters): no credential is this short.
 */
const MIN_SECRET_LENGTH = 8;
/**
 * A placeholder from the documentation (<APP_TOKEN>, [email protected], Atlassian's
 * your.email@company.com and https://your-domain.atlassian.net) is no secret: masking it would
 * blank out the field names it spells.
 */
export const PLACEHOLDER =
  /<[A-Z0-9_ -]+>|\[email(?:\s|&#160;|\u00a0)protected\]|\byour[._-]?(?:email|e-mail|name)@(?:your-)?(?:company|domain|example)\.com\b|\byour[-_]?(?:domain|site|subdomain|company)\.atlassian\.net\b/i;

/**
 * Whether a key name reads like a word or identifier (appToken, jira_credentials) rather than a
 * pasted credential. Only such keys are ever shown in messages; other long keys are masked.
 */
export function looksLikeIdentifier(key: string): boolean {
  // Up to 20 characters: the longest key Entitle knows, jira_credentials, has 16; tokens run to ~190.
  if (!/^[A-Za-z][A-Za-z0-9_-]{0,19}$/.test(key)) return false;
  const humps = key.match(/[a-z][A-Z]/g)?.length ?? 0;
  const digits = key.match(/[0-9]/g)?.length ?? 0;
  const capitals = key.match(/[A-Z]/g)?.length ?? 0;
  return humps <= 2 && digits <= 2 && (capitals <= 3 || capitals === key.replace(/[^A-Za-z]/g, '').length);
}

/** Keys this long that do not read like identifiers are treated as pasted credentials. */
const MIN_SECRET_KEY_LENGTH = 12;

interface Frame {
  kind: 'object' | 'array';
  key: string | undefined;
}

/** A value that is nothing but a placeholder. */
function isPlaceholder(value: string): boolean {
  const match = PLACEHOLDER.exec(value.trim());
  return match !== null && match[0] === value.trim();
}

export function collectSecrets(raw: string): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    for (const candidate of [value, value.trim()]) {
      if (candidate.length >= MIN_SECRET_LENGTH && !isPlaceholder(candidate)) found.add(candidate);
    }
  };
  if (raw.trim().length > 0) add(raw);

  const scanner = createScanner(raw, true);
  const stack: Frame[] = [];
  let lastString: string | undefined;
  let previous = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const top = stack[stack.length - 1];
    if (kind === SyntaxKind.OpenBrace || kind === SyntaxKind.OpenBracket) {
      // An array inherits the key it is the value of; an object starts with none.
      const inherited = previous === SyntaxKind.Colon ? lastString : top?.key;
      stack.push({
        kind: kind === SyntaxKind.OpenBrace ? 'object' : 'array',
        key: kind === SyntaxKind.OpenBracket ? inherited : undefined,
      });
    } else if (kind === SyntaxKind.CloseBrace || kind === SyntaxKind.CloseBracket) {
      stack.pop();
    } else if (kind === SyntaxKind.String) {
      const value = scanner.getTokenValue();
      const rawText = raw.slice(
        scanner.getTokenOffset() + 1,
        scanner.getTokenOffset() + scanner.getTokenLength() - 1,
      );
      const governingKey =
        previous === SyntaxKind.Colon ? lastString : top?.kind === 'array' ? top.key : undefined;
      const isKey = top?.kind === 'object' && previous !== SyntaxKind.Colon;
      const pastedAsKey =
        isKey && value.trim().length >= MIN_SECRET_KEY_LENGTH && !looksLikeIdentifier(value.trim());
      if (
        pastedAsKey ||
        (governingKey !== undefined && SECRET_KEY.test(governingKey)) ||
        ATLASSIAN_TOKEN.test(value.trim())
      ) {
        add(value);
        add(rawText);
      }
      lastString = value;
    }
    previous = kind;
  }
  return [...found];
}
