/**
 * Transcripts: what Bitbucket and Jira answered in a run, safe to attach to a public issue, and
 * replayable offline. Every identifier becomes a stable pseudonym (workspace-1, repo-1, user-3,
 * cloud-1, site-1.atlassian.net, email-1@example.invalid), the random ids of the probes become {uuid},
 * every string of a body is redacted but an allow-list of diagnostic fields, and whatever is left is
 * scrubbed of the credentials in every form. The format is versioned and documented in
 * docs/transcripts.md.
 */
import { z } from 'zod';
import type { HttpOutcome, HttpRequest } from './http.js';
import type { Scrubber } from './scrub.js';
import { VERSION } from './version.js';

export const TRANSCRIPT_FORMAT = 1;

const entrySchema = z.object({
  method: z.string(),
  host: z.string(),
  path: z.string(),
  durationMs: z.number(),
  outcome: z.string(),
  status: z.number().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  bodyKind: z.string().optional(),
});
export type TranscriptEntry = z.infer<typeof entrySchema>;

const verdictSchema = z.object({
  id: z.string(),
  severity: z.string(),
  message: z.string(),
  subject: z.string().optional(),
});

export const transcriptSchema = z.object({
  format: z.literal(TRANSCRIPT_FORMAT),
  version: z.string(),
  options: z.record(z.string(), z.unknown()),
  /** The document's own findings (no values in them), replayed as they were. */
  structure: z.array(verdictSchema),
  /** Whether the document had jira_credentials, and whether they had structure errors. */
  document: z.object({ jira: z.boolean(), jiraRejected: z.boolean() }),
  requests: z.array(entrySchema),
  verdict: z
    .object({ status: z.string(), findings: z.array(z.object({ id: z.string(), severity: z.string() })) })
    .optional(),
});
export type Transcript = z.infer<typeof transcriptSchema>;

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
    if (kind === 'site') return `site-${n}.atlassian.net`;
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
      return kind === 'random' ? '{uuid}' : kind ? names.of(kind, value) : value;
    });
  }
  return '(a path outside the plan)';
}

/** Query values that are short words or numbers are kept (role=admin, pagelen=100); ids are named. */
function templateQuery(search: string, names: Pseudonyms): string {
  const query = new URLSearchParams(search);
  const kept = [...query].map(([key, value]) => {
    if (key === 'accountId') return `${key}=${names.of('user', value)}`;
    return `${key}=${/^[A-Za-z0-9_]{1,16}$/.test(value) ? value : '(redacted)'}`;
  });
  return kept.length ? `?${kept.join('&')}` : '';
}

/** A URL from a server: only its origin, and a Jira site's under its pseudonym. */
function originOnly(value: string, names: Pseudonyms): string {
  const match = /https?:\/\/[^\s/;,?#]+/i.exec(value);
  if (!match) return value.replace(/\S*\/\/\S*/g, '(a URL)');
  const host = new URL(match[0]).hostname.toLowerCase();
  const shown = host.endsWith('.atlassian.net')
    ? names.of('site', host)
    : host.includes('bitbucket.org') || host === 'api.atlassian.com'
      ? host
      : '(another host)';
  return value.replace(/https?:\/\/\S*/gi, `https://${shown}`);
}

function redactHeaders(headers: Record<string, string>, names: Pseudonyms): Record<string, string> {
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
function redactJson(value: unknown, names: Pseudonyms, key = '', parentKey = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => redactJson(v, names, key, parentKey));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactJson(v, names, k, key)]),
    );
  }
  if (typeof value !== 'string') return value;
  if (key === 'slug') return names.of(parentKey === 'workspace' ? 'workspace' : 'repo', value);
  const kind = IDENTIFIERS[key];
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

function redactBody(outcome: Extract<HttpOutcome, { kind: 'response' }>, names: Pseudonyms) {
  const { body } = outcome;
  if (body.kind === 'json') return { bodyKind: 'json', body: redactJson(body.value, names) };
  if (body.kind === 'text') {
    const known = KNOWN_TEXT.map((p) => p.exec(body.text)?.[0]).find((m) => m !== undefined);
    return { bodyKind: 'text', body: known ?? '(redacted text)' };
  }
  return { bodyKind: body.kind };
}

/** The request as a transcript shows it: host and path with their identifiers named. */
export function requestKey(
  request: Pick<HttpRequest, 'url'>,
  bitbucketTemplates: readonly string[],
  names: Pseudonyms,
): { host: string; path: string } {
  const url = new URL(request.url);
  const host = url.hostname.endsWith('.atlassian.net')
    ? names.of('site', url.hostname.toLowerCase())
    : url.hostname;
  const path =
    url.hostname === 'api.bitbucket.org'
      ? `/2.0${templatePath(url.pathname.replace(/^\/2\.0/, ''), bitbucketTemplates, names)}`
      : url.pathname.replace(/^\/ex\/jira\/([^/]+)/, (_, id: string) => `/ex/jira/${names.of('cloud', id)}`);
  return { host, path: `${path}${templateQuery(url.search, names)}` };
}

export interface Recorder {
  record(request: HttpRequest, outcome: HttpOutcome, durationMs: number): void;
  transcript(context: Omit<Transcript, 'format' | 'version' | 'requests'>, scrub: Scrubber): Transcript;
  names: Pseudonyms;
}

/** Records each attempt as it ends; nothing is kept of it but what the transcript shows. */
export function createRecorder(bitbucketTemplates: readonly string[]): Recorder {
  const names = new Pseudonyms();
  const requests: TranscriptEntry[] = [];
  return {
    names,
    record(request, outcome, durationMs) {
      const { host, path } = requestKey(request, bitbucketTemplates, names);
      const entry: TranscriptEntry = {
        method: request.method,
        host,
        path,
        durationMs,
        outcome: outcome.kind,
      };
      if (outcome.kind === 'network') entry.outcome = `network (${outcome.code})`;
      if (outcome.kind === 'response') {
        Object.assign(entry, {
          status: outcome.status,
          headers: redactHeaders(outcome.headers, names),
          ...redactBody(outcome, names),
        });
      }
      requests.push(entry);
    },
    transcript(context, scrub) {
      const text = JSON.stringify({ format: TRANSCRIPT_FORMAT, version: VERSION, ...context, requests });
      // The last line of defence: any credential, in any form, still in it is scrubbed.
      return JSON.parse(scrub(text)) as Transcript;
    },
  };
}
