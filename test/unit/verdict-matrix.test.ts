/**
 * Every judge over a matrix of answers: each planned request given each kind of answer Bitbucket or
 * Jira can give (and the run-level variants: workspaces, options, recorded expiries), one at a time.
 * Each judge has its own table (__snapshots__/<part>/<judge>.txt), in the shape of ESLint's
 * RuleTester: its verdicts on a healthy run, then the cases where it reads otherwise, each with the
 * verdicts that differ as `finding id : severity` (with the scope, its subject, what explains or
 * stops it, whether it has a fix of its own, and how many more or fewer evidence lines it gives);
 * a case it reads as on a healthy run is not listed. A change of
 * verdict fails here in seconds, and the diff names the judge and the answer. The words are tested
 * once, through the catalogue and the troubleshooting page (docs.test.ts). Update a reviewed change
 * with `npx vitest run test/unit/verdict-matrix.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import type { BitbucketEvidence, BitbucketOptions } from '../../src/bitbucket/bitbucket-evidence.js';
import { bitbucketJudges, judgeBitbucket } from '../../src/bitbucket/judges/bitbucket-judges.js';
import { type ProbeId, probes } from '../../src/bitbucket/plan.js';
import type { RecordedExpiry } from '../../src/entitle.js';
import type { Finding } from '../../src/findings.js';
import { jiraJudges, judgeJira } from '../../src/jira/judges/jira-judges.js';
import type { Judge } from '../../src/judge.js';
import type { HttpOutcome } from '../../src/net/outcome.js';
import {
  bitbucketEvidence,
  jiraEvidence,
  refused,
  response,
  SEVEN,
  scopeRefusal,
  timeout,
} from '../support/evidence.js';

const error = (message: string) => ({ type: 'error', error: { message } });
/** One of each kind of answer, named. */
const ANSWERS: Record<string, HttpOutcome> = {
  timeout,
  refused,
  '200 page': response(200, { values: [] }),
  '200 object': response(200, { type: 'user', account_id: '557058:me' }),
  '200 html': response(200, '<html></html>', { 'content-type': 'text/html' }),
  '204': response(204),
  '300': response(300, { values: [] }),
  '400': response(400, error('Bad request')),
  '401 text': response(401, 'Login failed due to incorrect login credentials or method.'),
  '401 token': response(401, error('Token is invalid, expired, or not supported for this endpoint.')),
  '401 other': response(401, error('Unauthorized')),
  '402': response(402, error('Payment required')),
  '403 scope': scopeRefusal(
    ['write:permission:bitbucket'],
    SEVEN.filter((s) => s !== 'write:permission:bitbucket'),
  ),
  '403 scope, no detail': response(
    403,
    error('Your credentials lack one or more required privilege scopes.'),
  ),
  '403 ip': response(403, error('Your IP address is not allowed to access this workspace.')),
  '403 two-step': response(403, error('To access this repository, enable two-step verification.')),
  '403 method': response(403, error('This API is not accessible by this authentication mechanism.')),
  '403 no access': response(403, error('You do not have access to this workspace.')),
  '403 admin': response(403, error('You do not have admin access to this repository.')),
  '403 other': response(403, error('Access denied.')),
  '403 silent': response(403, error('')),
  '404': response(404, error('Not found')),
  '410': response(410, error('CHANGE-2770 - Functionality has been deprecated')),
  '429': response(429, error('Rate limited'), { 'retry-after': '30' }),
  '500': response(500, 'oops'),
  '503 html': response(503, '<html>', { 'content-type': 'text/html' }),
  'apikey 200': response(200, { type: 'user' }, { 'x-credential-type': 'apikey' }),
  'listing 200': response(
    200,
    { type: 'user' },
    { 'x-oauth-scopes': `${SEVEN.join(', ')}, read:pipeline:bitbucket` },
  ),
};

/** Which finding a verdict is about: its id, its scope, and its subject when that is not the scope. */
function keyOf(f: Finding): string {
  const scope = f.scope ? `(${f.scope})` : '';
  return `${f.id}${scope}${f.subject && f.subject !== f.scope ? ` on ${f.subject}` : ''}`;
}

/** Each finding under its key, a repeated key numbered (`#2`) in the order given. */
function keyed(findings: readonly Finding[]): Map<string, Finding> {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    let key = keyOf(f);
    for (let n = 2; seen.has(key); n++) key = `${keyOf(f)} #${n}`;
    seen.set(key, f);
  }
  return seen;
}

/**
 * A verdict as the tables write it: `id(scope) on subject : severity`, what explains or stops it,
 * whether it has a fix of its own, and how many evidence lines it gives — counted from the healthy
 * run's verdict on the same finding (`[-1]`), so that a new request proving the same thing changes
 * the healthy line, not every row.
 */
function verdict(key: string, f: Finding, healthy: Finding | undefined): string {
  const because = f.explainedBy ? ` ← ${f.explainedBy}` : f.dependsOn ? ` ⟂ ${f.dependsOn}` : '';
  const count = f.evidence?.length ?? 0;
  const difference = count - (healthy?.evidence?.length ?? 0);
  const evidence =
    healthy === undefined
      ? count
        ? ` [${count}]`
        : ''
      : difference
        ? ` [${difference > 0 ? '+' : ''}${difference}]`
        : '';
  return `${key} : ${f.severity}${because}${f.fix !== undefined ? ' +fix' : ''}${evidence}`;
}

type Case = { name: string; findings: readonly Finding[] };

/**
 * A case as a row: only the verdicts that differ from the healthy run's (a finding it lacks is
 * `-id`), or `(nothing)` when the judge reports nothing; undefined when it reads as a healthy run.
 */
function row(findings: readonly Finding[], healthy: Map<string, Finding>): string | undefined {
  if (findings.length === 0) return healthy.size === 0 ? undefined : '(nothing)';
  const own = keyed(findings);
  const changed = [...own].flatMap(([key, f]) => {
    const before = healthy.get(key);
    const text = verdict(key, f, before);
    return before && text === verdict(key, before, before) ? [] : [text];
  });
  const gone = [...healthy.keys()].filter((key) => !own.has(key)).map((key) => `-${key}`);
  return changed.length + gone.length === 0 ? undefined : [...changed, ...gone].join(', ');
}

/**
 * One table per judge: its verdicts on a healthy run first, then each case where it reads otherwise,
 * with the verdicts that differ; a case it reads as on a healthy run is not listed.
 */
async function expectTables(
  part: string,
  judges: readonly Judge<never, never>[],
  healthy: readonly Finding[],
  cases: Case[],
) {
  for (const judge of judges) {
    const own = (findings: readonly Finding[]) => findings.filter((f) => judge.reports.includes(f.id));
    const baseline = keyed(own(healthy));
    const rows = cases.flatMap(({ name, findings }) => {
      const text = row(own(findings), baseline);
      return text === undefined ? [] : [`${name} → ${text}`];
    });
    const healthyLine = [...baseline].map(([key, f]) => verdict(key, f, undefined)).join(', ') || '(nothing)';
    const file = (judge.reports[0] ?? 'none').replace(/\./g, '-');
    const table = [`# ${judge.name}`, `healthy → ${healthyLine}`, ...rows].join('\n');
    await expect(`${table}\n`).toMatchFileSnapshot(`__snapshots__/${part}/${file}.txt`);
  }
}

const expiry = (daysLeft: number): RecordedExpiry => ({ on: '2027-01-01', daysLeft, warningDays: 30 });
const BITBUCKET_OPTIONS: Record<string, BitbucketOptions> = {
  default: { probeWriteScopes: true },
  'no write probes': { probeWriteScopes: false },
  'workspace acme': { probeWriteScopes: true, workspace: 'acme' },
  'expired token': { probeWriteScopes: true, tokenExpiry: expiry(-3) },
  'token expiring': { probeWriteScopes: true, tokenExpiry: expiry(5) },
  'token fine': { probeWriteScopes: true, tokenExpiry: expiry(200) },
  'token expires today': { probeWriteScopes: true, tokenExpiry: expiry(0) },
};
const RUNS: Record<string, Partial<Omit<BitbucketEvidence, 'sent'>>> = {
  'no listing': { workspaces: { slugs: undefined, truncated: false } },
  'no workspace administered': {
    workspaces: { slugs: [], truncated: false },
    workspace: undefined,
    repository: undefined,
  },
  'unusable workspaces only': {
    workspaces: { slugs: [], truncated: false, unusable: 2 },
    workspace: undefined,
    repository: undefined,
  },
  'many workspaces, truncated': {
    workspaces: { slugs: Array.from({ length: 25 }, (_, i) => `ws${i}`), truncated: true },
    workspace: 'ws0',
  },
  'two workspaces, one refused': {
    workspaces: { slugs: ['acme', 'beta'], truncated: false },
    workspace: 'beta',
    refusedWorkspaces: [{ slug: 'acme', line: 'GET /2.0/repositories/acme → 403' }],
  },
  'no repository': { repository: undefined },
  'one usable workspace and an unusable one': {
    workspaces: { slugs: ['acme'], truncated: false, unusable: 1 },
  },
  'no workspace chosen': { workspace: undefined, repository: undefined },
};

describe('the Bitbucket verdict matrix', () => {
  it('reads every answer to every request as recorded', async () => {
    const cases: Case[] = [];
    for (const id of Object.keys(probes) as ProbeId[]) {
      for (const [name, outcome] of Object.entries(ANSWERS)) {
        const evidence = bitbucketEvidence({ [id]: outcome });
        cases.push({
          name: `${id} ← ${name}`,
          findings: judgeBitbucket(evidence, BITBUCKET_OPTIONS.default as BitbucketOptions),
        });
      }
      cases.push({
        name: `${id} not sent`,
        findings: judgeBitbucket(bitbucketEvidence({ [id]: undefined }), { probeWriteScopes: true }),
      });
    }
    for (const [name, options] of Object.entries(BITBUCKET_OPTIONS)) {
      for (const user of [
        '200 object',
        '200 html',
        '401 text',
        '401 other',
        '403 scope',
        '403 other',
        'timeout',
      ]) {
        const evidence = bitbucketEvidence({ user: ANSWERS[user] });
        cases.push({ name: `options ${name}, user ← ${user}`, findings: judgeBitbucket(evidence, options) });
      }
    }
    // The listings that decide the run's workspace and repository, failing as the gatherer sees them.
    for (const [name, outcome] of Object.entries(ANSWERS)) {
      const noRepository = bitbucketEvidence({ 'admin-repositories': outcome }, { repository: undefined });
      cases.push({
        name: `admin-repositories ← ${name}, no repository`,
        findings: judgeBitbucket(noRepository, { probeWriteScopes: true }),
      });
      const nothingListed = bitbucketEvidence(
        { workspaces: outcome },
        { workspaces: { slugs: undefined, truncated: false }, workspace: undefined, repository: undefined },
      );
      cases.push({
        name: `workspaces ← ${name}, nothing listed`,
        findings: judgeBitbucket(nothingListed, { probeWriteScopes: true }),
      });
    }
    // A named workspace the account does not administer: the gatherer probes none.
    for (const named of ['acxx', 'axxx', 'ACME']) {
      const evidence = bitbucketEvidence({}, { workspace: undefined, repository: undefined });
      cases.push({
        name: `workspace ${named} named, not administered`,
        findings: judgeBitbucket(evidence, { probeWriteScopes: true, workspace: named }),
      });
    }
    for (const [name, rest] of Object.entries(RUNS)) {
      for (const options of ['default', 'workspace acme']) {
        const evidence = bitbucketEvidence({}, rest);
        cases.push({
          name: `run ${name}, ${options}`,
          findings: judgeBitbucket(evidence, BITBUCKET_OPTIONS[options] as BitbucketOptions),
        });
      }
    }
    const healthy = judgeBitbucket(bitbucketEvidence({}), { probeWriteScopes: true });
    await expectTables('bitbucket', bitbucketJudges as readonly Judge<never, never>[], healthy, cases);
  });
});

const JIRA_ANSWERS: Record<string, HttpOutcome> = {
  ...ANSWERS,
  '200 seraph failed': response(200, { accountId: 'x' }, { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' }),
  '401 seraph denied': response(401, 'Unauthorized', { 'x-seraph-loginreason': 'AUTHENTICATION_DENIED' }),
  '401 captcha': response(401, 'Unauthorized', { 'x-authentication-denied-reason': 'CAPTCHA_CHALLENGE' }),
  '401 scope mismatch': response(401, 'Unauthorized; scope does not match'),
  '401 password': response(401, 'Basic authentication with passwords is deprecated.'),
  '302 renamed': response(302, undefined, { location: 'https://renamed.atlassian.net/' }),
  '302 elsewhere': response(302, undefined, { location: 'https://id.atlassian.com/login' }),
  '404 missing product': response(404, undefined, { 'atl-missing-tcs': 'true' }),
  'app account': response(200, { accountId: '557058:me', accountType: 'app', active: true }),
  'inactive account': response(200, { accountId: '557058:me', accountType: 'atlassian', active: false }),
  'no browse users': response(200, { permissions: { USER_PICKER: { havePermission: false } } }),
  'no emails': response(200, { values: [{ accountId: '557058:a' }, { accountId: '557058:b' }] }),
  'all emails': response(200, {
    values: [
      { accountId: '557058:a', emailAddress: 'a@example.com' },
      { accountId: '557058:b', emailAddress: 'b@example.com' },
    ],
  }),
};
const JIRA_PARTS = ['tenant', 'myself', 'permissions', 'gateway', 'lookup'] as const;

describe('the Jira verdict matrix', () => {
  it('reads every answer to every request as recorded', async () => {
    const cases: Case[] = [];
    for (const part of JIRA_PARTS) {
      for (const [name, outcome] of Object.entries(JIRA_ANSWERS)) {
        cases.push({ name: `${part} ← ${name}`, findings: judgeJira(jiraEvidence({ [part]: outcome }), {}) });
      }
    }
    for (const [name, daysLeft] of [
      ['expired', -2],
      ['expiring today', 0],
      ['expiring', 3],
      ['fine', 90],
    ] as const) {
      for (const myself of [
        '200 object',
        '200 html',
        '401 other',
        '401 seraph denied',
        '403 other',
        'timeout',
      ]) {
        const evidence = jiraEvidence({ myself: JIRA_ANSWERS[myself] as HttpOutcome });
        cases.push({
          name: `key ${name}, myself ← ${myself}`,
          findings: judgeJira(evidence, { keyExpiry: expiry(daysLeft) }),
        });
      }
    }
    cases.push({ name: 'no member sample', findings: judgeJira(jiraEvidence({}, []), {}) });
    const rejected = jiraEvidence({ myself: JIRA_ANSWERS['401 other'] as HttpOutcome });
    cases.push({
      name: 'rejected, no gateway answer',
      findings: judgeJira({ ...rejected, emails: undefined }, {}),
    });
    await expectTables(
      'jira',
      jiraJudges as readonly Judge<never, never>[],
      judgeJira(jiraEvidence({}), {}),
      cases,
    );
  });
});
