/**
 * Every identifier in a transcript becomes a stable pseudonym (workspace-1, repo-1, user-3, cloud-1,
 * site-1.atlassian.net, email-1@example.invalid), and the random ids of the probes become {uuid}.
 */
import { BITBUCKET_HOST, PROBE_APP_KEY, PROBE_PROPERTY } from '../bitbucket/plan.js';
import { JIRA_PLAN } from '../jira/gather-jira.js';
import type { HttpRequest } from '../net/outcome.js';
import { ORG_TOKENS_TEMPLATE } from '../organization/org-tokens.js';
import { SITE_SUFFIX } from '../structure/jira-url-check.js';

/** Stable pseudonyms, one series per kind, so the same value always reads the same. */
export class Pseudonyms {
  private readonly maps = new Map<string, Map<string, string>>();

  of(kind: string, value: string): string {
    const map = this.maps.get(kind) ?? new Map<string, string>();
    this.maps.set(kind, map);
    if (!map.has(value)) map.set(value, this.format(kind, map.size + 1));
    return map.get(value) as string;
  }

  private format(kind: string, n: number): string {
    if (kind === 'email') return `email-${n}@example.invalid`;
    if (kind === 'uuid') return `{uuid-${n}}`;
    if (kind === 'site') return `site-${n}${SITE_SUFFIX}`;
    if (kind === 'slug') return `workspace-${n}`;
    return `${kind}-${n}`;
  }
}

/** Bitbucket's path templates, from the plan, with what each parameter is. */
const BITBUCKET_PARAMS: Record<string, string> = {
  workspace: 'workspace',
  repo_slug: 'repo',
  selected_user: 'random',
  selected_user_id: 'random',
};

/** The values the plan itself puts in a Bitbucket path; any other value there is named. */
const BITBUCKET_WORDS: ReadonlySet<string> = new Set([PROBE_APP_KEY, PROBE_PROPERTY]);

/** Every segment of the paths the plans send to Jira and the organization's API. */
const PLAN_SEGMENTS: ReadonlySet<string> = new Set(
  [...JIRA_PLAN.map((r) => r.path), ORG_TOKENS_TEMPLATE].flatMap((path) =>
    (path.split('?')[0] as string).split('/').filter((segment) => !segment.startsWith('{')),
  ),
);

/**
 * A path on any host but Bitbucket's API: the plans' own segments kept, the id after `/orgs/` and
 * `/ex/jira/` named as an organization and a cloud, any other segment named in its own series.
 */
function plainPath(path: string, names: Pseudonyms): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      const before = segments[i - 1];
      if (segment === '' || (PLAN_SEGMENTS.has(segment) && before !== 'orgs')) return segment;
      if (before === 'orgs') return names.of('org', segment);
      if (before === 'jira' && segments[i - 2] === 'ex') return names.of('cloud', segment);
      return names.of('segment', segment);
    })
    .join('/');
}

function templatePath(path: string, templates: readonly string[], names: Pseudonyms): string {
  for (const template of templates) {
    const pattern = template.replace(/\{(\w+)\}/g, '([^/]+)');
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (!match) continue;
    let i = 0;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = decodeURIComponent(match[++i] as string);
      const kind = BITBUCKET_PARAMS[name];
      // The probes' own constants (app key, property name) are kept; ids are named or, if random, {uuid}.
      if (kind === 'random') return '{uuid}';
      if (kind) return names.of(kind, value);
      return BITBUCKET_WORDS.has(value) ? value : names.of('segment', value);
    });
  }
  return '(a path outside the plan)';
}

/** The query keys the checks send or Atlassian's pagers use; any other key is named, as a value is. */
const QUERY_KEYS: ReadonlySet<string> = new Set([
  'administrator',
  'role',
  'page',
  'pagelen',
  'permissions',
  'maxResults',
  'startAt',
  'accountId',
  'q',
  'cursor',
]);
/** The values the checks themselves send: numbers and these words. Any other value is named. */
const QUERY_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'admin', 'USER_PICKER']);

/**
 * A query with no value of the server's: keys from the list, numbers and the checks' own words kept,
 * account ids named as users, every other key and value named in its own series (`key-1=query-1`).
 * Applied to names that are already pseudonyms it changes nothing, so a replay matches.
 */
export function templateQuery(search: string, names: Pseudonyms): string {
  const query = new URLSearchParams(search);
  const kept = [...query].map(([key, value]) => {
    const shownKey = QUERY_KEYS.has(key) ? key : names.of('key', key);
    if (key === 'accountId') return `${key}=${names.of('user', value)}`;
    // The organization's search by the account's email: named as emails are in bodies.
    if (key === 'q' && value.includes('@')) return `${key}=${names.of('email', value.toLowerCase())}`;
    const shown = /^\d{1,6}$/.test(value) || QUERY_WORDS.has(value) ? value : names.of('query', value);
    return `${shownKey}=${shown}`;
  });
  return kept.length ? `?${kept.join('&')}` : '';
}

/** The request as a transcript shows it: host and path with their identifiers named. */
export function requestKey(
  request: Pick<HttpRequest, 'url'>,
  bitbucketTemplates: readonly string[],
  names: Pseudonyms,
): { host: string; path: string } {
  const url = new URL(request.url);
  const host = url.hostname.endsWith(SITE_SUFFIX)
    ? names.of('site', url.hostname.toLowerCase())
    : url.hostname;
  const path =
    url.hostname === BITBUCKET_HOST
      ? `/2.0${templatePath(url.pathname.replace(/^\/2\.0/, ''), bitbucketTemplates, names)}`
      : plainPath(url.pathname, names);
  return { host, path: `${path}${templateQuery(url.search, names)}` };
}
