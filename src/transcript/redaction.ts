/**
 * What a transcript keeps of an answer: an allow-list of headers and of diagnostic body fields,
 * identifiers named, every other string redacted, and text bodies only as the phrases the checks know.
 */
import type { HttpOutcome } from '../net/outcome.js';
import { type Pseudonyms, templateQuery } from './pseudonyms.js';

const UUID = /\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?/gi;
const EMAIL_IN_TEXT = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
const KEPT_HEADERS = [
  'content-type',
  'x-oauth-scopes',
  'x-accepted-oauth-scopes',
  'x-credential-type',
  'retry-after',
  'x-seraph-loginreason',
  'atl-missing-tcs',
  'x-authentication-denied-reason',
  'location',
];
/** Strings kept as received (then scrubbed), by key: what a verdict rests on. */
const KEPT_STRINGS = new Set(['type', 'message', 'permission', 'accountType', 'code']);
/** Strings that are identifiers: replaced by pseudonyms of their kind. */
const IDENTIFIERS: Record<string, string> = {
  slug: 'slug',
  account_id: 'user',
  accountId: 'user',
  uuid: 'uuid',
  cloudId: 'cloud',
  emailAddress: 'email',
};

/** A URL from a server: only its origin, and a Jira site's under its pseudonym. */
function originOnly(value: string, names: Pseudonyms): string {
  const match = /https?:\/\/[^\s/;,?#]+/i.exec(value);
  if (!match) return value.replace(/\S*\/\/\S*/g, '(a URL)');
  // Server text: a URL that does not parse (`https://x:99999/`, `https://[::1`) is only "a URL".
  if (!URL.canParse(match[0])) return value.replace(/https?:\/\/\S*/gi, '(a URL)');
  const host = new URL(match[0]).hostname.toLowerCase();
  const shown = host.endsWith('.atlassian.net')
    ? names.of('site', host)
    : host.includes('bitbucket.org') || host === 'api.atlassian.com'
      ? host
      : '(another host)';
  return value.replace(/https?:\/\/\S*/gi, `https://${shown}`);
}

export function redactHeaders(headers: Record<string, string>, names: Pseudonyms): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers[name];
    if (value === undefined) continue;
    kept[name] =
      name === 'location' || name === 'x-authentication-denied-reason'
        ? originOnly(value, names)
        : value.replace(/[^A-Za-z0-9:;,=./_ +-]/g, '');
  }
  return kept;
}

/** A JSON body with every string redacted but the allow-list, identifiers named, next links templated. */
/** Deeper than any answer the checks read: what lies below is left out, never recursed into. */
export const MAX_REDACTED_DEPTH = 32;

function redactJson(value: unknown, names: Pseudonyms, key = '', parentKey = '', depth = 0): unknown {
  if (depth > MAX_REDACTED_DEPTH && value !== null && typeof value === 'object') return '(nested too deep)';
  if (Array.isArray(value)) return value.map((v) => redactJson(v, names, key, parentKey, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        redactJson(v, names, k, key, depth + 1),
      ]),
    );
  }
  if (typeof value !== 'string') return value;
  if (key === 'slug') return names.of(parentKey === 'workspace' ? 'workspace' : 'repo', value);
  // Own properties only: a key named `constructor` must not find Object.prototype's.
  const kind = Object.hasOwn(IDENTIFIERS, key) ? IDENTIFIERS[key] : undefined;
  if (kind) return names.of(kind, value);
  // Only the workspace pager's next link is followed; it names nothing. Any other is redacted.
  if (key === 'next') {
    return /^https:\/\/api\.bitbucket\.org\/2\.0\/user\/workspaces\?/.test(value)
      ? value.replace(/\?.*$/, (q) => templateQuery(q, names))
      : '(redacted)';
  }
  if (
    KEPT_STRINGS.has(key) ||
    ((key === 'required' || key === 'granted' || key === 'errorMessages') && value.length < 200)
  ) {
    // Kept text may still name someone: emails become pseudonyms, ids {uuid}.
    return value
      .replace(UUID, '{uuid}')
      .replace(EMAIL_IN_TEXT, (email) => names.of('email', email.toLowerCase()));
  }
  return '(redacted)';
}

/** A text body says something only through the phrases the checks know; nothing else is kept. */
const KNOWN_TEXT = [/Login failed due to incorrect login credentials or method\./i];

export function redactBody(outcome: Extract<HttpOutcome, { kind: 'response' }>, names: Pseudonyms) {
  const { body } = outcome;
  if (body.kind === 'json') return { bodyKind: 'json', body: redactJson(body.value, names) };
  if (body.kind === 'text') {
    const known = KNOWN_TEXT.map((p) => p.exec(body.text)?.[0]).find((m) => m !== undefined);
    return { bodyKind: 'text', body: known ?? '(redacted text)' };
  }
  return { bodyKind: body.kind };
}
