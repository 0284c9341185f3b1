/** Jira's answers parsed into facts: one table per fact, each row an answer and what it shows. */
import { describe, expect, it } from 'vitest';
import { jiraFacts } from '../../src/jira/jira-facts.js';
import type { HttpOutcome } from '../../src/net/outcome.js';
import { refused, response } from '../support/evidence.js';

const facts = (outcome: HttpOutcome) => jiraFacts('acme.atlassian.net', 'GET acme.atlassian.net/x', outcome);

describe('a redirect', () => {
  it.each<[number, string | undefined, unknown]>([
    [
      302,
      'https://renamed.atlassian.net/rest/api/3/myself',
      { kind: 'site', origin: 'https://renamed.atlassian.net' },
    ],
    [300, 'https://renamed.atlassian.net/', { kind: 'site', origin: 'https://renamed.atlassian.net' }],
    [399, 'https://RENAMED.atlassian.net/', { kind: 'site', origin: 'https://renamed.atlassian.net' }],
    [301, 'https://renamed.atlassian.net.example.com/', { kind: 'elsewhere' }],
    // Another host whose URL only ends in a site origin: the pattern is anchored at both ends.
    [301, 'https://evil.example/https://renamed.atlassian.net', { kind: 'elsewhere' }],
    [301, 'https://evil.example?https://renamed.atlassian.net', { kind: 'elsewhere' }],
    [301, 'http://renamed.atlassian.net/', { kind: 'elsewhere' }],
    [301, 'https://id.atlassian.com/login', { kind: 'elsewhere' }],
    [301, '/relative/path', { kind: 'elsewhere' }],
    [301, undefined, { kind: 'elsewhere' }],
    [299, 'https://renamed.atlassian.net/', undefined],
    [400, 'https://renamed.atlassian.net/', undefined],
  ])('%i to %s', (status, location, redirect) => {
    expect(facts(response(status, undefined, location ? { location } : {})).redirect).toEqual(redirect);
  });
});

describe("Seraph's verdict on the login", () => {
  it.each<[string | undefined, string | undefined, string]>([
    [undefined, undefined, ''],
    ['OK', undefined, ''],
    ['OK, ', undefined, ''],
    [' AUTHENTICATED_FAILED ', 'AUTHENTICATED_FAILED', ' (X-Seraph-LoginReason: AUTHENTICATED_FAILED)'],
    ['OK, AUTHENTICATION_DENIED', 'AUTHENTICATION_DENIED', ' (X-Seraph-LoginReason: AUTHENTICATION_DENIED)'],
    [',OUT', 'OUT', ' (X-Seraph-LoginReason: OUT)'],
    ['<b>x</b>', '<b>x</b>', ' (X-Seraph-LoginReason: failed)'],
  ])('%j reads as %j', (header, failed, remark) => {
    const reply = facts(
      response(200, { accountId: 'x' }, header === undefined ? {} : { 'x-seraph-loginreason': header }),
    );
    expect(reply.failedLogin).toBe(failed);
    expect(reply.line).toBe(`GET acme.atlassian.net/x → 200${remark}`);
  });
});

describe("a 401's words", () => {
  it.each<[HttpOutcome, boolean, boolean]>([
    [response(401, 'Unauthorized; scope does not match'), true, false],
    [response(401, { message: 'Unauthorized; scope does not match' }), true, false],
    [response(403, 'Unauthorized; scope does not match'), false, false],
    [response(401, 'Basic authentication with passwords is deprecated.'), false, true],
    [response(401, { errorMessages: ['Basic auth with passwords is deprecated'] }), false, true],
    [response(401, { errorMessages: ['Not allowed', 'Scope does not match'] }), true, false],
    [response(401, { code: 401, message: 'Client must be authenticated.' }), false, false],
    // Only the fields Jira and the gateway put their words in are read, as a transcript keeps them.
    [response(401, { detail: 'Unauthorized; scope does not match' }), false, false],
    [response(401, { message: 7, errorMessages: ['scope does not match'] }), false, false],
    [response(401), false, false],
    [response(401, 'Unauthorized'), false, false],
  ])('%j: scope mismatch %s, password %s', (outcome, scopeMismatch, passwordRefused) => {
    const reply = facts(outcome);
    expect([reply.scopeMismatch, reply.passwordRefused]).toEqual([scopeMismatch, passwordRefused]);
  });
});

describe('what a body holds', () => {
  it.each<[unknown, string | undefined]>([
    [{ cloudId: '0b1c2d3e-0000-4000-8000-000000000000' }, '0b1c2d3e-0000-4000-8000-000000000000'],
    [{ cloudId: 'a' }, 'a'],
    [{ cloudId: 'a'.repeat(64) }, 'a'.repeat(64)],
    [{ cloudId: 'a'.repeat(65) }, undefined],
    [{ cloudId: '' }, undefined],
    [{ cloudId: 'ok/..' }, undefined],
    [{ cloudId: '../ok' }, undefined],
    [{ cloudId: 'a b' }, undefined],
  ])('tenant info %j has cloud id %j', (body, cloudId) => {
    expect(facts(response(200, body)).cloudId).toBe(cloudId);
  });

  it('reads the account, the Browse users permission and the users', () => {
    const account = { accountId: '557058:x', accountType: 'app', active: false };
    expect(facts(response(200, { ...account, other: 1 })).account).toEqual(account);
    expect(facts(response(200, { accountId: '' })).account).toBeUndefined();
    expect(facts(response(200, { permissions: { USER_PICKER: { havePermission: false } } })).userPicker).toBe(
      false,
    );
    expect(facts(response(200, { permissions: {} })).userPicker).toBeUndefined();
    const users = [{ accountId: 'a', emailAddress: 'a@example.com' }, { accountId: 'b' }];
    expect(facts(response(200, { values: users })).users).toEqual(users);
    expect(facts(response(200, { values: [{ emailAddress: 'x' }] })).users).toBeUndefined();
  });

  it('reads the CAPTCHA and missing-product markers by their presence', () => {
    const marked = facts(
      response(404, undefined, { 'atl-missing-tcs': '', 'x-authentication-denied-reason': '' }),
    );
    expect([marked.denied, marked.missingProduct]).toEqual([true, true]);
    const plain = facts(response(404));
    expect([plain.denied, plain.missingProduct]).toEqual([false, false]);
  });

  it('has no status, markers or redirect when nothing answered', () => {
    const reply = facts(refused);
    expect([
      reply.status,
      reply.failedLogin,
      reply.denied,
      reply.redirect,
      reply.fault === undefined,
    ]).toEqual([undefined, undefined, false, undefined, false]);
    expect(reply.line).toBe(`GET acme.atlassian.net/x → ${reply.label}`);
  });
});
