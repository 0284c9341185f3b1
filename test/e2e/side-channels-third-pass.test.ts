/**
 * Side channels, third pass, through the bundle: every outbound channel through squid; a recorded
 * expiry judged when its part is skipped; the organization's own allowance; one deadline for the whole
 * step; the CLI's standard input; links in transcripts; replays that give the run's verdict; and the
 * smaller bounds (autolinks, the API's issue number, the org list, transcript files).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliEntry, runAction, spawnNode, workflowCommands } from '../support/action.js';
import { ADMIN_KEY, ADMIN_ORG_ID, adminToken } from '../support/admin-sim.js';
import { FAKE_JIRA_KEY, validJson, withFields } from '../support/documents.js';
import { type GitHubFake, startGitHubFake } from '../support/github-fake.js';
import { defaultJiraSites } from '../support/jira-sim.js';
import { squidTestsRun, tunnelledHosts, useSquid } from '../support/squid.js';
import { day, useHealthyCloud } from '../support/world.js';

const world = useHealthyCloud();
const dir = mkdtempSync(path.join(tmpdir(), 'ebc-third-pass-'));
const EMAIL = 'integration@example.com';
const org = { 'atlassian-org-id': ADMIN_ORG_ID, 'atlassian-admin-key': ADMIN_KEY };

let github: GitHubFake;
beforeAll(async () => {
  github = await startGitHubFake();
  // The GitHub API at its real name, behind the cloud's proxy with the test CA, as runners reach it.
  world().hosts.set('api.github.com', github);
});
afterAll(async () => {
  await github.close();
});
beforeEach(() => {
  github.issues.length = 0;
  world().admin.reset({ orgId: ADMIN_ORG_ID, key: ADMIN_KEY, tokens: [], pageSize: 2 });
});

type Report = { status: string; findings: { id: string; severity: string; message: string }[] };
const reportOf = (outputs: Record<string, string>) => JSON.parse(outputs.report as string) as Report;
const ids = (report: Report) => report.findings.map((f) => `${f.id}:${f.severity}`).sort();

/** Answers the organization's API with this handler instead of the simulator, for one test. */
function adminAnswers(handler: (res: ServerResponse) => void): () => void {
  const admin = world().admin;
  const original = admin.handle.bind(admin);
  admin.handle = async (_req, res) => handler(res);
  return () => {
    admin.handle = original;
  };
}

describe.runIf(squidTestsRun)('1. every outbound channel through squid', () => {
  const squid = useSquid(() => world().proxyUrl);

  it('Bitbucket, the Jira site, the gateway, the organization API and the GitHub API', async () => {
    // A scoped key: the site refuses it, so the gateway is asked too; the run is unhealthy, so the
    // tracking issue is opened.
    world().jira.reset(
      defaultJiraSites(FAKE_JIRA_KEY).map((s) => ({
        ...s,
        tokens: s.tokens.map((t) => ({ ...t, kind: 'scoped' as const })),
      })),
    );
    const result = await runAction({
      inputs: { 'integration-json': validJson, ...org, 'tracking-issue': 'true', 'github-token': 'token-1' },
      eventName: 'schedule',
      env: { HTTPS_PROXY: squid().url, NODE_EXTRA_CA_CERTS: world().caFile, GITHUB_REPOSITORY: 'org/repo' },
    });
    const tunnels = tunnelledHosts(squid());
    expect([...tunnels].sort()).toEqual([
      'api.atlassian.com:443',
      'api.bitbucket.org:443',
      'api.github.com:443',
      'example.atlassian.net:443',
    ]);
    const gateway = world().jira.requests.filter((r) => r.host === 'api.atlassian.com');
    expect(gateway.length).toBeGreaterThan(0);
    expect(world().admin.requests.length).toBeGreaterThan(0);
    expect(github.issues).toHaveLength(1);
    expect(result.stdout).toMatch(/Tracking issue: opened #1\./);
    expect(result.stdout).not.toMatch(/could not be reached/);
  });
});

describe('2. a recorded expiry is judged when its part is skipped', () => {
  const run = (inputs: Record<string, string>) =>
    runAction({ inputs: { 'integration-json': validJson, ...inputs }, env: world().env() });

  it.each([
    ['jira: skip, the key 3 days past', { jira: 'skip', 'jira-key-expires-on': day(-3) }, -3],
    ['jira: skip, the key in 2 days', { jira: 'skip', 'jira-key-expires-on': day(2) }, 2],
    ['offline, the token in 5 days', { mode: 'offline', 'token-expires-on': day(5) }, 5],
  ])('%s: a warning, never healthy, and expires-in-days says it', async (_, inputs, days) => {
    const { outputs, stdout } = await run(inputs);
    expect(outputs.status).not.toBe('healthy');
    expect(outputs.healthy).toBe('false');
    expect(outputs['expires-in-days']).toBe(String(days));
    const warned = reportOf(outputs).findings.filter((f) => /token_expiry$/.test(f.id));
    expect(warned.map((f) => f.severity)).toEqual(['warning']);
    expect(workflowCommands(stdout).some((c) => c.command === 'warning')).toBe(true);
  });

  it('a date far off in a skipped part says nothing, and counts for nothing', async () => {
    const { outputs } = await run({ jira: 'skip', 'jira-key-expires-on': day(200) });
    expect(outputs.status).toBe('healthy');
    expect(outputs['expires-in-days']).toBe('');
  });
});

describe('3. the organization API cannot change the credentials’ verdict', () => {
  it('a 503 storm there leaves Bitbucket its retries: one transient 503 on DELETE is retried', async () => {
    const restore = adminAnswers((res) =>
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' }).end('{"code":503}'),
    );
    try {
      world().bitbucket.fault = (method, _path, attempt) =>
        method === 'DELETE' && attempt === 1 ? 503 : undefined;
      const { outputs } = await runAction({
        inputs: { 'integration-json': validJson, ...org, 'max-retries': '10' },
        env: world().env(),
      });
      expect(outputs['bitbucket-status']).toBe('healthy');
      const orgFinding = reportOf(outputs).findings.find((f) => f.id === 'organization.token_expiry');
      expect(orgFinding?.severity).toBe('notice');
    } finally {
      restore();
    }
  });
});

describe('4. one deadline for the whole step', () => {
  it('a hanging organization API and the tracking issue end within timeout-seconds + 1 s', async () => {
    const restore = adminAnswers(() => {});
    try {
      const started = performance.now();
      const { outputs, stdout } = await runAction({
        inputs: {
          'integration-json': validJson,
          ...org,
          'timeout-seconds': '8',
          'tracking-issue': 'true',
          'github-token': 'token-1',
        },
        eventName: 'schedule',
        env: { ...world().env(), GITHUB_REPOSITORY: 'org/repo' },
      });
      const elapsed = performance.now() - started;
      expect(outputs['bitbucket-status']).toBe('healthy');
      expect(stdout.split('\n').filter((l) => /Tracking|::warning/.test(l))).toEqual([
        'Tracking issue: nothing to do (status healthy).',
      ]);
      expect(elapsed).toBeLessThanOrEqual(9_000);
    } finally {
      restore();
    }
  });
});

describe('5. the CLI and a writer that never closes', () => {
  it('is gone by --timeout-seconds + 1 s', async () => {
    const started = performance.now();
    const child = spawn(process.execPath, [cliEntry, '--file', '-', '--timeout-seconds', '2'], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write('{"email": ');
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const elapsed = performance.now() - started;
    child.stdin.destroy();
    expect(code).toBe(2);
    expect(stderr).toMatch(/standard input did not end within 2 s/);
    expect(elapsed).toBeLessThanOrEqual(3_000);
  });
});

/** Runs the action with a transcript, then replays it with the CLI; both reports. */
async function recordAndReplay(name: string, inputs: Record<string, string>) {
  const file = path.join(dir, `${name}.json`);
  const run = await runAction({
    inputs: { 'integration-json': validJson, transcript: file, ...inputs },
    env: world().env(),
  });
  expect(existsSync(file)).toBe(true);
  const replayed = await spawnNode([cliEntry, '--replay', file, '--format', 'json'], {
    PATH: process.env.PATH ?? '',
  });
  return {
    recorded: reportOf(run.outputs),
    replayed: JSON.parse(replayed.stdout) as Report,
    text: readFileSync(file, 'utf8'),
  };
}

describe('6. links in transcripts', () => {
  it('keeps only the pager link of the request just made; any other link says nothing', async () => {
    world().bitbucket.answer = (method, urlPath) =>
      method === 'GET' && urlPath === '/2.0/workspaces/acme/members'
        ? {
            status: 200,
            json: {
              values: [],
              next: 'https://bitbucket.org/acme/deploy-tools/src/someone.private@example.com',
            },
          }
        : method === 'GET' && urlPath === '/2.0/repositories/acme'
          ? {
              status: 200,
              json: {
                values: [{ slug: 'platform' }],
                next: 'https://api.bitbucket.org/2.0/users/x/properties/secret-app/secret-property',
              },
            }
          : undefined;
    world().admin.reset({
      orgId: ADMIN_ORG_ID,
      key: ADMIN_KEY,
      tokens: [adminToken('ci', EMAIL, day(100))],
      pageSize: 2,
    });
    const restore = adminAnswers((res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          data: [],
          links: { next: `https://api.atlassian.com/admin/v1/orgs/${ADMIN_ORG_ID}/users/${EMAIL}` },
        }),
      ),
    );
    try {
      const { text } = await recordAndReplay('links', org);
      for (const identifier of ['deploy-tools', 'someone.private', 'secret-app', 'secret-property', EMAIL]) {
        expect(text).not.toContain(identifier);
      }
      expect(text).not.toContain(ADMIN_ORG_ID);
      expect(text).toContain('(a link)');
    } finally {
      restore();
    }
  });
});

describe('7. a replay gives the run’s verdict', () => {
  const offline = { mode: 'offline' };
  it.each([
    ['a recorded token expiry inside the window', { 'token-expires-on': day(10) }],
    ['the organization’s tokens', org],
    ['an offline run, with no request at all', offline],
  ])('%s', async (name, inputs) => {
    world().admin.reset({
      orgId: ADMIN_ORG_ID,
      key: ADMIN_KEY,
      tokens: [adminToken('ci', EMAIL, day(5))],
      pageSize: 2,
    });
    const { recorded, replayed } = await recordAndReplay(name.replace(/\W+/g, '-'), inputs);
    if (inputs !== offline) expect(recorded.status).toBe('degraded');
    expect(replayed.status).toBe(recorded.status);
    expect(ids(replayed)).toEqual(ids(recorded));
  });

  it('a timeout replays as a timeout', async () => {
    world().bitbucket.fault = (method, urlPath) =>
      method === 'GET' && urlPath.endsWith('/branch-restrictions') ? 'hang' : undefined;
    const { recorded, replayed } = await recordAndReplay('timeout', { 'timeout-seconds': '3' });
    expect(recorded.status).toBe('inconclusive');
    expect(ids(replayed)).toEqual(ids(recorded));
    expect(ids(replayed).join(' ')).not.toMatch(/network\.unreachable/);
  });

  it('a structure error writes a transcript of no request, which replays to the same verdict', async () => {
    const { recorded, replayed, text } = await recordAndReplay('structure-error', {
      'integration-json': withFields({ app_token: 'short' }),
    });
    expect(JSON.parse(text).requests).toEqual([]);
    expect(replayed.status).toBe(recorded.status);
    expect(ids(replayed)).toEqual(ids(recorded));
  });
});

describe('8. the smaller bounds', () => {
  it('shows a www. slug as a code span in the summary, never as a link', async () => {
    const state = world().bitbucket.state;
    (state.workspaces[0] as { slug: string }).slug = 'www.example-support.example';
    const { summary } = await runAction({
      inputs: { 'integration-json': validJson },
      env: world().env(),
    });
    const outside = summary.replace(/`[^`\n]*`/g, '');
    expect(summary).toContain('www.example-support.example');
    expect(outside).not.toContain('www.example-support.example');
  });

  it('never prints an issue number the API sends that is not a number', async () => {
    const original = github.handle;
    github.handle = async (req, res, body) => {
      if (req.method === 'POST' && /\/issues$/.test(req.url ?? '')) {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ number: '1\n::error::crafted' }));
        return;
      }
      return original(req, res, body);
    };
    world().hosts.set('api.github.com', github);
    try {
      const { stdout } = await runAction({
        inputs: {
          'integration-json': withFields({ app_token: 'short' }),
          mode: 'offline',
          'tracking-issue': 'true',
          'github-token': 'token-1',
        },
        eventName: 'schedule',
        env: { ...world().env(), GITHUB_REPOSITORY: 'org/repo' },
      });
      expect(stdout).not.toContain('::error::crafted');
      expect(stdout).toMatch(/did not hold an issue number/);
    } finally {
      github.handle = original;
    }
  });

  it('lists the nearest few of thousands of tokens; summary, report and issue stay within bounds', async () => {
    const many = Array.from({ length: 6_000 }, (_, i) =>
      adminToken(`token ${i}`, EMAIL, day(40 + (i % 300))),
    );
    world().admin.reset({ orgId: ADMIN_ORG_ID, key: ADMIN_KEY, tokens: many, pageSize: 2_000 });
    const { outputs, summary } = await runAction({
      inputs: {
        'integration-json': validJson,
        ...org,
        'token-expires-on': day(3),
        'tracking-issue': 'true',
        'github-token': 'token-1',
      },
      eventName: 'schedule',
      env: { ...world().env(), GITHUB_REPOSITORY: 'org/repo' },
    });
    const orgFinding = reportOf(outputs).findings.find((f) => f.id === 'organization.token_expiry');
    expect(orgFinding?.message).toMatch(/; and 5995 more\.$/);
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect((outputs.report as string).length).toBeLessThan(200_000);
    expect(github.issues[0]?.body.length ?? 0).toBeLessThanOrEqual(65_536);
  });

  it.each([
    ['nested 200,000 deep', `{"format":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`],
    [
      'a text body that is an object',
      JSON.stringify({
        format: 1,
        version: '1.0.0',
        options: {},
        structure: [],
        document: { jira: false, jiraRejected: false },
        requests: [
          {
            method: 'GET',
            host: 'api.bitbucket.org',
            path: '/2.0/user',
            durationMs: 1,
            outcome: 'response',
            status: 401,
            bodyKind: 'text',
            body: { a: 1 },
          },
        ],
      }),
    ],
  ])('refuses a transcript %s (exit 2)', async (name, text) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, text);
    const { code, stderr } = await spawnNode([cliEntry, '--replay', file], { PATH: process.env.PATH ?? '' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a transcript this version can replay/);
  });
});
