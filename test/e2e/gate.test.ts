/**
 * A gate a team can act on, through the bundled action against the simulators: which status fails the
 * step at each fail-on, the parts' own statuses, one cause with one fix, honest words for masked
 * documents, quiet healthy runs, input errors that are not verdicts, the GitHub API's faults in its
 * own terms, and Entitle-side words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction, workflowCommands } from '../support/action.js';
import { entitlePublishedExample, FAKE_TOKEN, validJson, withFields } from '../support/documents.js';
import { day, useGitHubFake, useHealthyCloud } from '../support/world.js';

const world = useHealthyCloud();
const gitHub = useGitHubFake();

const run = (inputs: Record<string, string> = {}, json = validJson) =>
  runAction({ inputs: { 'integration-json': json, 'max-retries': '0', ...inputs }, env: world().env() });
const annotations = (stdout: string) =>
  workflowCommands(stdout).filter((c) => ['error', 'warning', 'notice'].includes(c.command));
type Found = { id: string; severity: string; fix?: string; explainedBy?: string };
const findings = (outputs: Record<string, string>): Found[] => JSON.parse(outputs.report as string).findings;

/** Worlds that give each status. */
const statuses: Record<string, () => Record<string, string>> = {
  healthy: () => ({}),
  degraded: () => ({ 'token-expires-on': day(10) }),
  inconclusive: () => {
    world().bitbucket.fault = (_m, path) => (path.endsWith('/branch-restrictions') ? 503 : undefined);
    return {};
  },
  unhealthy: () => {
    world().bitbucket.refusal = (m, path) =>
      m === 'GET' && path.endsWith('/members') ? 'two-step' : undefined;
    return {};
  },
};
const fails: Record<string, string[]> = {
  error: ['unhealthy'],
  inconclusive: ['inconclusive', 'unhealthy'],
  warning: ['degraded', 'inconclusive', 'unhealthy'],
  never: [],
};

describe('the gate table in the README', () => {
  for (const [status, make] of Object.entries(statuses)) {
    it.each(Object.keys(fails))(`a ${status} run with fail-on %s`, async (failOn) => {
      const result = await run({ ...make(), 'fail-on': failOn });
      expect(result.outputs.status).toBe(status);
      expect(result.outputs.healthy).toBe(String(status === 'healthy'));
      expect(result.code).toBe(fails[failOn]?.includes(status) ? 1 : 0);
    });
  }
});

/**
 * The `if:` of a gate step, as the runner evaluates the subset the examples use: `==`, `!=`, `&&`,
 * `||` over `steps.check.outputs.<name>` and quoted strings.
 */
function gateFires(expression: string, outputs: Record<string, string>): boolean {
  const term = (t: string) => {
    const m = /^steps\.check\.outputs\.([\w-]+)\s*(==|!=)\s*'([^']*)'$/.exec(t.trim());
    if (!m) throw new Error(`not a gate term: ${t}`);
    const equal = (outputs[m[1] as string] ?? '') === m[3];
    return m[2] === '==' ? equal : !equal;
  };
  return expression.split('||').some((any) => any.split('&&').every(term));
}

const examples = path.resolve(import.meta.dirname, '../../docs/examples');
const gateSteps = (file: string) =>
  (
    parse(readFileSync(path.join(examples, file), 'utf8')).jobs['entitle-credentials'].steps as {
      name?: string;
      if?: string;
    }[]
  ).filter((s) => s.if?.includes('steps.check.outputs'));

describe('the example gates, for each status', () => {
  const blocking = ['unhealthy', 'inconclusive'];
  for (const [status, make] of Object.entries(statuses)) {
    it(`a ${status} run: gate-parts.yml blocks on Bitbucket only when it is wrong or not proven`, async () => {
      const { outputs } = await run({ ...make(), 'fail-on': 'never' });
      const [block, warn] = gateSteps('gate-parts.yml');
      expect(block?.name).toBe('Block on Bitbucket only');
      expect(gateFires(block?.if as string, outputs)).toBe(
        blocking.includes(outputs['bitbucket-status'] as string),
      );
      expect(gateFires(warn?.if as string, outputs)).toBe(
        !['healthy', 'skipped'].includes(outputs['jira-status'] as string),
      );
    });
  }

  it("the README's gates are the example's", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    for (const step of gateSteps('gate-parts.yml')) expect(readme).toContain(`- if: ${step.if}`);
  });
});

describe('the parts apart', () => {
  it('a Jira-only fault leaves bitbucket-status healthy, to gate on Bitbucket alone', async () => {
    const sites = world().jira;
    sites.reset(sites.sites.map((s) => ({ ...s, tokens: [] })));
    const result = await run();
    expect(result.outputs.status).toBe('unhealthy');
    expect(result.outputs['bitbucket-status']).toBe('healthy');
    expect(result.outputs['jira-status']).toBe('unhealthy');
  });

  it('without jira_credentials: no Jira section, jira-status skipped, and the summary says so', async () => {
    const result = await run({}, JSON.stringify({ email: 'integration@example.com', app_token: FAKE_TOKEN }));
    expect(result.outputs.status).toBe('healthy');
    expect(result.outputs['jira-status']).toBe('skipped');
    expect(result.summary).not.toContain('### Jira Cloud');
    expect(result.summary).toContain('**Jira Cloud:** not configured');
    expect(annotations(result.stdout)).toEqual([]);
  });

  it('a healthy run prints at most one notice, and says the secret’s copy was checked', async () => {
    const result = await run();
    expect(annotations(result.stdout).length).toBeLessThanOrEqual(1);
    expect(result.summary).toContain("**Checked:** the integration JSON in this repository's secret");
  });
});

describe('one cause, one fix', () => {
  it('a token without any scope: one error with one fix, and the workspace "not checked"', async () => {
    const state = world().bitbucket.state;
    (state.tokens[0] as { scopes: string[] }).scopes = [];
    const result = await run({ workspace: '' });
    const errors = annotations(result.stdout).filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/The token lacks 7 of the 7 scopes Entitle needs/);
    expect(result.summary).not.toMatch(/administrator/);
    const workspace = findings(result.outputs).find((f) => f.id === 'bitbucket.workspace');
    expect(workspace).toMatchObject({ severity: 'inconclusive', explainedBy: 'bitbucket.missing_scopes' });
  });

  it('two-step verification: one fix, none about admin access', async () => {
    statuses.unhealthy?.();
    const result = await run();
    // What to do: the errors, warnings and inconclusive findings that carry a fix.
    const fixes = findings(result.outputs).filter(
      (f) => f.fix && ['error', 'warning', 'inconclusive'].includes(f.severity),
    );
    expect(fixes.map((f) => f.id)).toEqual(['bitbucket.two_step']);
    expect(result.summary).not.toMatch(/admin access/);
  });

  it('a misspelt workspace: the one meant, never "make the account an administrator of" the typo', async () => {
    const result = await run({ workspace: 'acmee' });
    const [error] = annotations(result.stdout).filter((a) => a.command === 'error');
    expect(error?.message).toMatch(
      /Workspace acmee is not among the workspaces the account administers; acme is\./,
    );
    expect(error?.message).toMatch(/Did you mean acme\?/);
    expect(error?.message).not.toMatch(/administrator of acmee/);
  });

  it('a captive portal: the answer is the one cause; authentication defers to it', async () => {
    world().bitbucket.impostor = () => true;
    const result = await run();
    const auth = findings(result.outputs).find((f) => f.id === 'bitbucket.auth');
    expect(auth).toMatchObject({ severity: 'inconclusive', explainedBy: 'bitbucket.impostor' });
    expect(result.summary).not.toMatch(/follow the fix in the message/i);
  });
});

describe("Entitle's own example", () => {
  it('never prints *** nor masks field names: placeholders are not secrets', async () => {
    const result = await run({}, entitlePublishedExample);
    const texts = annotations(result.stdout).map((a) => `${a.properties} ${a.message}`);
    expect(texts.join('\n')).not.toContain('***');
    expect(result.summary).not.toContain('***');
    expect(texts.join('\n')).toMatch(/app_token/);
    expect(
      workflowCommands(result.stdout)
        .filter((c) => c.command === 'add-mask')
        .map((c) => c.message),
    ).not.toContain('<APP_TOKEN>');
  });
});

describe('inputs that are not valid', () => {
  it('fail the step with the input and its values, and the status is inconclusive: nothing was checked', async () => {
    const result = await run({ 'fail-on': 'errors' });
    expect(result.code).toBe(1);
    expect(result.outputs.status).toBe('inconclusive');
    const [error] = annotations(result.stdout).filter((a) => a.command === 'error');
    expect(error?.message).toMatch(
      /^`fail-on` has a value that is not valid\. Fix: Did you mean `fail-on: error`\? Valid values: error, inconclusive, warning, never\./,
    );
  });
});

describe('the GitHub API in its own terms', () => {
  const tracked = (env: Record<string, string>) =>
    runAction({
      inputs: {
        'integration-json': withFields({ app_token: 'ATATT3xFfGF0NotKnownToTheSimulator00000000' }),
        'tracking-issue': 'true',
        'github-token': 'token-1',
      },
      eventName: 'schedule',
      env: { ...world().env(), NO_PROXY: '127.0.0.1,localhost', GITHUB_REPOSITORY: 'org/repo', ...env },
    });

  it('a 5xx is a GitHub fault, not a missing permission', async () => {
    gitHub().failWith = 502;
    const result = await tracked({ GITHUB_API_URL: gitHub().url });
    const warning = annotations(result.stdout).find((a) => /tracking issue/.test(a.message));
    expect(warning?.message).toMatch(/the GitHub API answered HTTP 502/);
    expect(warning?.message).not.toMatch(/issues: write/);
  });

  it('an unreachable API says so', async () => {
    const result = await tracked({ GITHUB_API_URL: 'http://127.0.0.1:9' });
    const warning = annotations(result.stdout).find((a) => /tracking issue/.test(a.message));
    expect(warning?.message).toMatch(/the GitHub API could not be reached/);
  });
});
