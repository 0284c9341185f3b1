/**
 * Finds every credential in the raw input so it can be masked before any message is produced. Works
 * on the token stream, not on a parsed tree, so that malformed documents (the ones that produce
 * messages) are covered too.
 */
import { createScanner } from 'jsonc-parser';

/** Keys whose string values are treated as secrets, whatever the document's shape. */
const SECRET_KEY = /token|key|secret|pass|pwd|credential|auth|bearer|private|cookie|session/i;
/** Atlassian token families: API tokens (ATATT), app passwords (ATBB), access tokens (ATCTT). */
const ATLASSIAN_TOKEN = /^AT(ATT|BB|CTT)[A-Za-z0-9_=+/-]{8,}/;
/** Masking very short strings would blank out ordinary words all over the log. */
const MIN_SECRET_LENGTH = 6;

const STRING_TOKEN = 10;
const COLON_TOKEN = 6;
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF_TOKEN = 17;

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

export function collectSecrets(raw: string): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    for (const candidate of [value, value.trim()]) {
      if (candidate.length >= MIN_SECRET_LENGTH) found.add(candidate);
    }
  };
  if (raw.trim().length > 0) add(raw);

  const scanner = createScanner(raw, true);
  const stack: Frame[] = [];
  let lastString: string | undefined;
  let previous = 0;
  for (let kind = scanner.scan(); kind !== EOF_TOKEN; kind = scanner.scan()) {
    const top = stack[stack.length - 1];
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      // An array inherits the key it is the value of; an object starts with none.
      const inherited = previous === COLON_TOKEN ? lastString : top?.key;
      stack.push({
        kind: kind === OPEN_BRACE ? 'object' : 'array',
        key: kind === OPEN_BRACKET ? inherited : undefined,
      });
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      stack.pop();
    } else if (kind === STRING_TOKEN) {
      const value = scanner.getTokenValue();
      const rawText = raw.slice(
        scanner.getTokenOffset() + 1,
        scanner.getTokenOffset() + scanner.getTokenLength() - 1,
      );
      const governingKey =
        previous === COLON_TOKEN ? lastString : top?.kind === 'array' ? top.key : undefined;
      const isKey = top?.kind === 'object' && previous !== COLON_TOKEN;
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
