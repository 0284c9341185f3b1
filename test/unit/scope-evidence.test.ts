/** What each answer shows about scopes, and the verdicts that follow: the scope rules, row by row. */
import { describe, expect, it } from 'vitest';
import type { Introspection } from '../../src/bitbucket/bitbucket-evidence.js';
import { bitbucketFacts } from '../../src/bitbucket/bitbucket-facts.js';
import { accessRefusals } from '../../src/bitbucket/judges/access-refusals.js';
import {
  blockedWriteScopes,
  classifyProbe,
  type ScopeEvidence,
  scopes,
  scopeVerdicts,
} from '../../src/bitbucket/judges/scopes.js';
import { type ProbeId, probes } from '../../src/bitbucket/plan.js';
import type { HttpOutcome } from '../../src/net/outcome.js';
import {
  bitbucketEvidence as evidence,
  judged,
  response,
  SEVEN,
  scopeRefusal,
  timeout,
  verdicts,
} from '../support/evidence.js';

const classify = (id: ProbeId, outcome: HttpOutcome) => {
  const { kind, scopes: shown, ...rest } = classifyProbe(bitbucketFacts(id, `${id} request`, outcome));
  return { kind, scopes: shown, noAnswer: (rest as { noAnswer?: boolean }).noAnswer === true };
};
const proves = (id: ProbeId) => [...probes[id].proves];
const refusal = (message: string) => response(403, { type: 'error', error: { message } });

describe('what one answer shows about scopes', () => {
  it.each<[string, ProbeId, HttpOutcome, string, string[] | 'proves', boolean?]>([
    ['no answer', 'admin-repositories', timeout, 'unproven', 'proves', true],
    [
      'a scope error naming one of its scopes as missing',
      'write-permission',
      scopeRefusal(['write:permission:bitbucket'], ['admin:repository:bitbucket']),
      'missing',
      ['write:permission:bitbucket'],
    ],
    [
      'a scope error naming a scope it does not prove',
      'write-permission',
      scopeRefusal(['read:user:bitbucket'], []),
      'unproven',
      'proves',
    ],
    ['a scope error with nothing missing', 'write-permission', scopeRefusal(SEVEN), 'unproven', 'proves'],
    [
      'a scope error without detail, on a request that proves one scope',
      'admin-repositories',
      response(403, { error: { message: 'Your credentials lack one or more required privilege scopes.' } }),
      'missing',
      'proves',
    ],
    [
      'a scope error without detail, on a request that proves two',
      'write-permission',
      response(403, { error: { message: 'Your credentials lack one or more required privilege scopes.' } }),
      'unproven',
      'proves',
    ],
    [
      'a scope error with the required scopes only',
      'write-permission',
      response(403, {
        error: {
          message: 'Your credentials lack one or more required privilege scopes.',
          detail: { required: ['x:y:z'] },
        },
      }),
      'unproven',
      'proves',
    ],
    [
      'a scope error without detail, the granted scopes in x-oauth-scopes',
      'admin-repositories',
      response(
        403,
        { error: { message: 'Your credentials lack one or more required privilege scopes.' } },
        { 'x-oauth-scopes': 'read:workspace:bitbucket' },
      ),
      'missing',
      'proves',
    ],
    ["Bitbucket's own 200", 'admin-repositories', response(200, { values: [] }), 'proved', 'proves'],
    ["Bitbucket's own 299", 'admin-repositories', response(299, { values: [] }), 'proved', 'proves'],
    [
      'a 200 that is not its answer',
      'admin-repositories',
      response(200, '<html>', { 'content-type': 'text/html' }),
      'unproven',
      'proves',
    ],
    ['a write that succeeded', 'write-permission', response(200, { type: 'x' }), 'unproven', 'proves'],
    ['a 204 delete', 'delete-permission', response(204), 'unproven', 'proves'],
    ['a 300', 'admin-repositories', response(300, { values: [] }), 'unproven', 'proves'],
    ['a 199', 'admin-repositories', response(199, { values: [] }), 'unproven', 'proves'],
    [
      'a 400 past the scope check',
      'write-permission',
      response(400, { error: { message: 'Bad' } }),
      'refused-later',
      'proves',
    ],
    [
      'a 404 past the scope check',
      'delete-permission',
      response(404, { error: { message: 'Not found' } }),
      'refused-later',
      'proves',
    ],
    ['a 403 for another reason', 'write-permission', refusal('Access denied.'), 'unproven', 'proves'],
    ['a 401', 'write-permission', response(401, 'Unauthorized'), 'unproven', 'proves'],
    ['a 500', 'write-permission', response(500, 'oops'), 'unproven', 'proves'],
  ])('%s', (_, id, outcome, kind, shown, noAnswer = false) => {
    expect(classify(id, outcome)).toEqual({
      kind,
      scopes: shown === 'proves' ? proves(id) : shown,
      noAnswer,
    });
  });
});

const SCOPE = 'write:permission:bitbucket';
const unknown: Introspection = { granted: undefined, evidence: [] };
const result = (kind: ScopeEvidence['kind'], noAnswer = false): ScopeEvidence =>
  noAnswer
    ? { kind: 'unproven', scopes: [SCOPE], evidence: 'no answer', noAnswer: true }
    : ({ kind, scopes: [SCOPE], evidence: kind } as ScopeEvidence);
const cause = { id: 'network.unreachable', title: 'Network' } as never;
const ofScope = (findings: ReturnType<typeof scopeVerdicts>) => findings.filter((f) => f.subject === SCOPE);

describe('a scope nothing proved', () => {
  it('is "not checked because" the network when no request about it got an answer', () => {
    const [f] = ofScope(scopeVerdicts(unknown, [result('unproven', true)], [], cause));
    expect([f?.severity, f?.dependsOn, f?.fix]).toEqual(['inconclusive', cause, undefined]);
  });

  it('is inconclusive with its own fix when one of them got an answer, or the network is not the cause', () => {
    for (const [results, unreachable] of [
      [[result('unproven', true), result('unproven')], cause],
      [[result('unproven', true)], undefined],
      [[result('unproven')], cause],
    ] as [ScopeEvidence[], never][]) {
      const [f] = ofScope(scopeVerdicts(unknown, results, [], unreachable));
      expect([f?.severity, f?.dependsOn, typeof f?.fix]).toEqual(['inconclusive', undefined, 'string']);
      expect(f?.message).toMatch(/^Could not tell whether the token holds /);
    }
  });
});

describe('a write scope whose probe was refused for another reason', () => {
  const listed: Introspection = { granted: new Set(SEVEN), evidence: ['x-oauth-scopes'] };
  it.each([
    ['for the authentication method', 'auth-method', 'error', 'bitbucket.auth_method'],
    ['by an IP allowlist', 'ip-allowlist', 'inconclusive', 'bitbucket.ip_allowlist'],
  ] as const)('%s: %s, explained by %s', (_, kind, severity, by) => {
    const [f] = ofScope(scopeVerdicts(listed, [], [{ scope: SCOPE, kind, evidence: 'PUT → 403' }]));
    expect([f?.id, f?.severity, f?.explainedBy]).toEqual(['bitbucket.scope_refused', severity, by]);
  });

  it('is found from the probes: none on a healthy run, each refused write probe otherwise', () => {
    expect(blockedWriteScopes(evidence())).toEqual([]);
    const refusedWrites = evidence({
      'write-permission': refusal('This API is not accessible by this authentication mechanism.'),
      'delete-permission': refusal('Your IP address is not allowed.'),
    });
    expect(blockedWriteScopes(refusedWrites).map((b) => [b.scope, b.kind])).toEqual([
      ['write:permission:bitbucket', 'auth-method'],
      ['delete:permission:bitbucket', 'ip-allowlist'],
    ]);
    expect(blockedWriteScopes(evidence({ 'write-permission': undefined }))).toEqual([]);
  });
});

describe('the scopes judge over a run', () => {
  it('passes every scope of a healthy run, and reports a missing one once', () => {
    expect(verdicts(judged(scopes, evidence(), { probeWriteScopes: true }))).toEqual(
      SEVEN.map(() => 'bitbucket.scope:pass'),
    );
    const missing = evidence({
      user: scopeRefusal(
        ['read:user:bitbucket'],
        SEVEN.filter((s) => s !== SCOPE),
      ),
    });
    const findings = judged(scopes, missing, { probeWriteScopes: true });
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.id, f.explainedBy])).toEqual([
      ['bitbucket.missing_scopes', undefined],
      ['bitbucket.scope', 'bitbucket.missing_scopes'],
    ]);
  });
});

describe('refusals for reasons other than scopes', () => {
  const ip = refusal('Your IP address is not allowed to access this workspace.');
  const admin = refusal('You do not have admin access to this repository.');

  it('reports each cause once, with its own requests as evidence, about the chosen workspace', () => {
    const findings = judged(
      accessRefusals,
      evidence({ 'admin-repositories': ip, 'workspace-members': ip, 'branch-restrictions': admin }),
      { probeWriteScopes: true },
    );
    expect(findings.map((f) => [f.id, f.subject, f.evidence?.length])).toEqual([
      ['bitbucket.ip_allowlist', 'acme', 2],
      ['bitbucket.not_admin', 'acme', 1],
    ]);
    expect(findings[0]?.message).toContain('2 requests');
    expect(findings[1]?.message).toContain('a request');
  });

  it('leaves out refusals in a workspace other than the chosen one, and names "workspace" when none was chosen', () => {
    const other = bitbucketFacts('admin-repositories', 'GET other', ip, 'other');
    const run = evidence();
    expect(
      judged(accessRefusals, { ...run, sent: [...run.sent, other] }, { probeWriteScopes: true }),
    ).toEqual([]);
    const unnamed = evidence({ 'admin-repositories': ip }, { workspace: undefined });
    expect(judged(accessRefusals, unnamed, { probeWriteScopes: true }).map((f) => f.subject)).toEqual([
      'workspace',
    ]);
  });

  it.each([
    ['', 'Bitbucket gave no message.'],
    ['   ', 'Bitbucket gave no message.'],
    ['Something else entirely', 'Bitbucket said: '],
  ])('quotes the message %j of a refusal it does not know', (message, quoted) => {
    const [f] = judged(accessRefusals, evidence({ 'admin-repositories': refusal(message) }), {
      probeWriteScopes: true,
    });
    expect([f?.id, f?.message.includes(quoted)]).toEqual(['bitbucket.refused', true]);
  });
});
