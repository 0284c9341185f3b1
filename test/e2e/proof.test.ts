/**
 * `reuse-proof-hours`, through the bundle: a healthy full check saved to the Actions cache (a fake of
 * the service @actions/cache speaks to on GitHub-hosted runners, behind the proxy with the test CA),
 * and later runs with the same credentials that send one Bitbucket request (and one Jira request).
 * Anything the proof does not cover, or a cache that fails, gives a full check within the deadline.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REQUIRED_SCOPES } from '../../src/bitbucket/plan.js';
import { quickRequests } from '../../src/proof/quick-check.js';
import { runAction, workflowCommands } from '../support/action.js';
import { CacheFake } from '../support/cache-fake.js';
import { FAKE_TOKEN, validJson, withFields } from '../support/documents.js';
import { squidTestsRun, tunnelledHosts, useSquid } from '../support/squid.js';
import { useHealthyCloud } from '../support/world.js';

const world = useHealthyCloud();
const cache = new CacheFake();
// One runner temp folder and workspace for every run, as on one runner: the proof's path is the
// same at save and at restore (the cache's version includes it).
const runnerDir = mkdtempSync(path.join(tmpdir(), 'ebc-proof-runner-'));
let runNumber = 100;

beforeAll(() => {
  world().hosts.set('results.actions.test', cache.results);
  world().hosts.set('blob.actions.test', cache.blobs);
});
beforeEach(() => cache.reset());

type Report = { status: string; findings: { id: string; severity: string; message: string }[] };

async function run(inputs: Record<string, string> = {}, json = validJson, proxy?: string) {
  world().bitbucket.requests.length = 0;
  world().jira.requests.length = 0;
  const result = await runAction({
    inputs: { 'integration-json': json, 'reuse-proof-hours': '24', ...inputs },
    env: {
      ...world().env(),
      ...cache.env(),
      RUNNER_TEMP: runnerDir,
      GITHUB_WORKSPACE: runnerDir,
      GITHUB_RUN_ID: String(runNumber++),
      GITHUB_REPOSITORY: 'org/repo',
      GITHUB_SERVER_URL: 'https://github.com',
      ...(proxy ? { HTTPS_PROXY: proxy } : {}),
    },
  });
  const report = JSON.parse(result.outputs.report as string) as Report;
  return {
    ...result,
    report,
    ids: report.findings.map((f) => f.id),
    bitbucketRequests: world().bitbucket.requests.length,
    jiraRequests: world().jira.requests.filter((r) => r.host !== 'api.atlassian.com').length,
  };
}

const jiraSkipped = { jira: 'skip' };
const proofOf = { workspace: 'acme', jira: false };

describe('a proof of the same credentials', () => {
  it('first run: a full check, saved; second run: one Bitbucket request, the scopes from the proof', async () => {
    const first = await run(jiraSkipped);
    expect(first.outputs.status).toBe('healthy');
    expect(first.bitbucketRequests).toBeGreaterThan(quickRequests(proofOf));
    expect(first.ids).toContain('proof.full');
    expect(cache.entries).toHaveLength(1);
    expect(cache.proofText()).not.toContain(FAKE_TOKEN);
    expect(first.outputs['proven-at']).toMatch(/^\d{4}-\d\d-\d\dT/);

    const second = await run(jiraSkipped);
    expect(second.outputs.status).toBe('healthy');
    expect(second.bitbucketRequests).toBe(quickRequests(proofOf));
    expect(second.outputs['proven-at']).toBe(first.outputs['proven-at']);
    const scopes = second.report.findings.filter((f) => f.id === 'proof.scope');
    expect(scopes).toHaveLength(REQUIRED_SCOPES.length);
    expect(scopes[0]?.message).toContain(`the full check of ${first.outputs['proven-at']}`);
    expect(scopes[0]?.message).toContain('https://github.com/org/repo/actions/runs/');
    expect(second.summary).toContain('Proven by the full check of');
  });

  it('with Jira: one Bitbucket and one Jira request', async () => {
    await run();
    const second = await run();
    expect(second.outputs.status).toBe('healthy');
    expect(second.bitbucketRequests).toBe(1);
    expect(second.jiraRequests).toBe(quickRequests({ jira: true }) - 1);
    expect(second.ids).toContain('proof.jira');
  });

  it('a quick run that does not confirm (the token refused now) runs the full check', async () => {
    await run(jiraSkipped);
    world().bitbucket.state.tokens.length = 0;
    const second = await run(jiraSkipped);
    expect(second.outputs.status).toBe('unhealthy');
    expect(second.bitbucketRequests).toBeGreaterThan(1);
    expect(second.report.findings.find((f) => f.id === 'proof.full')?.message).toMatch(/did not confirm/);
  });
});

describe('anything else: a full check', () => {
  it.each([
    ['the token changed', () => ({ json: withFields({ app_token: `${FAKE_TOKEN}X` }) }), /no earlier proof/],
    [
      'the proof too old',
      () => {
        cache.tamper((p) =>
          p.replace(
            /"provenAt":"[^"]+"/,
            `"provenAt":"${new Date(Date.now() - 25 * 3_600_000).toISOString()}"`,
          ),
        );
        return {};
      },
      /older than 24 hours/,
    ],
    [
      'an unhealthy proof',
      () => {
        cache.tamper((p) => p.replace('"status":"healthy"', '"status":"unhealthy"'));
        return {};
      },
      /not a healthy proof/,
    ],
    [
      'a healthy proof of another fingerprint',
      () => {
        cache.tamper((p) => p.replace(/"fingerprint":"[0-9a-f]+"/, `"fingerprint":"${'0'.repeat(32)}"`));
        return {};
      },
      /of other credentials/,
    ],
    [
      'a huge entry',
      () => {
        cache.tamper((p) => p.replace('"jira":', `"padding":"${'x'.repeat(300_000)}","jira":`));
        return {};
      },
      /too large/,
    ],
    [
      'a malformed entry',
      () => {
        cache.tamper(() => '{"format":1,');
        return {};
      },
      /not JSON/,
    ],
  ])('%s', async (_, arrange, why) => {
    await run(jiraSkipped);
    const { json } = arrange() as { json?: string };
    const second = await run(jiraSkipped, json);
    expect(second.outputs.status).toBe(json ? 'unhealthy' : 'healthy');
    expect(second.bitbucketRequests).toBeGreaterThan(1);
    expect(second.report.findings.find((f) => f.id === 'proof.full')?.message).toMatch(why);
  });

  it.each([['down'], ['stalled']] as const)(
    'the cache service %s: a full check within the deadline, one notice, none of the library’s lines',
    async (state) => {
      cache.mode = state === 'down' ? 'down' : 'stall';
      const started = performance.now();
      const result = await run({ ...jiraSkipped, 'timeout-seconds': '20' });
      expect(performance.now() - started).toBeLessThan(21_000);
      expect(result.outputs['bitbucket-status']).toBe('healthy');
      expect(result.bitbucketRequests).toBeGreaterThan(1);
      const commands = workflowCommands(result.stdout).filter((c) =>
        ['error', 'warning', 'notice'].includes(c.command),
      );
      // Jira is skipped in these runs, which is a notice of its own.
      expect(commands.map((c) => c.properties).filter((p) => p !== 'title=Jira checks')).toEqual([
        'title=Earlier proof',
      ]);
      expect(result.stdout).not.toMatch(/Failed to (restore|save)|unavailable/);
    },
  );
});

describe.runIf(squidTestsRun)('the Actions cache through squid', () => {
  const squid = useSquid(() => world().proxyUrl);

  it('restores and saves through the proxy, with the CA, like every other channel', async () => {
    await run(jiraSkipped, validJson, squid().url);
    const second = await run(jiraSkipped, validJson, squid().url);
    expect(second.bitbucketRequests).toBe(1);
    const tunnels = tunnelledHosts(squid());
    expect(tunnels).toContain('results.actions.test:443');
    expect(tunnels).toContain('blob.actions.test:443');
    expect(tunnels).toContain('api.bitbucket.org:443');
  });
});

describe('the budget is visible', () => {
  it('X-RateLimit-NearLimit: one warning that the hourly budget is nearly spent and Entitle shares it', async () => {
    world().bitbucket.nearLimit = true;
    const result = await run({ ...jiraSkipped, 'reuse-proof-hours': '0' });
    const warnings = result.report.findings.filter((f) => f.id === 'bitbucket.rate_budget');
    expect(warnings.map((f) => f.severity)).toEqual(['warning']);
    expect(warnings[0]?.message).toMatch(/nearly spent; Entitle shares it/);
    expect(result.outputs.status).toBe('degraded');
  });

  it('without the header (API tokens may never send it), nothing is said', async () => {
    const result = await run({ ...jiraSkipped, 'reuse-proof-hours': '0' });
    expect(result.ids).not.toContain('bitbucket.rate_budget');
  });
});
