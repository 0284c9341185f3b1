/**
 * The bundled action, run as the runner runs it, in offline mode: workflow commands on stdout, the
 * outputs file and the summary file.
 */
import { describe, expect, it } from 'vitest';
import { runAction, workflowCommands } from '../support/action.js';
import {
  entitlePublishedExample,
  FAKE_TOKEN,
  validJson,
  withFields,
  withJira,
} from '../support/documents.js';

const offline = (json: string, inputs: Record<string, string> = {}) =>
  runAction({ inputs: { 'integration-json': json, mode: 'offline', ...inputs } });

describe('the bundled action in offline mode', () => {
  it('passes a valid document at the default fail-on, inconclusive (never healthy), masking its credentials first', async () => {
    const run = await offline(validJson);
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('inconclusive');
    expect(run.outputs.healthy).toBe('false');
    expect(run.outputs['missing-scopes']).toBe('');
    const commands = workflowCommands(run.stdout);
    const firstMask = commands.findIndex((c) => c.command === 'add-mask');
    const firstOther = commands.findIndex((c) => c.command !== 'add-mask');
    expect(firstMask).toBe(0);
    expect(firstOther === -1 || firstOther > firstMask).toBe(true);
    expect(commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toContain(FAKE_TOKEN);
    expect(run.summary).toMatch(
      /^## ❔ Entitle Bitbucket integration: inconclusive \(could not be proven either way\): structure only, the credentials were not checked/,
    );
    expect(run.summary).toContain('### Bitbucket Cloud: ⏭️ not checked');
    expect(run.summary).toContain('### Jira Cloud: ⏭️ not checked');
    const report = JSON.parse(run.outputs.report as string);
    expect(report.status).toBe('inconclusive');
    expect(report.sections).toEqual({ structure: 'healthy', bitbucket: 'not checked', jira: 'not checked' });
    expect(report.findings.some((f: { id: string }) => f.id === 'remote.skipped')).toBe(true);
  });

  it("fails Entitle's published example, saying the closing brace is missing and naming its five placeholders in one run", async () => {
    const run = await offline(entitlePublishedExample);
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('unhealthy');
    const errors = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(errors).toHaveLength(6);
    expect(errors.filter((e) => e.properties.startsWith('title=Placeholder value'))).toHaveLength(5);
    expect(errors[0]?.properties).toBe('title=JSON syntax');
    // The runner trims inputs, so the document ends after the last line's brace.
    expect(errors[0]?.message).toContain('line 8, column 4, the closing brace `}` is missing');
    expect(run.summary).toContain('closing brace `}` is missing');
  });

  it.each([
    ['not JSON', '{"email": }', 'structure.json'],
    ['not an object', '[1, 2]', 'structure.not_object'],
    ['a missing field', withFields({ app_token: undefined }), 'structure.field_missing'],
    ['an empty field', withFields({ email: '' }), 'structure.field_empty'],
    ['a wrong type', withFields({ email: 7 }), 'structure.field_type'],
    ['a placeholder', withFields({ app_token: '<APP_TOKEN>' }), 'structure.placeholder'],
    ['a bad email', withFields({ email: 'nobody', jira_credentials: undefined }), 'structure.email'],
    [
      'a token with a newline',
      withFields({ app_token: `${FAKE_TOKEN}\n` }),
      'structure.app_token.whitespace',
    ],
    [
      'an app password',
      withFields({ app_token: 'ATBB0123456789abcdefghij' }),
      'structure.app_token.app_password',
    ],
    [
      'an access token',
      withFields({ app_token: 'ATCTT3xFfGF00123456789ab' }),
      'structure.app_token.access_token',
    ],
    [
      'the legacy shape',
      '{"user": "me", "app_password": "ATBB0123456789abcdefghij"}',
      'structure.legacy_app_password',
    ],
    ['an http Jira URL', withJira({ url: 'http://x.atlassian.net' }), 'structure.jira.url'],
    ['a reused token', withJira({ key: FAKE_TOKEN }), 'structure.jira.key_reuses_app_token'],
    ['a huge input', `{"email": "${'x'.repeat(70_000)}"}`, 'structure.size'],
    ['deep nesting', '['.repeat(1000), 'structure.depth'],
    ['a control character', '{"email":\u0001"x"}', 'structure.control_character'],
  ])('fails %s with an error annotation and the finding in the report', async (_name, json, id) => {
    const run = await offline(json);
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('unhealthy');
    const report = JSON.parse(run.outputs.report as string);
    expect(
      report.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { id: string }) => f.id),
    ).toContain(id);
    expect(
      workflowCommands(run.stdout).some((c) => c.command === 'error' && c.message.endsWith(`[${id}]`)),
    ).toBe(true);
  });

  it.each([
    ['an unknown key', withFields({ appToken: 'x' }), 'warning'],
    ['a Jira URL with a path', withJira({ url: 'https://x.atlassian.net/jira' }), 'warning'],
    ['another token format', withFields({ app_token: 'abcdefghijklmnopqrstuvwxyz' }), 'warning'],
  ])('warns about %s and passes by default', async (_name, json, command) => {
    const run = await offline(json);
    expect(run.code).toBe(0);
    // Offline, the credentials are unproven: the run is inconclusive, its document section degraded.
    expect(run.outputs.status).toBe('inconclusive');
    expect(JSON.parse(run.outputs.report as string).sections.structure).toBe('degraded');
    expect(workflowCommands(run.stdout).some((c) => c.command === command)).toBe(true);
  });

  describe('fail-on', () => {
    const degraded = withFields({ appToken: 'x' });
    it.each([
      ['error', validJson, 0],
      ['error', degraded, 0],
      ['warning', degraded, 1],
      // Offline proves nothing about the credentials: fail-on below error fails even a valid document.
      ['warning', validJson, 1],
      ['inconclusive', validJson, 1],
      ['never', entitlePublishedExample, 0],
      ['error', entitlePublishedExample, 1],
    ])('fail-on=%s', async (failOn, json, code) => {
      const run = await offline(json, { 'fail-on': failOn });
      expect(run.code).toBe(code);
      expect(run.outputs.status).toBeDefined();
    });

    it('rejects an invalid value with the list of valid values, outputs still set', async () => {
      const run = await offline(validJson, { 'fail-on': 'sometimes' });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Valid values: error, inconclusive, warning, never.');
      // Nothing was checked: not a verdict on the credentials.
      expect(run.outputs.status).toBe('inconclusive');
    });
  });

  describe('an empty integration-json', () => {
    const forkEvent = {
      pull_request: {
        head: { repo: { full_name: 'someone/fork', fork: true } },
        base: { repo: { full_name: 'org/repo' } },
      },
    };
    it('fails on a fork pull request, saying plainly why', async () => {
      const run = await runAction({
        inputs: { 'integration-json': '' },
        eventName: 'pull_request',
        event: forkEvent,
      });
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('unhealthy');
      const error = workflowCommands(run.stdout).find((c) => c.command === 'error');
      expect(error?.message).toContain('pull request from a fork');
    });

    it('skips with if-missing: skip', async () => {
      const run = await runAction({
        inputs: { 'integration-json': '', 'if-missing': 'skip' },
        eventName: 'pull_request',
        event: forkEvent,
      });
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('skipped');
      expect(run.outputs.healthy).toBe('false');
    });
  });

  it('writes no summary with summary: false', async () => {
    const run = await offline(validJson, { summary: 'false' });
    expect(run.summary).toBe('');
    expect(run.outputs.status).toBe('inconclusive');
  });
});
