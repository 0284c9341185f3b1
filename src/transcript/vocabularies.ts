/**
 * The words a transcript keeps of a server's short values: each value is held to a closed vocabulary
 * and anything else becomes a fixed placeholder that reads the same to the checks ("another type").
 * A server can put anything in a header or a type field; only what Atlassian is known to send stays.
 */
import { CREDENTIAL_TYPE_NAMES } from '../bitbucket/identifiers.js';

/**
 * The words of every Bitbucket scope, new and legacy, from the OpenAPI spec's
 * x-atlassian-oauth2-scopes and security entries (test/fixtures/bitbucket-operations.json holds the
 * table a unit test holds this to), and of Atlassian's other products' scopes.
 */
const SCOPE_WORDS: ReadonlySet<string> = new Set([
  'read',
  'write',
  'admin',
  'delete',
  'manage',
  'bitbucket',
  'jira',
  'jira-user',
  'jira-work',
  'confluence',
  'account',
  'email',
  'gpg-key',
  'issue',
  'permission',
  'pipeline',
  'project',
  'pullrequest',
  'repository',
  'runner',
  'snippet',
  'ssh-key',
  'user',
  'variable',
  'webhook',
  'wiki',
  'workspace',
  'team',
  'me',
]);

/** A scope whose every word is a scope word; any other is left out of the list. */
export function isKnownScope(scope: string): boolean {
  const words = scope.split(':');
  return words.length <= 4 && words.every((w) => SCOPE_WORDS.has(w));
}

/** x-oauth-scopes, and a scope error's lists: known scopes only. */
export function knownScopes(list: string): string {
  return list
    .split(/[\s,]+/)
    .filter((s) => s !== '' && isKnownScope(s))
    .join(', ');
}

/** Bitbucket's and Jira's object types and account types; others read as "another type". */
const TYPES: ReadonlySet<string> = new Set([
  'error',
  'user',
  'team',
  'account',
  'app_user',
  'workspace',
  'workspace_membership',
  'repository',
  'repository_permission',
  'repository_user_permission',
  'repository_group_permission',
  'workspace_permission',
  'branchrestriction',
  'project',
  'atlassian',
  'app',
  'customer',
  'unknown',
]);
export const knownType = (value: string) => (TYPES.has(value) ? value : '(another type)');

/** The organization API's token statuses. */
const TOKEN_STATUSES: ReadonlySet<string> = new Set(['ALLOWED', 'BLOCKED', 'REVOKED', 'EXPIRED']);
export const knownStatus = (value: string) => (TOKEN_STATUSES.has(value) ? value : '(another status)');

/** A date or a timestamp, as ISO 8601 writes it; nothing else. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export const knownDate = (value: string) => (ISO_DATE.test(value) ? value : '(not a date)');

/** x-credential-type: the credential kinds Bitbucket names, as the credential-type judge knows them. */
const CREDENTIAL_TYPES: ReadonlySet<string> = new Set<string>(CREDENTIAL_TYPE_NAMES);

/** Jira's X-Seraph-LoginReason words. */
const LOGIN_REASONS: ReadonlySet<string> = new Set([
  'OK',
  'OUT',
  'AUTHENTICATED_FAILED',
  'AUTHENTICATION_DENIED',
  'AUTHORISATION_FAILED',
  'AUTHORIZATION_FAILED',
]);

/** Media types as the checks tell them apart: JSON, HTML, plain text, or another. */
function mediaType(value: string): string {
  const essence = value.split(';')[0]?.trim().toLowerCase() ?? '';
  if (/^application\/([a-z.-]*\+)?json$/.test(essence)) return 'application/json';
  if (/html/.test(essence)) return 'text/html';
  if (essence === 'text/plain' || essence === 'text/xml' || essence === 'application/xml') return essence;
  return '(another type)';
}

/** Each header the checks read, normalised to its vocabulary; the rest are not kept. */
export const HEADER_VOCABULARIES: Readonly<Record<string, (value: string) => string | undefined>> = {
  'content-type': mediaType,
  'x-oauth-scopes': knownScopes,
  'x-credential-type': (v) => (CREDENTIAL_TYPES.has(v.trim()) ? v.trim() : '(another type)'),
  'x-ratelimit-nearlimit': (v) => (/^\s*true\s*$/i.test(v) ? 'true' : 'false'),
  'retry-after': (v) => (/^\d{1,6}$/.test(v.trim()) ? v.trim() : undefined),
  'x-seraph-loginreason': (v) =>
    v
      .split(',')
      .map((r) => r.trim())
      .map((r) => (r === '' || LOGIN_REASONS.has(r) ? r : '(another reason)'))
      .join(', '),
  // Only its presence is read (a CAPTCHA stands in the way, a host has no product).
  'x-authentication-denied-reason': () => '(present)',
  'atl-missing-tcs': () => '(present)',
};
