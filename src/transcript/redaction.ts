/**
 * What a transcript keeps of an answer, by allow-list: the headers the checks read, each normalised
 * to its vocabulary; the JSON body by one schema (body-shape.ts); a text body as a known message or
 * its length, hash and the phrases the checks read. Nothing a server chose to send is kept verbatim
 * unless it is on a list.
 */
import { BITBUCKET_HOST } from '../bitbucket/plan.js';
import { SITE_ORIGIN } from '../jira/jira-facts.js';
import type { HttpOutcome } from '../net/outcome.js';
import { keptBody } from './body-shape.js';
import { type Pseudonyms, requestKey } from './pseudonyms.js';
import { keptMessage } from './server-messages.js';
import { HEADER_VOCABULARIES } from './vocabularies.js';

/** Atlassian's own hosts, shown as they are; a Jira site under its pseudonym; any other host hidden. */
const ATLASSIAN_HOSTS: ReadonlySet<string> = new Set([
  BITBUCKET_HOST,
  'bitbucket.org',
  'id.atlassian.com',
  'api.atlassian.com',
]);

/** A redirect's target: its origin only, as the checks read it (jira-facts.ts). */
function keptLocation(value: string, names: Pseudonyms): string {
  if (!URL.canParse(value)) return '(another host)';
  const { origin, hostname } = new URL(value);
  if (SITE_ORIGIN.test(origin)) return `https://${names.of('site', hostname)}`;
  return origin === `https://${hostname}` && ATLASSIAN_HOSTS.has(hostname) ? origin : '(another host)';
}

export function redactHeaders(headers: Record<string, string>, names: Pseudonyms): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, vocabulary] of Object.entries(HEADER_VOCABULARIES)) {
    const value = Object.hasOwn(headers, name) ? headers[name] : undefined;
    const normalised = value === undefined ? undefined : vocabulary(value);
    if (normalised !== undefined) kept[name] = normalised;
  }
  if (Object.hasOwn(headers, 'location')) kept.location = keptLocation(headers.location as string, names);
  return kept;
}

/**
 * A pager's link as a path template: host and path with their identifiers named and query values
 * named (requestKey), exactly as the request that follows it is recorded, so a replay can follow it.
 * Only the next page of the request just made is kept (same host and path, canonical form): any other
 * link is not followed by the checks, so nothing of it is kept.
 */
function keptLink(url: string, request: URL, names: Pseudonyms, templates: readonly string[]): string {
  if (!URL.canParse(url)) return '(a link)';
  const parsed = new URL(url);
  if (parsed.href !== url || parsed.hash !== '' || !ATLASSIAN_HOSTS.has(parsed.hostname)) return '(a link)';
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.port !== '') return '(a link)';
  if (parsed.origin !== request.origin || parsed.pathname !== request.pathname) return '(a link)';
  const { host, path } = requestKey({ url }, templates, names);
  return `https://${host}${path}`;
}

export function redactBody(
  outcome: Extract<HttpOutcome, { kind: 'response' }>,
  requestUrl: string,
  names: Pseudonyms,
  templates: readonly string[],
) {
  const { body } = outcome;
  if (body.kind === 'json') {
    const request = new URL(requestUrl);
    const link = (url: string) => keptLink(url, request, names, templates);
    return { bodyKind: 'json', body: keptBody(body.value, names, link) };
  }
  if (body.kind === 'text') return { bodyKind: 'text', body: keptMessage(body.text) };
  return { bodyKind: body.kind };
}
