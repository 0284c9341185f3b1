/**
 * What a transcript keeps of a server's words: a message Atlassian is known to send is kept as it is;
 * any other is kept only as its length, a short hash, and the phrases the checks read in it, so a
 * replay reads the same facts and nothing the server chose to say (a name, a host, an email) survives.
 */
import { createHash } from 'node:crypto';
import { REFUSAL_PATTERNS } from '../bitbucket/bitbucket-evidence.js';
import { BITBUCKET_PHRASES } from '../bitbucket/bitbucket-facts.js';
import { JIRA_PHRASES } from '../jira/jira-facts.js';

/**
 * Messages Bitbucket and Jira Cloud send, as published or seen (the research note's sources): kept
 * verbatim, as they name nobody. A message differing by one character is not one of them.
 */
const KNOWN_MESSAGES: ReadonlySet<string> = new Set([
  // Bitbucket
  'Your credentials lack one or more required privilege scopes.',
  'Token is invalid, expired, or not supported for this endpoint.',
  'Login failed due to incorrect login credentials or method. Please check your credentials and try again.',
  'Login failed due to incorrect login credentials or method.',
  'This endpoint does not support the authentication method used.',
  'To access this repository, enable two-step verification.',
  'Your IP address is not allowed to access this workspace.',
  'Access from your IP address is not allowed.',
  'You do not have access to this workspace.',
  'You do not have admin access to this repository.',
  'Repository is read-only during maintenance.',
  'Invalid permission value.',
  'Access denied.',
  'Resource not found',
  'Not found',
  // Jira and the API gateway
  'Client must be authenticated to access this resource.',
  'You are not authenticated. Authentication required to perform this operation.',
  'Basic authentication failed.',
  'Basic authentication with passwords is deprecated.',
  'Unauthorized; scope does not match',
  'Unauthorized',
]);
/** Bitbucket's notice for a removed endpoint names the change and nothing else. */
const KNOWN_TEMPLATES = [/^CHANGE-\d{1,6} - Functionality has been deprecated\.?$/];

/** Every phrase a fact or a judge looks for in a server's words, in one list. */
export const READ_PHRASES: readonly RegExp[] = [
  ...Object.values(BITBUCKET_PHRASES),
  ...REFUSAL_PATTERNS.map(([, pattern]) => pattern),
  ...Object.values(JIRA_PHRASES),
];

export function isKnownMessage(text: string): boolean {
  return KNOWN_MESSAGES.has(text) || KNOWN_TEMPLATES.some((t) => t.test(text));
}

/** The same phrases, global, to find every occurrence; made once. */
const GLOBAL_PHRASES = READ_PHRASES.map(
  (pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
);

/** The phrases the checks would find in a text, each once, in the order of the list. */
function phrasesIn(text: string): string[] {
  const found = GLOBAL_PHRASES.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
  return [...new Set(found)];
}

/** A server's message as a transcript keeps it. */
export function keptMessage(text: string): string {
  if (isKnownMessage(text.trim())) return text.trim();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  const phrases = phrasesIn(text);
  const saying = phrases.length ? `; it says: ${phrases.join('; ')}` : '';
  return `(a message of ${text.length} characters, sha256 ${hash}${saying})`;
}
