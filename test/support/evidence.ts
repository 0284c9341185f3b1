/**
 * Hand-written evidence for the judges' table tests: outcomes as the HTTP client returns them, and
 * Bitbucket and Jira records that start healthy and change one answer at a time. No HTTP.
 */
import { expect } from 'vitest';
import type { BitbucketEvidence } from '../../src/bitbucket/bitbucket-evidence.js';
import { type BitbucketProbe, bitbucketFacts } from '../../src/bitbucket/bitbucket-facts.js';
import { type ProbeId, probes, REQUIRED_SCOPES } from '../../src/bitbucket/plan.js';
import { catalogue } from '../../src/catalogue.js';
import type { Finding } from '../../src/findings.js';
import type { JiraEvidence } from '../../src/jira/jira-evidence.js';
import { jiraFacts } from '../../src/jira/jira-facts.js';
import type { Judge } from '../../src/judge.js';
import type { HttpOutcome } from '../../src/net/outcome.js';

export function response(status: number, body?: unknown, headers: Record<string, string> = {}): HttpOutcome {
  const withType =
    body !== undefined && typeof body !== 'string'
      ? { 'content-type': 'application/json', ...headers }
      : headers;
  return {
    kind: 'response',
    status,
    headers: withType,
    body:
      body === undefined
        ? { kind: 'empty' }
        : typeof body === 'string'
          ? { kind: 'text', text: body }
          : { kind: 'json', value: body },
    attempts: 1,
  };
}

export const timeout: HttpOutcome = { kind: 'timeout', attempts: 1, timeoutMs: 20_000 };
export const refused: HttpOutcome = {
  kind: 'network',
  attempts: 3,
  code: 'ECONNREFUSED',
  description: 'connection refused',
};

export const SEVEN = [...REQUIRED_SCOPES];

/** Bitbucket's 403 for a missing scope, with the detail it gives. */
export function scopeRefusal(required: string[], granted: string[] = SEVEN): HttpOutcome {
  return response(403, {
    type: 'error',
    error: {
      message: 'Your credentials lack one or more required privilege scopes.',
      detail: { required, granted },
    },
  });
}

/**
 * A healthy run's answers: these, and for any other planned GET an empty page or object, as its plan
 * says Bitbucket answers (so a new request needs no line here).
 */
const healthyAnswers: Partial<Record<ProbeId, HttpOutcome>> = {
  user: scopeRefusal(['read:user:bitbucket']),
  workspaces: response(200, { values: [{ administrator: true, workspace: { slug: 'acme' } }] }),
  'workspace-members': response(200, { values: [] }),
  'admin-repositories': response(200, { values: [{ slug: 'api' }] }),
  'repository-permissions': response(200, { values: [] }),
  'branch-restrictions': response(200, { values: [] }),
  'write-permission': response(400, { type: 'error', error: { message: 'Bad request' } }),
  'delete-permission': response(404, { type: 'error', error: { message: 'Not found' } }),
  'application-property': response(404, { type: 'error', error: { message: 'Not found' } }),
};

/** A healthy run's evidence, with some answers replaced (undefined: the request was not sent). */
export function bitbucketEvidence(
  answers: Partial<Record<ProbeId, HttpOutcome | undefined>> = {},
  rest: Partial<Omit<BitbucketEvidence, 'sent'>> = {},
): BitbucketEvidence {
  const planned = Object.fromEntries(
    (Object.keys(probes) as ProbeId[])
      .filter((id) => probes[id].method === 'GET')
      .map((id) => [id, response(200, probes[id].answer === 'page' ? { values: [] } : {})]),
  ) as Partial<Record<ProbeId, HttpOutcome>>;
  const merged = { ...planned, ...healthyAnswers, ...answers };
  const sent: BitbucketProbe[] = (Object.keys(probes) as ProbeId[])
    .filter((id) => merged[id] !== undefined)
    .map((id) =>
      bitbucketFacts(id, `${probes[id].method} /2.0${probes[id].operation}`, merged[id] as HttpOutcome),
    );
  return {
    sent,
    workspaces: { slugs: ['acme'], truncated: false },
    workspace: 'acme',
    repository: 'api',
    ...rest,
    refusedWorkspaces: rest.refusedWorkspaces ?? [],
  };
}

export const JIRA_ORIGIN = 'https://acme.atlassian.net';

/** A healthy Jira run's evidence, with some parts replaced. */
export function jiraEvidence(
  parts: Partial<Record<'tenant' | 'myself' | 'permissions' | 'gateway' | 'lookup', HttpOutcome>> = {},
  sample = ['557058:a', '557058:b'],
): JiraEvidence {
  const probe = (path: string, outcome: HttpOutcome) =>
    jiraFacts('acme.atlassian.net', `GET acme.atlassian.net${path}`, outcome);
  const lookup =
    parts.lookup ??
    response(200, {
      values: [{ accountId: '557058:a', emailAddress: 'a@example.com' }, { accountId: '557058:b' }],
    });
  return {
    origin: JIRA_ORIGIN,
    host: 'acme.atlassian.net',
    tenant: probe(
      '/_edge/tenant_info',
      parts.tenant ?? response(200, { cloudId: '0b1c2d3e-0000-4000-8000-000000000000' }),
    ),
    myself: probe(
      '/rest/api/3/myself',
      parts.myself ?? response(200, { accountId: '557058:owner', accountType: 'atlassian', active: true }),
    ),
    permissions: probe(
      '/rest/api/3/mypermissions',
      parts.permissions ?? response(200, { permissions: { USER_PICKER: { havePermission: true } } }),
    ),
    gateway: parts.gateway
      ? jiraFacts('api.atlassian.com', 'GET api.atlassian.com/ex/jira/…/myself', parts.gateway)
      : undefined,
    emails: { sample, lookup: sample.length > 0 ? probe('/rest/api/3/user/bulk', lookup) : undefined },
  };
}

/** Runs one judge, holding it to the finding ids it declares. */
export function judged<E, O>(judge: Judge<E, O>, evidence: E, options: O): Finding[] {
  const findings = judge.judge(evidence, options);
  for (const f of findings) expect(judge.reports, `${judge.name} reported ${f.id}`).toContain(f.id);
  return findings;
}

/** `id:severity` of each finding, the shape the tables compare. */
export const verdicts = (findings: readonly Finding[]) => findings.map((f) => `${f.id}:${f.severity}`);

/** Every judge of a registry declares at least one finding id, each known to the catalogue. */
export function expectDeclaredFindings(judges: readonly Judge<never, never>[]): void {
  for (const judge of judges) {
    expect(judge.reports.length, judge.name).toBeGreaterThan(0);
    for (const id of judge.reports) expect(Object.keys(catalogue)).toContain(id);
  }
}
