/**
 * The bundled action in full mode against the Bitbucket simulator, reached the way a self-hosted
 * runner reaches Bitbucket through a proxy: HTTPS_PROXY and NODE_EXTRA_CA_CERTS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPOSSIBLE_PERMISSION } from '../../src/bitbucket/plan.js';
import { runAction, workflowCommands } from '../support/action.js';
import { ALL_SEVEN, defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_TOKEN } from '../support/documents.js';
import { leaks } from '../support/leaks.js';

const json = JSON.stringify({ email: 'integration@example.com', app_token: FAKE_TOKEN });
let cloud: Cloud;

beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN));
});
afterAll(async () => {
  await cloud.close();
});

const full = (inputs: Record<string, string> = {}) =>
  runAction({ inputs: { 'integration-json': json, ...inputs }, env: cloud.env() });

describe('the matrix through the bundled action changes nothing', () => {
  type Case = [string, (state: ReturnType<typeof defaultBitbucketState>) => void, string];
  const token = (state: ReturnType<typeof defaultBitbucketState>) =>
    state.tokens[0] as { scopes: string[]; kind: string };
  const cases: Case[] = [
    ...ALL_SEVEN.map(
      (scope): Case => [
        `without ${scope}`,
        (s) => {
          token(s).scopes = ALL_SEVEN.filter((x) => x !== scope);
        },
        'unhealthy',
      ],
    ),
    [
      'with no scope',
      (s) => {
        token(s).scopes = [];
      },
      'unhealthy',
    ],
    [
      'with an expired token',
      (s) => {
        token(s).kind = 'expired';
      },
      'unhealthy',
    ],
    [
      'with no administered repository',
      (s) => {
        for (const w of s.workspaces) w.repositories = [];
      },
      'degraded',
    ],
    [
      'behind an IP allowlist',
      (s) => {
        (s.workspaces[0] as { ipAllowlisted?: boolean }).ipAllowlisted = true;
      },
      'inconclusive',
    ],
  ];
  it.each(cases)('%s', async (_name, change, status) => {
    const state = defaultBitbucketState(FAKE_TOKEN);
    change(state);
    cloud.bitbucket.reset(state);
    const before = cloud.bitbucket.snapshot();
    const run = await full();
    expect(run.outputs.status).toBe(status);
    expect(cloud.bitbucket.snapshot()).toBe(before);
    for (const r of cloud.bitbucket.requests.filter((q) => q.method !== 'GET')) {
      expect(r.path).toMatch(/\/permissions-config\/users\/%7B[0-9a-f-]{36}%7D$/);
      if (r.method === 'PUT') expect(JSON.parse(r.body)).toEqual({ permission: IMPOSSIBLE_PERMISSION });
      expect(r.status).not.toBeLessThan(400);
    }
  });
});

describe('the bundled action against Bitbucket', () => {
  it('reports a healthy token as healthy, changing nothing', async () => {
    cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
    const before = cloud.bitbucket.snapshot();
    const run = await full();
    expect(run.stderr).toBe('');
    expect(run.outputs.status).toBe('healthy');
    expect(run.outputs.healthy).toBe('true');
    expect(run.code).toBe(0);
    expect(cloud.bitbucket.snapshot()).toBe(before);
    expect(new Set(cloud.tunnels)).toEqual(new Set(['api.bitbucket.org:443']));
    // Passing rows are folded away; nothing needs doing, so there is no "What to do".
    expect(run.summary).toMatch(/<details><summary>\d+ checks passed<\/summary>/);
    expect(run.summary).not.toContain('### What to do');
    expect(run.summary).toMatch(/\| `admin:workspace:bitbucket` \| ✅ pass \| /);
    const put = cloud.bitbucket.requests.find((r) => r.method === 'PUT');
    expect(JSON.parse(put?.body ?? '{}')).toEqual({ permission: IMPOSSIBLE_PERMISSION });
    expect(leaks(run.everything, [FAKE_TOKEN])).toEqual([]);
  });

  it('fails on a missing scope, naming it in the outputs, an annotation and the summary', async () => {
    const state = defaultBitbucketState(FAKE_TOKEN);
    (state.tokens[0] as { scopes: string[] }).scopes = ALL_SEVEN.filter(
      (s) => s !== 'delete:permission:bitbucket',
    );
    cloud.bitbucket.reset(state);
    const run = await full({ workspace: 'acme' });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('unhealthy');
    expect(run.outputs['missing-scopes']).toBe('delete:permission:bitbucket');
    const error = workflowCommands(run.stdout).find((c) => c.command === 'error');
    // One annotation for the missing scopes, naming them, with the one fix.
    expect(error?.properties).toBe('title=Missing scopes (app_token)');
    expect(error?.message).toMatch(
      /The token lacks one of the 7 scopes Entitle needs: delete:permission:bitbucket\./,
    );
    expect(run.summary).toContain('**Missing scopes:** `delete:permission:bitbucket`');
  });

  it('is inconclusive when Bitbucket is down, and fails only with fail-on: inconclusive', async () => {
    cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
    cloud.bitbucket.fault = () => 503;
    const lenient = await full({ 'max-retries': '0' });
    expect(lenient.outputs.status).toBe('inconclusive');
    expect(lenient.outputs['missing-scopes']).toBe('');
    expect(lenient.code).toBe(0);
    const strict = await full({ 'max-retries': '0', 'fail-on': 'inconclusive' });
    expect(strict.code).toBe(1);
  });
});
