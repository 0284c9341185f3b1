/** Bitbucket's answers parsed into facts: one table per fact, each row an answer and what it shows. */
import { describe, expect, it } from 'vitest';
import {
  type BitbucketProbe,
  bitbucketFacts,
  splitScopes,
  usableSlugs,
} from '../../src/bitbucket/bitbucket-facts.js';
import type { ProbeId } from '../../src/bitbucket/plan.js';
import type { HttpOutcome } from '../../src/net/outcome.js';
import { refused, response, timeout } from '../support/evidence.js';

const facts = (id: ProbeId, outcome: HttpOutcome, workspace?: string): BitbucketProbe =>
  bitbucketFacts(id, 'GET /2.0/x', outcome, workspace);
const SCOPE_MESSAGE = 'Your credentials lack one or more required privilege scopes.';

describe('granted scopes from a header', () => {
  it.each<[string | undefined, string[] | undefined]>([
    [undefined, undefined],
    ['', []],
    ['read:user:bitbucket', ['read:user:bitbucket']],
    [
      'read:user:bitbucket, write:permission:bitbucket',
      ['read:user:bitbucket', 'write:permission:bitbucket'],
    ],
    ['read:user:bitbucket,account  repository:admin', ['read:user:bitbucket', 'repository:admin']],
    ['  Read:User, read:x:bitbucket', ['read:x:bitbucket']],
  ])('%j lists %j', (header, expected) => {
    expect(splitScopes(header)).toEqual(expected);
  });
});

describe('a scope error', () => {
  const detail = {
    required: ['read:user:bitbucket', 'not a scope'],
    granted: ['read:workspace:bitbucket', '<b>'],
  };
  it.each<[string, HttpOutcome, unknown]>([
    [
      'a 403 naming scopes, with its detail (only scope names kept)',
      response(403, { type: 'error', error: { message: SCOPE_MESSAGE, detail } }),
      { required: ['read:user:bitbucket'], granted: ['read:workspace:bitbucket'] },
    ],
    [
      'a 403 naming scopes, without detail: granted from x-oauth-scopes',
      response(403, { error: { message: SCOPE_MESSAGE } }, { 'x-oauth-scopes': 'read:user:bitbucket, x' }),
      { granted: ['read:user:bitbucket'] },
    ],
    ['a 403 naming scopes, with neither', response(403, { error: { message: SCOPE_MESSAGE } }), {}],
    [
      'a 403 that is not about scopes',
      response(403, { error: { message: 'Access denied.', detail } }),
      undefined,
    ],
    ['a 401 naming scopes', response(401, { error: { message: SCOPE_MESSAGE, detail } }), undefined],
    ['a 403 in plain text', response(403, SCOPE_MESSAGE), undefined],
  ])('%s', (_, outcome, expected) => {
    const probe = facts('user', outcome);
    expect(probe.scopeError).toEqual(expected);
    expect(probe.line.endsWith('(scope error)')).toBe(expected !== undefined);
  });

  it("lists the granted scopes from the scope error's detail before the header", () => {
    const outcome = response(
      403,
      { error: { message: SCOPE_MESSAGE, detail: { granted: ['read:user:bitbucket'] } } },
      { 'x-oauth-scopes': 'read:workspace:bitbucket' },
    );
    expect(facts('user', outcome).granted).toEqual(['read:user:bitbucket']);
    expect(
      facts('user', response(200, { type: 'user' }, { 'x-oauth-scopes': 'read:workspace:bitbucket' }))
        .granted,
    ).toEqual(['read:workspace:bitbucket']);
  });
});

describe("Bitbucket's own answer", () => {
  it.each<[string, ProbeId, HttpOutcome, boolean]>([
    ['a page for a list', 'admin-repositories', response(200, { values: [] }), true],
    ['an object for an object', 'user', response(200, { type: 'user' }), true],
    ['an object for a list', 'admin-repositories', response(200, { type: 'repository' }), false],
    ['a page for an object', 'user', response(200, { values: [] }), false],
    ['a 299 page', 'admin-repositories', response(299, { values: [] }), true],
    ['a 300 page', 'admin-repositories', response(300, { values: [] }), false],
    ['a 199 page', 'admin-repositories', response(199, { values: [] }), false],
    ['a 400 page', 'admin-repositories', response(400, { values: [] }), false],
    ['a 204 with nothing', 'delete-permission', response(204), true],
    ['a 204 with a body', 'delete-permission', response(204, { type: 'x' }), false],
    ['an HTML 200', 'user', response(200, '<html></html>', { 'content-type': 'text/html' }), false],
  ])('%s: %s', (_, id, outcome, own) => {
    expect(facts(id, outcome).ownAnswer).toBe(own);
  });
});

describe('what a body holds, by the plan', () => {
  it('reads the account id of the account request', () => {
    expect(facts('user', response(200, { type: 'user', account_id: '557058:x' })).accountId).toBe('557058:x');
    expect(
      facts('workspaces', response(200, { type: 'user', account_id: '557058:x' })).accountId,
    ).toBeUndefined();
  });

  it('reads administered workspaces: administrator false is left out, a missing flag kept, the next link', () => {
    const page = {
      values: [
        { administrator: true, workspace: { slug: 'a' } },
        { administrator: false, workspace: { slug: 'b' } },
        { workspace: { slug: 'c' } },
      ],
      next: 'https://api.bitbucket.org/2.0/user/workspaces?page=2',
    };
    expect(facts('workspaces', response(200, page)).workspacesPage).toEqual({
      administered: ['a', 'c'],
      next: page.next,
    });
    expect(facts('workspaces', response(200, { values: [{}] })).workspacesPage).toBeUndefined();
    expect(facts('admin-repositories', response(200, page)).workspacesPage).toBeUndefined();
  });

  it('reads repository slugs of a repository page', () => {
    expect(
      facts('admin-repositories', response(200, { values: [{ slug: 'api' }, { slug: '..' }] }))
        .repositorySlugs,
    ).toEqual(['api', '..']);
    expect(facts('admin-repositories', response(200, { values: [{}] })).repositorySlugs).toBeUndefined();
    expect(
      facts('workspace-members', response(200, { values: [{ slug: 'api' }] })).repositorySlugs,
    ).toBeUndefined();
  });

  it('reads member account ids, usable ones only', () => {
    const page = {
      values: [
        { user: { account_id: '557058:a' } },
        { user: { account_id: 'has space' } },
        { user: {} },
        {},
        { user: { account_id: '557058:b' } },
      ],
    };
    expect(facts('workspace-members', response(200, page)).memberIds).toEqual(['557058:a', '557058:b']);
    expect(facts('workspace-members', response(200, { values: 'x' })).memberIds).toEqual([]);
    expect(facts('admin-repositories', response(200, page)).memberIds).toBeUndefined();
  });

  it('reads nothing of a request that reads no body', () => {
    const probe = facts('branch-restrictions', response(200, { values: [{ slug: 'x' }], account_id: 'y' }));
    expect([probe.accountId, probe.repositorySlugs, probe.memberIds, probe.workspacesPage]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps usable slugs only', () => {
    expect(usableSlugs(undefined)).toEqual([]);
    expect(usableSlugs(['a', '..', 'b c', 'd'])).toEqual(['a', 'd']);
  });
});

describe('the body, in words', () => {
  it.each<[HttpOutcome, string, boolean]>([
    [response(200, '<html>', { 'content-type': 'text/HTML; charset=utf-8' }), 'an HTML page', true],
    [response(200, { a: 1 }), 'JSON', false],
    [response(200, 'hello'), 'plain text', false],
    [response(200), 'no body', false],
    [
      { kind: 'response', status: 200, headers: {}, body: { kind: 'invalid-json' }, attempts: 1 },
      'a body that could not be read',
      false,
    ],
    [timeout, 'no answer', false],
  ])('%j is %s', (outcome, shown, html) => {
    const probe = facts('user', outcome);
    expect([probe.bodyShown, probe.html]).toEqual([shown, html]);
  });
});

describe('X-RateLimit-NearLimit', () => {
  it.each<[string | undefined, boolean]>([
    ['true', true],
    [' TRUE ', true],
    ['false', false],
    ['untrue', false],
    ['true, true', false],
    ['truest', false],
    [undefined, false],
  ])('%j reads nearly spent: %s', (value, near) => {
    const headers: Record<string, string> = value === undefined ? {} : { 'x-ratelimit-nearlimit': value };
    expect(facts('workspace-members', response(200, { values: [] }, headers)).nearLimit).toBe(near);
  });
  it('is false when nothing answered', () => {
    expect(facts('workspace-members', { kind: 'timeout', attempts: 1, timeoutMs: 1000 }).nearLimit).toBe(
      false,
    );
  });
});

describe('the rest of an answer', () => {
  it.each<[HttpOutcome, string | undefined]>([
    [response(410, { error: { message: 'CHANGE-2770 - Functionality has been deprecated' } }), 'CHANGE-2770'],
    [response(410, 'CHANGE-12 - gone'), 'CHANGE-12'],
    [response(410, { error: { message: 'Gone' } }), 'no change named'],
    [response(410, { nothing: 'CHANGE-1' }), 'no change named'],
    [response(404, { error: { message: 'CHANGE-2770' } }), undefined],
  ])('a removed endpoint: %j names %s', (outcome, change) => {
    expect(facts('user', outcome).removedBy).toBe(change);
  });

  it('reads the plain-text login failure, never a JSON one', () => {
    const text = 'Login failed due to incorrect login credentials or method.';
    expect(facts('user', response(401, text)).loginFailedText).toBe(true);
    expect(facts('user', response(401, { error: { message: text } })).loginFailedText).toBe(false);
    expect(facts('user', response(401, 'Unauthorized')).loginFailedText).toBe(false);
  });

  it("reads Bitbucket's error message, the credential type, the status and the workspace", () => {
    const probe = facts(
      'user',
      response(403, { error: { message: 'Nope' } }, { 'x-credential-type': 'api_token' }),
      'acme',
    );
    expect([probe.message, probe.credentialType, probe.status, probe.workspace]).toEqual([
      'Nope',
      'api_token',
      403,
      'acme',
    ]);
    const bare = facts('user', response(403, 'Nope', { 'x-credential-type': '' }));
    expect([bare.message, bare.credentialType, 'workspace' in bare]).toEqual([undefined, undefined, false]);
  });

  it('has no status, no body and a fault when nothing answered', () => {
    for (const outcome of [timeout, refused]) {
      const probe = facts('user', outcome);
      expect([probe.status, probe.ownAnswer, probe.granted, probe.fault === undefined]).toEqual([
        undefined,
        false,
        undefined,
        false,
      ]);
    }
    expect(facts('user', response(200, { type: 'user' })).fault).toBeUndefined();
  });
});
