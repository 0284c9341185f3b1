/** Each Bitbucket judge over hand-written evidence: one table per judge, no HTTP. */
import { describe, expect, it } from 'vitest';
import type { BitbucketEvidence, BitbucketOptions } from '../../src/bitbucket/bitbucket-evidence.js';
import { bitbucketFacts } from '../../src/bitbucket/bitbucket-facts.js';
import { accessRefusals } from '../../src/bitbucket/judges/access-refusals.js';
import { authentication } from '../../src/bitbucket/judges/bitbucket-auth.js';
import { bitbucketJudges, judgeBitbucket } from '../../src/bitbucket/judges/bitbucket-judges.js';
import { credentialType } from '../../src/bitbucket/judges/credential-type.js';
import { endpointRemoved } from '../../src/bitbucket/judges/endpoint-removed.js';
import { extraScopesJudge } from '../../src/bitbucket/judges/extra-scopes.js';
import { impostor } from '../../src/bitbucket/judges/impostor.js';
import { rateBudget } from '../../src/bitbucket/judges/rate-budget.js';
import { repository } from '../../src/bitbucket/judges/repository.js';
import { scopes } from '../../src/bitbucket/judges/scopes.js';
import { seatLimit } from '../../src/bitbucket/judges/seat-limit.js';
import { tokenExpiry } from '../../src/bitbucket/judges/token-expiry-bitbucket.js';
import { unexpectedAnswers } from '../../src/bitbucket/judges/unexpected-answers.js';
import { workspace } from '../../src/bitbucket/judges/workspace.js';
import { writeAlarm } from '../../src/bitbucket/judges/write-alarm.js';
import { writeProbes } from '../../src/bitbucket/judges/write-probes.js';
import { type ProbeId, probes } from '../../src/bitbucket/plan.js';
import { buildReport } from '../../src/findings.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { plainText } from '../../src/report/server-text.js';
import {
  bitbucketEvidence as evidence,
  expectDeclaredFindings,
  judged,
  refused,
  response,
  SEVEN,
  scopeRefusal,
  timeout,
  verdicts,
} from '../support/evidence.js';

const defaults: BitbucketOptions = { probeWriteScopes: true };
const ipRefusal = response(403, { type: 'error', error: { message: 'Access denied from this IP address.' } });

describe('the registry', () => {
  it('declares, for every judge, findings the catalogue knows', () => {
    expectDeclaredFindings(bitbucketJudges);
  });

  it('judges only authentication when Bitbucket answered 401', () => {
    const rejected = evidence({
      user: response(401, 'Login failed due to incorrect login credentials or method.'),
    });
    expect(verdicts(judgeBitbucket(rejected, defaults))).toEqual([
      'bitbucket.auth:error',
      'remote.skipped:notice',
    ]);
  });

  it('passes a healthy run in the order the findings are reported', () => {
    const ids = [...new Set(judgeBitbucket(evidence(), defaults).map((f) => f.id))];
    expect(ids).toEqual(['bitbucket.auth', 'bitbucket.workspace', 'bitbucket.repository', 'bitbucket.scope']);
  });
});

describe('authentication', () => {
  it.each<[string, BitbucketEvidence, string[], RegExp]>([
    [
      '200 from /user',
      evidence({ user: response(200, { type: 'user', account_id: 'x' }) }),
      ['bitbucket.auth:pass'],
      /authenticate/,
    ],
    [
      '200 from /user that is not Bitbucket’s answer',
      evidence({ user: response(200, '<html>Sign in</html>', { 'content-type': 'text/html' }) }),
      ['bitbucket.auth:inconclusive'],
      /not by Bitbucket/,
    ],
    ['scope 403 from /user: authenticated', evidence(), ['bitbucket.auth:pass'], /read:user:bitbucket/],
    [
      'JSON 401: the token',
      evidence({
        user: response(401, {
          error: { message: 'Token is invalid, expired, or not supported for this endpoint.' },
        }),
      }),
      ['bitbucket.auth:error', 'remote.skipped:notice'],
      /either email is not the Atlassian account that created the token, or the token is invalid/,
    ],
    [
      'text 401: email and token',
      evidence({ user: response(401, 'Login failed due to incorrect login credentials or method.') }),
      ['bitbucket.auth:error', 'remote.skipped:notice'],
      /email is not the token owner/,
    ],
    [
      'bare 401',
      evidence({ user: response(401) }),
      ['bitbucket.auth:error', 'remote.skipped:notice'],
      /HTTP 401/,
    ],
    [
      'timeout: not checked',
      evidence({ user: timeout }),
      ['bitbucket.auth:inconclusive'],
      /^Not checked: no answer from api\.bitbucket\.org/,
    ],
    [
      'connection refused: not checked',
      evidence({ user: refused }),
      ['bitbucket.auth:inconclusive'],
      /^Not checked/,
    ],
    ['503', evidence({ user: response(503) }), ['bitbucket.auth:inconclusive'], /503/],
    ['a non-scope 403', evidence({ user: ipRefusal }), ['bitbucket.auth:inconclusive'], /HTTP 403/],
  ])('%s', (_, e, expected, message) => {
    const findings = judged(authentication, e, defaults);
    expect(verdicts(findings)).toEqual(expected);
    expect(findings[0]?.message).toMatch(message);
  });
});

describe('credential type', () => {
  const typed = (type: string) => evidence({ user: response(200, {}, { 'x-credential-type': type }) });
  it.each([
    ['api_token', [], ''],
    ['app_password', ['bitbucket.credential_type:error'], 'an app password'],
    ['repo_access_token', ['bitbucket.credential_type:error'], 'a repository access token'],
    ['<script>', ['bitbucket.credential_type:error'], 'another kind'],
  ])('%s', (type, expected, named) => {
    const findings = judged(credentialType, typed(type), defaults);
    expect(verdicts(findings)).toEqual(expected);
    if (named) expect(findings[0]?.message).toContain(named);
  });
  it('says nothing when no answer names the type', () => {
    expect(judged(credentialType, evidence(), defaults)).toEqual([]);
  });
});

describe('workspace', () => {
  const listing = (slugs: string[] | undefined) => ({ slugs, truncated: false });
  const many = (n: number) => Array.from({ length: n }, (_, i) => `ws${String(i).padStart(2, '0')}`);
  it.each([
    [20, /ws19; probed ws00/],
    [21, /ws19, and 1 more; probed ws00/],
  ])('lists at most 20 administered workspaces: %i', (n, message) => {
    const slugs = many(n);
    const e = evidence({}, { workspaces: listing(slugs), workspace: 'ws00' });
    expect(judged(workspace, e, defaults)[0]?.message).toMatch(message);
  });
  it.each([
    ['acxx', /; acme is\./],
    ['ACME', /; acme is\.|administers workspace ACME/],
    ['axxx', /^Workspace axxx is not among the workspaces the account administers \(acme\)/],
  ])('a named workspace not administered, %s, is told the one meant when it is near', (named, message) => {
    const e = evidence({}, { workspace: undefined, repository: undefined });
    expect(judged(workspace, e, { ...defaults, workspace: named })[0]?.message).toMatch(message);
  });
  it('a named workspace when none is administered is told so, with no suggestion', () => {
    const e = evidence({}, { workspaces: listing([]), workspace: undefined, repository: undefined });
    expect(judged(workspace, e, { ...defaults, workspace: 'acme' })[0]?.message).not.toMatch(/ is\.$/);
  });
  it.each<[string, BitbucketEvidence, BitbucketOptions, string, RegExp]>([
    ['one administered', evidence(), defaults, 'pass', /administers workspace acme/],
    [
      'several, the first probed',
      evidence({}, { workspaces: listing(['zeta', 'acme']), workspace: 'acme' }),
      defaults,
      'pass',
      /2 workspaces: acme, zeta; probed acme/,
    ],
    ['the named one', evidence(), { ...defaults, workspace: 'acme' }, 'pass', /administers workspace acme/],
    [
      'a named one not administered',
      evidence({}, { workspace: undefined }),
      { ...defaults, workspace: 'other' },
      'error',
      /^Workspace other is not among the workspaces the account administers \(acme\)/,
    ],
    [
      'none administered',
      evidence({}, { workspaces: listing([]), workspace: undefined }),
      defaults,
      'error',
      /administers no workspace/,
    ],
    [
      'the first refused the token, the next was probed',
      evidence(
        {},
        {
          workspaces: listing(['acme', 'beta']),
          workspace: 'beta',
          refusedWorkspaces: [{ slug: 'acme', line: 'GET /2.0/repositories/acme → 403' }],
        },
      ),
      defaults,
      'pass',
      /acme refused the token, so beta was probed/,
    ],
    [
      'listing failed',
      evidence({ workspaces: timeout }, { workspaces: listing(undefined), workspace: undefined }),
      defaults,
      'inconclusive',
      /^Not checked/,
    ],
  ])('%s', (_, e, options, severity, message) => {
    const [f, ...rest] = judged(workspace, e, options);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe(severity);
    expect(f?.message).toMatch(message);
  });
});

describe('repository', () => {
  it.each<[string, BitbucketEvidence, string, RegExp]>([
    ['administered', evidence(), 'pass', /administers repository acme\/api/],
    [
      'administered, but the probes were refused for other reasons',
      evidence({ 'repository-permissions': ipRefusal }),
      'inconclusive',
      /reasons other than scopes/,
    ],
    [
      'none administered',
      evidence({ 'admin-repositories': response(200, { values: [] }) }, { repository: undefined }),
      'warning',
      /no repository/,
    ],
    [
      'workspace not found',
      evidence({ 'admin-repositories': response(404) }, { repository: undefined }),
      'error',
      /not found/,
    ],
    [
      'listing refused for a scope',
      evidence(
        { 'admin-repositories': scopeRefusal(['read:repository:bitbucket']) },
        { repository: undefined },
      ),
      'inconclusive',
      /^Not checked: listing the repositories in acme needs a scope the token lacks/,
    ],
    [
      'listing timed out',
      evidence({ 'admin-repositories': timeout }, { repository: undefined }),
      'inconclusive',
      /^Not checked/,
    ],
  ])('%s', (_, e, severity, message) => {
    const [f, ...rest] = judged(repository, e, defaults);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe(severity);
    expect(f?.message).toMatch(message);
  });

  it('says nothing without a workspace', () => {
    expect(
      judged(repository, evidence({}, { workspace: undefined, repository: undefined }), defaults),
    ).toEqual([]);
  });

  it('defers a refused repository to the refusal’s finding: no second fix', () => {
    const [f] = judged(repository, evidence({ 'branch-restrictions': ipRefusal }), defaults);
    expect(f).toMatchObject({ severity: 'inconclusive', explainedBy: 'bitbucket.ip_allowlist' });
    expect(f?.fix).toBeUndefined();
  });

  it('suggests the administered workspace a misspelt one was meant to be', () => {
    const [f] = judged(workspace, evidence({}, { workspace: undefined }), {
      ...defaults,
      workspace: 'acmee',
    });
    expect(f?.message).toBe('Workspace acmee is not among the workspaces the account administers; acme is.');
    expect(f?.fix).toMatch(/^Did you mean acme\?/);
    expect(f?.fix).not.toMatch(/administrator/);
  });
});

describe('write probes', () => {
  it.each([
    [true, []],
    [false, ['bitbucket.write_probes_skipped:notice']],
  ])('probe-write-scopes %s', (probeWriteScopes, expected) => {
    expect(verdicts(judged(writeProbes, evidence(), { probeWriteScopes }))).toEqual(expected);
  });
});

describe('access refusals', () => {
  const said = (message: string) => response(403, { type: 'error', error: { message } });
  it.each<[string, BitbucketEvidence, string[]]>([
    ['none', evidence(), []],
    ['the account request alone is not counted', evidence({ user: ipRefusal }), []],
    ['nor the made-up user’s property', evidence({ 'application-property': said('Access denied.') }), []],
    ['an IP allowlist', evidence({ 'workspace-members': ipRefusal }), ['bitbucket.ip_allowlist:warning']],
    [
      'two-step verification',
      evidence({
        'repository-permissions': said('To access this repository, enable two-step verification.'),
      }),
      ['bitbucket.two_step:error'],
    ],
    [
      'the authentication method',
      evidence({
        'write-permission': said('This endpoint does not support the authentication method used.'),
      }),
      ['bitbucket.auth_method:error'],
    ],
    [
      'not an administrator',
      evidence({ 'branch-restrictions': said('You do not have admin access to this repository.') }),
      ['bitbucket.not_admin:error'],
    ],
    [
      'no access to the workspace',
      evidence({ 'workspace-members': said('You do not have access to this workspace.') }),
      ['bitbucket.no_access:error'],
    ],
    [
      'anything else, with Bitbucket’s message',
      evidence({ 'branch-restrictions': said('Read-only during maintenance.') }),
      ['bitbucket.refused:warning'],
    ],
    [
      'a text body',
      evidence({ 'branch-restrictions': response(403, 'Forbidden') }),
      ['bitbucket.refused:warning'],
    ],
    [
      'two kinds at once',
      evidence({
        'workspace-members': ipRefusal,
        'branch-restrictions': said('Read-only during maintenance.'),
      }),
      ['bitbucket.ip_allowlist:warning', 'bitbucket.refused:warning'],
    ],
    [
      'a scope refusal is not one',
      evidence({ 'branch-restrictions': scopeRefusal(['admin:repository:bitbucket']) }),
      [],
    ],
  ])('%s', (_, e, expected) => {
    expect(verdicts(judged(accessRefusals, e, defaults))).toEqual(expected);
  });
});

describe('refusals shown as Bitbucket said them', () => {
  it('quotes the message on one line', () => {
    const e = evidence({
      'branch-restrictions': response(403, { error: { message: 'Read-only\n during   maintenance.' } }),
    });
    // Marked as server text; each renderer shows it as a quote or a code span.
    expect(plainText(judged(accessRefusals, e, defaults)[0]?.message ?? '')).toContain(
      'Bitbucket said: “Read-only during maintenance.”',
    );
  });
});

describe('write alarm', () => {
  it.each<[string, BitbucketEvidence, string[]]>([
    ['refused as built', evidence(), []],
    [
      'the PUT succeeded',
      evidence({ 'write-permission': response(200, { type: 'repository_user_permission' }) }),
      ['bitbucket.write_probe_succeeded:error'],
    ],
    [
      'the DELETE succeeded',
      evidence({ 'delete-permission': response(204) }),
      ['bitbucket.write_probe_succeeded:error'],
    ],
  ])('%s', (_, e, expected) => {
    const findings = judged(writeAlarm, e, defaults);
    expect(verdicts(findings)).toEqual(expected);
    if (expected.length) expect(findings[0]?.message).toMatch(/a permission may have changed on acme\/api/);
  });
  it('is never proof of the scope', () => {
    const e = evidence({
      'write-permission': response(200, { type: 'repository_user_permission' }),
      user: timeout,
    });
    const verdict = judged(scopes, e, defaults).find((f) => f.scope === 'write:permission:bitbucket');
    expect(verdict?.severity).toBe('inconclusive');
  });
});

describe('impostor', () => {
  const page = response(200, '<html>Sign in</html>', { 'content-type': 'text/html' });
  it.each<[string, BitbucketEvidence, string[]]>([
    ['every answer is Bitbucket’s', evidence(), []],
    ['a sign-in page', evidence({ 'branch-restrictions': page }), ['bitbucket.impostor:inconclusive']],
    [
      'JSON of another shape',
      evidence({ 'workspace-members': response(200, { hello: 'world' }) }),
      ['bitbucket.impostor:inconclusive'],
    ],
  ])('%s', (_, e, expected) => {
    expect(verdicts(judged(impostor, e, defaults))).toEqual(expected);
  });
  it('proves no scope with a page in Bitbucket’s place', () => {
    // The page in place of every request that would prove the scope, whichever the plan names.
    const provers = (Object.keys(probes) as ProbeId[]).filter((id) =>
      probes[id].proves.includes('admin:repository:bitbucket'),
    );
    const e = evidence({ user: timeout, ...Object.fromEntries(provers.map((id) => [id, page])) });
    const verdict = judged(scopes, e, defaults).find((f) => f.scope === 'admin:repository:bitbucket');
    expect(verdict?.severity).toBe('inconclusive');
  });
});

describe('scopes', () => {
  const severityOf = (e: BitbucketEvidence, scope: string) =>
    judged(scopes, e, defaults).find((f) => f.id.startsWith('bitbucket.scope') && f.scope === scope)
      ?.severity;
  const without = (scope: string) => SEVEN.filter((s) => s !== scope);
  it.each<[string, BitbucketEvidence, string, string]>([
    ['granted and listed', evidence(), 'write:permission:bitbucket', 'pass'],
    [
      'not listed',
      evidence({ user: scopeRefusal(['read:user:bitbucket'], without('delete:permission:bitbucket')) }),
      'delete:permission:bitbucket',
      'error',
    ],
    [
      'refused for it by a probe',
      evidence({
        'branch-restrictions': scopeRefusal(
          ['admin:repository:bitbucket'],
          without('admin:repository:bitbucket'),
        ),
      }),
      'admin:repository:bitbucket',
      'error',
    ],
    [
      'no list anywhere and only impossible probes',
      evidence({ user: timeout, 'workspace-members': response(200, { values: [] }) }),
      'write:permission:bitbucket',
      'inconclusive',
    ],
  ])('%s', (_, e, scope, severity) => {
    expect(severityOf(e, scope)).toBe(severity);
  });

  it.each<[string, string, string]>([
    ['a refusal it cannot name: inconclusive', 'Read-only during maintenance.', 'inconclusive'],
    [
      'a refused authentication method: error',
      'This endpoint does not support the authentication method used.',
      'error',
    ],
  ])('never passes write:permission from the list when its probe met %s', (_, message, severity) => {
    const e = evidence({ 'write-permission': response(403, { type: 'error', error: { message } }) });
    expect(severityOf(e, 'write:permission:bitbucket')).toBe(severity);
    expect(severityOf(e, 'delete:permission:bitbucket')).toBe('pass');
    // A new token would not fix it: never a missing scope, so never in missing-scopes.
    const write = judged(scopes, e, defaults).find((f) => f.scope === 'write:permission:bitbucket');
    expect(write?.id).toBe('bitbucket.scope_refused');
    expect(buildReport(judged(scopes, e, defaults)).missingScopes).toEqual([]);
  });

  it('ignores x-accepted-oauth-scopes, whose names are the old OAuth ones', () => {
    const refusal = response(
      403,
      { type: 'error', error: { message: 'Your credentials lack one or more required privilege scopes.' } },
      { 'x-accepted-oauth-scopes': 'repository:admin, account' },
    );
    const e = evidence({ user: timeout, 'branch-restrictions': refusal });
    expect(severityOf(e, 'admin:repository:bitbucket')).toBe('error');
    // One scope proven missing: its own row, and the one finding that carries the fix.
    const errors = judged(scopes, e, defaults).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.id)).toEqual(['bitbucket.missing_scopes', 'bitbucket.scope']);
    expect(errors.filter((f) => f.fix !== undefined)).toHaveLength(1);
  });

  it('lists every missing scope in one finding, with one fix and one annotation', () => {
    const e = evidence({ user: scopeRefusal(['read:user:bitbucket'], []) });
    const findings = judged(scopes, e, defaults);
    const [summary] = findings;
    expect(summary?.id).toBe('bitbucket.missing_scopes');
    expect(summary?.message).toMatch(
      /^The token lacks 7 of the 7 scopes Entitle needs: admin:workspace:bitbucket, /,
    );
    expect(findings.filter((f) => f.severity === 'error' && f.fix !== undefined)).toHaveLength(1);
    expect(annotationsFor(findings).filter((a) => a.level === 'error')).toHaveLength(1);
  });

  it('gives one verdict per required scope', () => {
    expect(judged(scopes, evidence(), defaults).filter((f) => f.id === 'bitbucket.scope')).toHaveLength(7);
  });
});

describe('extra scopes', () => {
  it.each<[string, BitbucketEvidence, string[]]>([
    ['exactly the seven', evidence(), []],
    [
      'one more',
      evidence({ user: scopeRefusal(['read:user:bitbucket'], [...SEVEN, 'write:repository:bitbucket']) }),
      ['bitbucket.extra_scopes:notice'],
    ],
    ['no list', evidence({ user: timeout }), []],
  ])('%s', (_, e, expected) => {
    expect(verdicts(judged(extraScopesJudge, e, defaults))).toEqual(expected);
  });
});

describe('token expiry', () => {
  const expiry = (daysLeft: number) => ({
    ...defaults,
    tokenExpiry: { on: '2027-03-01', daysLeft, warningDays: 30 },
  });
  const rejectedToken = evidence({
    user: response(401, {
      type: 'error',
      error: { message: 'Token is invalid, expired, or not supported for this endpoint.' },
    }),
  });
  it.each<[string, BitbucketEvidence, number | undefined, string[], RegExp | undefined]>([
    ['nothing recorded', evidence(), undefined, [], undefined],
    [
      'beyond the window',
      evidence(),
      92,
      ['bitbucket.token_expiry:pass'],
      /expires on 2027-03-01 \(in 92 days\)/,
    ],
    ['inside the window', evidence(), 31 - 1, ['bitbucket.token_expiry:warning'], /in 30 days/],
    ['tomorrow', evidence(), 1, ['bitbucket.token_expiry:warning'], /\(tomorrow\)/],
    ['past, yet accepted', evidence(), -1, ['bitbucket.token_expiry:warning'], /recorded date is wrong/],
    ['past and rejected: the authentication finding says it', rejectedToken, -1, [], undefined],
    [
      'past, not proven either way',
      evidence({ user: timeout }),
      -1,
      ['bitbucket.token_expiry:warning'],
      /did not show/,
    ],
  ])('%s', (_, e, daysLeft, expected, message) => {
    const findings = judged(tokenExpiry, e, daysLeft === undefined ? defaults : expiry(daysLeft));
    expect(verdicts(findings)).toEqual(expected);
    if (message) expect(findings[0]?.message).toMatch(message);
  });

  it('leads the rejected token’s fix with the date it expired, and gives no second finding', () => {
    const findings = judgeBitbucket(rejectedToken, expiry(-1));
    expect(verdicts(findings)).toEqual(['bitbucket.auth:error', 'remote.skipped:notice']);
    expect(findings[0]?.fix).toMatch(/^The token expired on 2027-03-01/);
  });

  it.each([0, 5])('leaves the fix as it was before the date (%i days left)', (daysLeft) => {
    const [f] = judgeBitbucket(rejectedToken, expiry(daysLeft));
    expect(f?.fix).not.toMatch(/expired on/);
  });

  it('past the date, gives the new-token fix once, and the email fix only where it says something else', () => {
    const [token] = judgeBitbucket(rejectedToken, expiry(-1));
    expect(token?.fix).toMatch(
      /Then set `token-expires-on` to its new expiry\.$|Then set ⟦token-expires-on⟧ to its new expiry\.$/,
    );
    expect(token?.fix).not.toMatch(/If a new token is refused too/);
    const email = evidence({
      user: response(401, 'Login failed due to incorrect login credentials or method.'),
    });
    const [pair] = judgeBitbucket(email, expiry(-1));
    expect(pair?.fix).toMatch(/^The token expired on 2027-03-01/);
    expect(pair?.fix).toMatch(/ If a new token is refused too: \S/);
  });
});

describe('answers no check expects', () => {
  const html = (status: number) =>
    response(status, '<!doctype html><html><body>profile and web token</body></html>', {
      'content-type': 'text/html; charset=utf-8',
    });
  it.each<[string, BitbucketEvidence, string[]]>([
    ['a healthy run', evidence(), []],
    [
      'an HTML 404 on the administered repository',
      evidence({ 'repository-permissions': html(404) }),
      ['bitbucket.unexpected_answer:inconclusive'],
    ],
    [
      'a 404 JSON on the members of an administered workspace',
      evidence({ 'workspace-members': response(404, { type: 'error', error: { message: 'x' } }) }),
      ['bitbucket.unexpected_answer:inconclusive'],
    ],
    [
      'a 200 for a made-up user’s property',
      evidence({ 'application-property': response(409, {}) }),
      ['bitbucket.unexpected_answer:inconclusive'],
    ],
    [
      'a 503 on a probe no other check reads',
      evidence({ 'branch-restrictions': response(503, 'down') }),
      ['bitbucket.unproven_request:inconclusive'],
    ],
    [
      'a 503 on the listing, which its own check reads',
      evidence({ 'admin-repositories': response(503, 'down') }),
      [],
    ],
    [
      'a 410 (its own finding)',
      evidence({
        'branch-restrictions': response(410, {
          type: 'error',
          error: { message: 'CHANGE-2770 - Functionality has been deprecated' },
        }),
      }),
      [],
    ],
    [
      'a 402 on the write (its own finding)',
      evidence({ 'write-permission': response(402, { type: 'error', error: { message: 'plan' } }) }),
      [],
    ],
  ])('%s', (_, e, expected) => {
    expect(verdicts(judged(unexpectedAnswers, e, defaults))).toEqual(expected);
  });

  it.each([
    ['one', { 'repository-permissions': html(404) }, /\(an HTML page\) to GET [^,]*: no check/],
    [
      'two',
      { 'repository-permissions': html(404), 'branch-restrictions': html(404) },
      /, and 1 more such answers: no check/,
    ],
  ])('counts the unexpected answers past the first: %s', (_, answers, message) => {
    const [f] = judged(unexpectedAnswers, evidence(answers), defaults);
    expect(f?.message).toMatch(message);
  });

  it('describes an HTML page by status and kind, and repeats none of it', () => {
    const [f] = judged(unexpectedAnswers, evidence({ 'repository-permissions': html(404) }), defaults);
    expect(f?.message).toMatch(/^Bitbucket answered 404 \(an HTML page\) to GET \/2\.0\/repositories/);
    expect(JSON.stringify(f)).not.toMatch(/profile|web token|doctype/);
  });

  it('names the change that removed an endpoint', () => {
    const gone = response(410, {
      type: 'error',
      error: { message: 'CHANGE-2770 - Functionality has been deprecated' },
    });
    const [f] = judged(endpointRemoved, evidence({ workspaces: gone }), defaults);
    expect(f).toMatchObject({ id: 'bitbucket.endpoint_removed', severity: 'inconclusive' });
    expect(f?.message).toMatch(
      /^Bitbucket removed an endpoint this check uses \(CHANGE-2770: GET \/2\.0\/user\/workspaces → 410\)/,
    );
  });

  it('warns of a plan without a free seat, and leaves the write scope to the other evidence', () => {
    const e = evidence({
      'write-permission': response(402, { type: 'error', error: { message: 'user limit' } }),
    });
    expect(verdicts(judged(seatLimit, e, defaults))).toEqual(['bitbucket.seat_limit:warning']);
    const write = judged(scopes, e, defaults).find((f) => f.scope === 'write:permission:bitbucket');
    expect(write?.severity).toBe('pass');
  });
});

describe('the hourly request budget', () => {
  it.each([
    ['said nearly spent', { 'x-ratelimit-nearlimit': 'true' }, ['bitbucket.rate_budget:warning']],
    ['said not near', { 'x-ratelimit-nearlimit': 'false' }, []],
    ['not said (API tokens may never say)', {}, []],
  ])('%s', (_, headers, expected) => {
    const e = evidence({ 'workspace-members': response(200, { values: [] }, headers) });
    const found = judged(rateBudget, e, defaults);
    expect(verdicts(found)).toEqual(expected);
    if (found[0])
      expect(found[0].evidence).toEqual([
        expect.stringMatching(/members → 200 \(X-RateLimit-NearLimit: true\)$/),
      ]);
  });
});

describe('a refusal in a workspace that was not chosen', () => {
  // The first candidate refused the token, so another was probed: the refusal is told by the
  // workspace judge, and says nothing of the chosen workspace's content or access.
  const twoStep = {
    type: 'error',
    error: { message: 'To access this repository, enable two-step verification.' },
  };
  /** The run's evidence with one more two-step refusal of the repository listing in `slug`. */
  const refusedIn = (slug: string) => {
    const e = evidence();
    const refusal = bitbucketFacts(
      'admin-repositories',
      `GET /2.0/repositories/${slug}`,
      response(403, twoStep),
      slug,
    );
    return { ...e, sent: [...e.sent, refusal] };
  };
  it('leaves the chosen workspace’s repository proven', () => {
    expect(verdicts(judged(repository, refusedIn('beta'), defaults))).toEqual(['bitbucket.repository:pass']);
  });
  it('is not an access refusal of the chosen workspace', () => {
    expect(verdicts(judged(accessRefusals, refusedIn('beta'), defaults))).toEqual([]);
  });
  it('is an access refusal when it is in the chosen workspace', () => {
    expect(verdicts(judged(accessRefusals, refusedIn('acme'), defaults))).toEqual([
      'bitbucket.two_step:error',
    ]);
  });
  it('leaves the repository not proven when the refusal is in the chosen workspace', () => {
    expect(judged(repository, refusedIn('acme'), defaults)[0]?.severity).not.toBe('pass');
  });
});

describe('refusal phrasings', () => {
  it.each([
    ['To access this repository, enable two-step verification.', 'bitbucket.two_step'],
    ['Please enable two-step authentication for your account.', 'bitbucket.two_step'],
    ['This API is not accessible by this authentication mechanism.', 'bitbucket.auth_method'],
    ['Access denied from this IP address.', 'bitbucket.ip_allowlist'],
  ])('%s', (message, id) => {
    const e = evidence({ 'workspace-members': response(403, { type: 'error', error: { message } }) });
    expect(judged(accessRefusals, e, defaults).map((f) => f.id)).toEqual([id]);
  });

  it('a 401 after the account request was accepted is a refusal for another reason, never a wrong token', () => {
    const e = evidence({
      'branch-restrictions': response(401, {
        type: 'error',
        error: { message: 'Blocked by your organization.' },
      }),
    });
    expect(verdicts(judged(accessRefusals, e, defaults))).toEqual(['bitbucket.refused:warning']);
    expect(judgeBitbucket(e, defaults).some((f) => f.id === 'bitbucket.auth' && f.severity === 'error')).toBe(
      false,
    );
  });

  it('names an app password by its old credential type, apikey', () => {
    const e = evidence({ user: response(200, { type: 'user' }, { 'x-credential-type': 'apikey' }) });
    const [f] = judged(credentialType, e, defaults);
    expect(f?.message).toMatch(/an app password \(Bitbucket removed app passwords on 2026-07-28\)/);
  });
});
