/**
 * Property: whatever identifiers a run meets (workspace and repository slugs, account ids, emails,
 * display names, Jira sites, cloud and organization ids) and wherever a server echoes them (in a
 * value, a key at any depth, a header, a pager's link, a text body; in any letter case, URL-encoded,
 * full-width), none survives into the transcript. The scrubber is left out on purpose: the allow-list
 * alone must hold. CI runs 10,000 cases; PROPERTY_TRANSCRIPT_RUNS changes the count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BITBUCKET_TEMPLATES } from '../../src/bitbucket/plan.js';
import type { HttpOutcome, HttpRequest } from '../../src/net/outcome.js';
import { createRecorder } from '../../src/transcript/recorder.js';
import { keptMessage, READ_PHRASES } from '../../src/transcript/server-messages.js';

const inCi = process.env.CI === 'true';
const runs = Number(process.env.PROPERTY_TRANSCRIPT_RUNS ?? (inCi ? 10_000 : 500));
const seedSetting = process.env.PROPERTY_SEED ?? '20261130';
const seed = seedSetting === 'random' ? {} : { seed: Number(seedSetting) };

/** A core no vocabulary word, pseudonym or hash can hold: starts with `zq`, then letters and digits. */
const core = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), { minLength: 8, maxLength: 12 })
  .map((chars) => `zq${chars.join('')}`);

interface Identity {
  cores: string[];
  workspace: string;
  repo: string;
  accountId: string;
  email: string;
  name: string;
  site: string;
  cloud: string;
  org: string;
}

const identity = fc.array(core, { minLength: 8, maxLength: 8 }).map(
  ([w, r, a, e, n, s, c, o]): Identity => ({
    cores: [w, r, a, e, n, s, c, o] as string[],
    workspace: `${w}-ws`,
    repo: `${r}.repo`,
    accountId: `557058:${a}`,
    email: `${e}@corp-mail.com`,
    name: `${n} Smith`,
    site: `${s}.atlassian.net`,
    cloud: `${c}-cloud`,
    org: `${o}-org`,
  }),
);

const FULL_WIDTH = (text: string) =>
  [...text]
    .map((ch) => (ch >= '!' && ch <= '~' ? String.fromCodePoint((ch.codePointAt(0) ?? 0) + 0xfee0) : ch))
    .join('');
const PERCENT_ALL = (text: string) =>
  [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** The forms a server may echo an identifier in. */
const FORMS: ((text: string) => string)[] = [
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t[0]?.toUpperCase() + t.slice(1),
  encodeURIComponent,
  PERCENT_ALL,
  FULL_WIDTH,
  (t) => t.replace('@', '\uff20'),
  (t) => `"${t}"`,
  (t) => `<${t}>`,
];

/** Where, in one answer, the echo is put. */
const PLACES = [
  'message',
  'error-message',
  'error-messages',
  'type',
  'account-type',
  'key-top',
  'key-deep',
  'key-in-values',
  'unknown-field',
  'slug',
  'account-id',
  'email-field',
  'label',
  'status',
  'expires',
  'scope-list',
  'next-query-value',
  'next-query-key',
  'next-path',
  'next-host',
  'link-bitbucket-org',
  'link-id-atlassian',
  'link-api-atlassian',
  'link-app-key',
  'header-scopes',
  'header-credential-type',
  'header-seraph',
  'header-denied',
  'header-location',
  'header-content-type',
  'header-retry-after',
  'header-unknown',
  'text-body',
] as const;
type Place = (typeof PLACES)[number];

function answerWith(place: Place, echo: string): { headers: Record<string, string>; body: unknown } {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const body: Record<string, unknown> = { type: 'error', error: { message: 'Access denied.' } };
  const page = { values: [{ type: 'repository', slug: 'ok' }] };
  const bodies: Partial<Record<Place, unknown>> = {
    message: { message: `User ${echo} has no access`, code: 401 },
    'error-message': { type: 'error', error: { message: `You do not have admin access to ${echo}.` } },
    'error-messages': { errorMessages: [`Not found: ${echo}`], errors: { [echo]: echo } },
    type: { type: echo },
    'account-type': { accountId: 'x', accountType: echo, active: true },
    'key-top': { [echo]: 'value', ...body },
    'key-deep': { error: { message: 'Not found', detail: { [echo]: { [echo]: [echo] } } } },
    'key-in-values': { values: [{ [echo]: echo, slug: 'ok', workspace: { [echo]: 1, slug: 'ok' } }] },
    'unknown-field': {
      ...page,
      display_name: echo,
      links: { html: { href: `https://bitbucket.org/${echo}` } },
    },
    slug: { values: [{ slug: echo, workspace: { slug: echo } }] },
    'account-id': { account_id: echo, values: [{ user: { account_id: echo } }] },
    'email-field': { values: [{ accountId: 'x', emailAddress: echo }], data: [{ user: { email: echo } }] },
    label: { data: [{ label: echo, status: 'ALLOWED', expiresAt: '2027-01-01T00:00:00Z' }] },
    status: { data: [{ label: 'x', status: echo, expiresAt: echo }] },
    expires: { data: [{ expiresAt: `2027-01-01T${echo}` }] },
    'scope-list': {
      type: 'error',
      error: {
        message: 'Your credentials lack one or more required privilege scopes.',
        detail: { required: [echo], granted: [`read:${echo}:bitbucket`] },
      },
    },
    'next-query-value': { ...page, next: `https://api.bitbucket.org/2.0/user/workspaces?page=${echo}` },
    'next-query-key': { ...page, next: `https://api.bitbucket.org/2.0/user/workspaces?${echo}=2` },
    'next-path': { ...page, next: `https://api.bitbucket.org/2.0/repositories/${echo}?page=2` },
    'next-host': { ...page, links: { next: `https://${echo}.example.com/2.0/user/workspaces?page=2` } },
    // Links on every Atlassian host, as a pager's `next` and the organization's `links.next`.
    'link-bitbucket-org': { ...page, next: `https://bitbucket.org/acme/deploy-tools/src/${echo}` },
    'link-id-atlassian': { ...page, links: { next: `https://id.atlassian.com/manage/${echo}?u=${echo}` } },
    'link-api-atlassian': {
      data: [],
      links: { next: `https://api.atlassian.com/admin/v1/orgs/${echo}/users/${echo}` },
    },
    'link-app-key': { ...page, next: `https://api.bitbucket.org/2.0/users/x/properties/${echo}/${echo}` },
    'text-body': `Login failed for ${echo}. Contact ${echo}.`,
  };
  const echoedHeaders: Partial<Record<Place, [string, string]>> = {
    'header-scopes': ['x-oauth-scopes', `read:workspace:bitbucket, ${echo}, write:${echo}:bitbucket`],
    'header-credential-type': ['x-credential-type', echo],
    'header-seraph': ['x-seraph-loginreason', `AUTHENTICATED_FAILED, ${echo}`],
    'header-denied': ['x-authentication-denied-reason', `CAPTCHA_CHALLENGE; login-url=https://${echo}/login`],
    'header-location': ['location', `https://${echo}/path?u=${echo}`],
    'header-content-type': ['content-type', `application/${echo}+json; charset=${echo}`],
    'header-retry-after': ['retry-after', echo],
    'header-unknown': [`x-${echo}`, echo],
  };
  const header = echoedHeaders[place];
  if (header) headers[header[0]] = header[1];
  if (place === 'text-body') headers['content-type'] = 'text/plain';
  return { headers, body: bodies[place] ?? body };
}

/** The requests of a run, with the identity's values where the checks put them. */
function requestsOf(id: Identity): HttpRequest[] {
  const bb = 'https://api.bitbucket.org/2.0';
  return [
    { method: 'GET', url: `${bb}/user` },
    { method: 'GET', url: `${bb}/repositories/${id.workspace}?role=admin&pagelen=1` },
    {
      method: 'GET',
      url: `${bb}/repositories/${id.workspace}/${encodeURIComponent(id.repo)}/branch-restrictions?pagelen=1`,
    },
    { method: 'GET', url: `${bb}/workspaces/${id.workspace}/members?pagelen=10` },
    { method: 'GET', url: `https://${id.site}/rest/api/3/myself` },
    {
      method: 'GET',
      url: `https://${id.site}/rest/api/3/user/bulk?maxResults=1&accountId=${encodeURIComponent(id.accountId)}`,
    },
    { method: 'GET', url: `https://api.atlassian.com/ex/jira/${id.cloud}/rest/api/3/myself` },
    {
      method: 'GET',
      url: `https://api.atlassian.com/admin/api-access/v1/orgs/${id.org}/api-tokens?q=${encodeURIComponent(id.email)}`,
    },
  ];
}

/** The transcript as a reader would search it: every encoding undone, one letter case. */
function readable(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    // a lone surrogate's escape: the text as it is is searched too
  }
  return `${text}\n${decoded}`.normalize('NFKC').toLowerCase();
}

describe('a transcript holds no identifier, over generated echoes', () => {
  it(`holds for ${runs} cases`, () => {
    fc.assert(
      fc.property(
        identity,
        fc.array(fc.tuple(fc.constantFrom(...PLACES), fc.nat(7), fc.nat(FORMS.length - 1), fc.nat(200)), {
          minLength: 1,
          maxLength: 8,
        }),
        (id, echoes) => {
          const values = [id.workspace, id.repo, id.accountId, id.email, id.name, id.site, id.cloud, id.org];
          const recorder = createRecorder(BITBUCKET_TEMPLATES);
          const requests = requestsOf(id);
          for (const [place, which, form, status] of echoes) {
            const echo = (FORMS[form] as (t: string) => string)(values[which] as string);
            const { headers, body } = answerWith(place, echo);
            const outcome: HttpOutcome = {
              kind: 'response',
              status: 200 + status,
              headers,
              body: typeof body === 'string' ? { kind: 'text', text: body } : { kind: 'json', value: body },
              attempts: 1,
            };
            recorder.record(requests[which] as HttpRequest, outcome, 5);
          }
          expect(recorder.failure).toBeUndefined();
          const context = { options: {}, structure: [], document: { jira: true, jiraRejected: false } };
          const text = readable(JSON.stringify(recorder.transcript(context, (t) => t)));
          for (const c of id.cores) expect(text).not.toContain(c);
        },
      ),
      { numRuns: runs, ...seed },
    );
  }, 600_000);
});

describe("a server's message the transcript does not know", () => {
  const phrases = [
    'two-step verification',
    '2FA',
    'IP address',
    'allowlist',
    'authentication mechanism',
    'app password',
    'not supported for this',
    'access to this workspace',
    'not a member',
    'no access',
    'admin',
    'administrator',
    'scope',
    'Login failed',
    'invalid, expired, or not supported',
    'CHANGE-2770',
    'scope does not match',
    'Basic auth with passwords is deprecated',
  ];
  const message = fc
    .array(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...phrases), fc.constantFrom(' ', ', ', '.')),
      {
        maxLength: 10,
      },
    )
    .map((parts) => parts.join(''));

  it(`reads the same to every check, kept as its length, hash and phrases (${runs} cases)`, () => {
    fc.assert(
      fc.property(message, (text) => {
        const kept = keptMessage(text);
        for (const pattern of READ_PHRASES)
          expect([pattern, pattern.test(kept)]).toEqual([pattern, pattern.test(text)]);
      }),
      { numRuns: runs, ...seed },
    );
  });
});
