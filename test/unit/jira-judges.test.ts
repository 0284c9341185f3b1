/** Each Jira judge over hand-written evidence: one table per judge, no HTTP. */
import { describe, expect, it } from 'vitest';
import type { JiraEvidence } from '../../src/jira/jira-evidence.js';
import { account } from '../../src/jira/judges/account.js';
import { browseUsers } from '../../src/jira/judges/browse-users.js';
import { emailVisibility } from '../../src/jira/judges/email-visibility.js';
import { authentication } from '../../src/jira/judges/jira-auth.js';
import { jiraJudges, judgeJira } from '../../src/jira/judges/jira-judges.js';
import { site } from '../../src/jira/judges/site.js';
import { tokenExpiry } from '../../src/jira/judges/token-expiry-jira.js';
import {
  jiraEvidence as evidence,
  expectDeclaredFindings,
  judged,
  refused,
  response,
  timeout,
  verdicts,
} from '../support/evidence.js';

const failed = { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' };

describe('the registry', () => {
  it('declares, for every judge, findings the catalogue knows', () => {
    expectDeclaredFindings(jiraJudges);
  });

  it('reports a healthy run in order', () => {
    expect(verdicts(judgeJira(evidence(), {}))).toEqual([
      'jira.site:pass',
      'jira.auth:pass',
      'jira.account:pass',
      'jira.browse_users:pass',
      'jira.email_visibility:pass',
    ]);
  });

  it('stops at a site that is not there', () => {
    expect(verdicts(judgeJira(evidence({ tenant: response(404) }), {}))).toEqual(['jira.site:error']);
  });
});

describe('site', () => {
  it.each<[string, JiraEvidence, string, RegExp]>([
    ['live', evidence(), 'pass', /is a Jira Cloud site/],
    [
      'renamed',
      evidence({ tenant: response(301, undefined, { location: 'https://new.atlassian.net/x' }) }),
      'error',
      /redirects to https:\/\/new\.atlassian\.net;/,
    ],
    ['missing', evidence({ tenant: response(404) }), 'error', /no Jira Cloud site/],
    [
      'Jira removed from a live site',
      evidence({
        myself: response(404, '<html></html>', { 'atl-missing-tcs': 'true', 'content-type': 'text/html' }),
      }),
      'error',
      /has no Jira/,
    ],
    [
      'missing, marked by atl-missing-tcs',
      evidence({ tenant: response(200, {}, { 'atl-missing-tcs': 'true' }) }),
      'error',
      /no Jira Cloud site/,
    ],
    ['refused', evidence({ tenant: response(403) }), 'inconclusive', /refused the site request/],
    [
      'unreachable: not checked',
      evidence({ tenant: refused }),
      'inconclusive',
      /^Not checked: no answer from acme\.atlassian\.net/,
    ],
    [
      'not an Atlassian site',
      evidence({ tenant: response(200, '<html></html>') }),
      'error',
      /did not answer as an Atlassian Cloud site/,
    ],
  ])('%s', (_, e, severity, message) => {
    const [f, ...rest] = judged(site, e, {});
    expect(rest).toEqual([]);
    expect(f?.severity).toBe(severity);
    expect(f?.message).toMatch(message);
  });
});

describe('authentication', () => {
  it.each<[string, JiraEvidence, string[]]>([
    ['authenticated', evidence(), ['jira.auth:pass']],
    ['401', evidence({ myself: response(401, 'Unauthorized') }), ['jira.auth:error']],
    ['the 200 trap', evidence({ myself: response(200, { accountId: 'x' }, failed) }), ['jira.auth:error']],
    [
      'a scoped token, accepted by the gateway',
      evidence({ myself: response(401), gateway: response(200, { accountId: 'x' }) }),
      ['jira.scoped_token:error'],
    ],
    [
      'wrong credentials, refused by the gateway too',
      evidence({ myself: response(401), gateway: response(401) }),
      ['jira.auth:error'],
    ],
    [
      'the gateway’s "scope does not match": it names no token kind, so no kind is asserted',
      evidence({
        myself: response(401),
        gateway: response(401, { code: 401, message: 'Unauthorized; scope does not match' }),
      }),
      ['jira.auth:error'],
    ],
    [
      'CAPTCHA',
      evidence({
        myself: response(403, undefined, {
          'x-authentication-denied-reason':
            'CAPTCHA_CHALLENGE; login-url=https://acme.atlassian.net/login.jsp',
        }),
      }),
      ['jira.captcha:error'],
    ],
    ['403 without a reason', evidence({ myself: response(403) }), ['jira.auth:inconclusive']],
    ['timeout', evidence({ myself: timeout }), ['jira.auth:inconclusive']],
  ])('%s', (_, e, expected) => {
    expect(verdicts(judged(authentication, e, {}))).toEqual(expected);
  });

  it('leads the fix for rejected credentials with a new classic token, and the user that made it', () => {
    const [f] = judged(authentication, evidence({ myself: response(401) }), {});
    expect(f?.fix).toMatch(/^Create a new classic API token/);
    expect(f?.fix).toMatch(/jira_credentials\.user is that account's email/);
  });
});

describe('account', () => {
  const me = (body: object) => evidence({ myself: response(200, { accountId: 'x', ...body }) });
  it.each<[string, JiraEvidence, string[]]>([
    ['active user', me({ accountType: 'atlassian', active: true }), ['jira.account:pass']],
    ['deactivated', me({ active: false }), ['jira.account:error']],
    ['an app account', me({ accountType: 'app' }), ['jira.account:error']],
    ['not authenticated', evidence({ myself: response(401) }), []],
    ['no account type said, active', me({ active: true }), ['jira.account:pass']],
    ['active not said', me({ accountType: 'atlassian' }), ['jira.account:pass']],
  ])('%s', (_, e, expected) => {
    expect(verdicts(judged(account, e, {}))).toEqual(expected);
  });
});

describe('browse users and groups', () => {
  const permission = (havePermission: boolean) =>
    response(200, { permissions: { USER_PICKER: { havePermission } } });
  it.each<[string, JiraEvidence, string[]]>([
    ['granted', evidence(), ['jira.browse_users:pass']],
    [
      'not granted: a notice, the email sample decides',
      evidence({ permissions: permission(false) }),
      ['jira.browse_users:notice'],
    ],
    ['answered as anonymous', evidence({ permissions: response(200, {}, failed) }), ['jira.auth:error']],
    ['no answer', evidence({ permissions: timeout }), ['jira.browse_users:inconclusive']],
    ['not authenticated', evidence({ myself: response(401) }), []],
  ])('%s', (_, e, expected) => {
    expect(verdicts(judged(browseUsers, e, {}))).toEqual(expected);
  });
});

describe('email visibility', () => {
  const users = (emails: (string | undefined)[]) =>
    response(200, {
      values: emails.map((emailAddress, i) => ({ accountId: `557058:${'ab'[i]}`, emailAddress })),
    });
  it.each<[string, JiraEvidence, string[], RegExp | undefined]>([
    ['some visible: informational, a pass', evidence(), ['jira.email_visibility:pass'], /1 of 2 sampled/],
    [
      'none visible',
      evidence({ lookup: users([undefined, '']) }),
      ['jira.email_visibility:warning'],
      /None of the 2/,
    ],
    ['no sample', evidence({}, []), ['jira.email_visibility:notice'], /not checked/],
    [
      'rejected on the lookup',
      evidence({ lookup: response(200, { values: [] }, failed) }),
      ['jira.auth:error'],
      undefined,
    ],
    ['lookup refused', evidence({ lookup: response(403) }), ['jira.email_visibility:warning'], /HTTP 403/],
    [
      'lookup unanswered',
      evidence({ lookup: timeout }),
      ['jira.email_visibility:inconclusive'],
      /^Not checked/,
    ],
    ['permissions request rejected', evidence({ permissions: response(200, {}, failed) }), [], undefined],
    [
      'users outside the sample are not counted',
      evidence({
        lookup: response(200, {
          values: [
            { accountId: '557058:a', emailAddress: 'a@example.com' },
            { accountId: '557058:zz', emailAddress: 'z@example.com' },
          ],
        }),
      }),
      ['jira.email_visibility:pass'],
      /^1 of 1 sampled/,
    ],
  ])('%s', (_, e, expected, message) => {
    const findings = judged(emailVisibility, e, {});
    expect(verdicts(findings)).toEqual(expected);
    if (message) expect(findings[0]?.message).toMatch(message);
  });
});

describe('token expiry', () => {
  const expiry = (daysLeft: number) => ({ keyExpiry: { on: '2027-03-01', daysLeft, warningDays: 30 } });
  it.each<[string, JiraEvidence, number | undefined, string[], RegExp | undefined]>([
    ['nothing recorded', evidence(), undefined, [], undefined],
    ['beyond the window', evidence(), 92, ['jira.token_expiry:pass'], /expires on 2027-03-01 \(in 92 days\)/],
    [
      'inside the window',
      evidence(),
      30,
      ['jira.token_expiry:warning'],
      /expires on 2027-03-01 \(in 30 days\)/,
    ],
    ['on the day', evidence(), 0, ['jira.token_expiry:warning'], /\(today\)/],
    ['past, yet accepted', evidence(), -3, ['jira.token_expiry:warning'], /recorded date is wrong/],
    [
      'past and rejected: the authentication finding says it',
      evidence({ myself: response(401) }),
      -3,
      [],
      undefined,
    ],
    [
      'past, not proven either way',
      evidence({ myself: timeout }),
      -3,
      ['jira.token_expiry:warning'],
      /did not show/,
    ],
  ])('%s', (_, e, daysLeft, expected, message) => {
    const findings = judged(tokenExpiry, e, daysLeft === undefined ? {} : expiry(daysLeft));
    expect(verdicts(findings)).toEqual(expected);
    if (message) expect(findings[0]?.message).toMatch(message);
  });

  it('leads the rejected key’s fix with the date it expired', () => {
    const [f] = judged(authentication, evidence({ myself: response(401) }), expiry(-3));
    expect(f?.fix).toMatch(/^The key expired on 2027-03-01/);
  });

  it.each([0, 5])('does not say a key expiring in %i days has expired when it is rejected', (daysLeft) => {
    const [f] = judged(authentication, evidence({ myself: response(401) }), expiry(daysLeft));
    expect(f?.fix).not.toMatch(/expired/);
  });
});

describe('a password in place of the key', () => {
  it('is said to be a password, with the classic-token fix', () => {
    const e = evidence({ myself: response(401, 'Basic authentication with passwords is deprecated.') });
    const [f] = judged(authentication, e, {});
    expect(f).toMatchObject({ id: 'jira.auth', severity: 'error' });
    expect(f?.message).toMatch(/account password, not an API token/);
    expect(f?.fix).toMatch(/Create a classic API token/);
  });
});

describe('a rejected key', () => {
  it('lists the likely causes in order and asserts none; the fix leads with a new classic token', () => {
    const e = evidence({
      myself: response(401),
      gateway: response(401, { code: 401, message: 'Unauthorized; scope does not match' }),
    });
    const [f] = judged(authentication, e, {});
    expect(f?.message).toMatch(
      /likely causes, in order: the key expired or was revoked; jira_credentials\.user is not the account that made the key; the key is mistyped or cut short; the key is an API token with scopes/,
    );
    expect(f?.fix).toMatch(
      /^Create a new classic API token .* check that jira_credentials\.user is that account's email/,
    );
  });
});
