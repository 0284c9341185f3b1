/**
 * The second pass over Atlassian's public record (docs/atlassian-behaviour.md, "Added 2026-11-30"),
 * each point through the bundled action against the simulators: an answer no check explains, a
 * removed endpoint, the plan's seat limit, HTML pages with private content, missing-scopes only for
 * what a new token fixes, refusal phrasings, the 429 without Retry-After, app-password credential
 * types, a Jira password, and a refusal after sign-in.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, workflowCommands } from '../support/action.js';
import { defaultBitbucketState, PROFILE_PAGE, REFUSAL_MESSAGES, REMOVED } from '../support/bitbucket-sim.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';
import { useHealthyCloud } from '../support/world.js';

const world = useHealthyCloud();

const run = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction({
    inputs: { 'integration-json': validJson, workspace: 'acme', 'max-retries': '0', ...inputs },
    env: { ...world().env(), ...env },
  });
type Found = { id: string; severity: string; message: string; fix?: string; scope?: string };
const findings = (outputs: Record<string, string>): Found[] => JSON.parse(outputs.report as string).findings;
const find = (outputs: Record<string, string>, id: string) => findings(outputs).find((f) => f.id === id);

describe('1. an answer no check explains', () => {
  it('is a finding, never a pass, even when the scope list says granted', async () => {
    world().bitbucket.answer = (method, path) =>
      method === 'GET' && path.endsWith('/permissions-config/users')
        ? { status: 404, json: { type: 'error', error: { message: 'Not found' } } }
        : undefined;
    const result = await run();
    expect(result.outputs.status).toBe('inconclusive');
    expect(result.outputs.healthy).toBe('false');
    expect(find(result.outputs, 'bitbucket.unexpected_answer')?.message).toMatch(
      /^Bitbucket answered 404 \(JSON\) to GET \/2\.0\/repositories\/acme\/\w+\/permissions-config\/users/,
    );
  });
});

describe('2. a removed endpoint', () => {
  it('is its own finding naming the change, never a pass and never a scope verdict', async () => {
    world().bitbucket.answer = (method, path) =>
      method === 'GET' && path.endsWith('/branch-restrictions') ? REMOVED('CHANGE-2770') : undefined;
    const result = await run();
    expect(result.outputs.status).toBe('inconclusive');
    expect(find(result.outputs, 'bitbucket.endpoint_removed')?.message).toMatch(
      /^Bitbucket removed an endpoint this check uses \(CHANGE-2770: GET \/2\.0\/repositories\/acme\/\w+\/branch-restrictions → 410\)\. Entitle's use of it may be affected too; update the action\./,
    );
    expect(result.outputs['missing-scopes']).toBe('');
    expect(find(result.outputs, 'bitbucket.unexpected_answer')).toBeUndefined();
  });
});

describe("3. the plan's seat limit", () => {
  it('is a warning with that cause; the write scope follows the other evidence', async () => {
    world().bitbucket.answer = (method) =>
      method === 'PUT'
        ? { status: 402, json: { type: 'error', error: { message: "The plan's user limit is reached." } } }
        : undefined;
    const result = await run();
    expect(result.outputs.status).toBe('degraded');
    expect(find(result.outputs, 'bitbucket.seat_limit')?.severity).toBe('warning');
    const write = findings(result.outputs).find((f) => f.scope === 'write:permission:bitbucket');
    expect(write?.severity).toBe('pass');
  });
});

describe('4. HTML pages with private content', () => {
  it('are described by status and kind; no part of them reaches any output, debug lines included', async () => {
    world().bitbucket.answer = (method, path) =>
      method === 'GET' && path.endsWith('/permissions-config/users')
        ? PROFILE_PAGE('Integration Admin', 'webtok-9f8e7d6c5b4a3f2e1d0c')
        : undefined;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ebc-html-')), 'transcript.json');
    const result = await run({ transcript: file }, { RUNNER_DEBUG: '1' });
    expect(find(result.outputs, 'bitbucket.unexpected_answer')?.message).toMatch(/404 \(an HTML page\)/);
    const transcript = readFileSync(file, 'utf8');
    for (const secret of ['webtok-9f8e7d6c5b4a3f2e1d0c', 'Integration Admin', 'csrfToken', '__initial__']) {
      expect(result.everything).not.toContain(secret);
      expect(transcript).not.toContain(secret);
    }
  });
});

describe('5. missing-scopes', () => {
  it('leaves out the permission scopes Bitbucket refuses for the authentication method', async () => {
    world().bitbucket.refusal = (method) =>
      method === 'PUT' || method === 'DELETE' ? 'auth-method' : undefined;
    const result = await run();
    expect(result.outputs.status).toBe('unhealthy');
    expect(result.outputs['missing-scopes']).toBe('');
    const refused = findings(result.outputs).filter((f) => f.id === 'bitbucket.scope_refused');
    expect(refused.map((f) => f.scope)).toEqual([
      'write:permission:bitbucket',
      'delete:permission:bitbucket',
    ]);
  });
});

describe('6. refusals read by meaning', () => {
  it.each([
    ['Please enable two-step authentication.', 'bitbucket.two_step'],
    ['This API is not accessible by this authentication mechanism.', 'bitbucket.auth_method'],
    [REFUSAL_MESSAGES['two-step'], 'bitbucket.two_step'],
  ])('%s', async (message, id) => {
    world().bitbucket.answer = (method, path) =>
      method === 'GET' && path.endsWith('/members')
        ? { status: 403, json: { type: 'error', error: { message } } }
        : undefined;
    const result = await run();
    expect(find(result.outputs, id)).toBeDefined();
  });
});

describe('7. a 429 without Retry-After', () => {
  it("speaks of the account's hourly budget, shared with Entitle and other automation", async () => {
    world().bitbucket.fault = (_method, path) => (path.endsWith('/branch-restrictions') ? 429 : undefined);
    const result = await run();
    const line = findings(result.outputs).find((f) => /HTTP 429/.test(f.message));
    expect(line?.message).toMatch(
      /the account's hourly request budget, shared by Entitle and any other automation using this account/,
    );
  });
});

describe('8. credential types', () => {
  it.each([
    ['apikey', /an app password \(Bitbucket removed app passwords on 2026-07-28\)/],
    ['oauth2', /an OAuth consumer’s token/],
  ])('%s is named, with the API-token fix', async (type, said) => {
    const state = defaultBitbucketState(FAKE_TOKEN);
    (state.tokens[0] as { credentialType?: string }).credentialType = type;
    world().bitbucket.reset(state);
    const result = await run();
    const f = find(result.outputs, 'bitbucket.credential_type');
    expect(f?.message).toMatch(said);
    expect(f?.fix).toMatch(/Create API token with scopes/);
  });
});

describe('9. a Jira password', () => {
  it('is said to be a password, not an API token', async () => {
    const sites = defaultJiraSites(FAKE_JIRA_KEY);
    for (const site of sites) {
      site.tokens = [];
      site.unauthorizedBody = 'password';
    }
    world().jira.reset(sites);
    const result = await run();
    const auth = find(result.outputs, 'jira.auth');
    expect(auth?.message).toMatch(/account password, not an API token/);
    expect(find(result.outputs, 'jira.scoped_token')).toBeUndefined();
  });
});

describe('10. a refusal after the credentials were accepted', () => {
  it('stays "refused for another reason" with the message, never a wrong token', async () => {
    world().bitbucket.answer = (method, path) =>
      method === 'GET' && path.endsWith('/branch-restrictions')
        ? {
            status: 401,
            json: { type: 'error', error: { message: 'API tokens are blocked by your organization.' } },
          }
        : undefined;
    const result = await run();
    const refused = find(result.outputs, 'bitbucket.refused');
    expect(refused?.message).toMatch(/API tokens are blocked by your organization/);
    expect(findings(result.outputs).some((f) => f.id === 'bitbucket.auth' && f.severity === 'error')).toBe(
      false,
    );
    const annotations = workflowCommands(result.stdout).filter((c) => c.command === 'error');
    expect(annotations.some((a) => /rejected the email and token/.test(a.message))).toBe(false);
  });
});
