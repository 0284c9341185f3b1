/**
 * A healthy full run's cost, counted rather than timed: how many requests reach each host, and in
 * how many dependent waves (round trips on the critical path) they arrive. Targets: at most 14
 * requests and 3 round trips with Jira, 2 when `workspace` is given; nothing fetched twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widestLevel } from '../../src/bitbucket/plan.js';
import { JIRA_FIRST_ROUND } from '../../src/jira/gather-jira.js';
import { runAction } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud, type Tunnel, WaveGate } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites, JIRA_HOST } from '../support/jira-sim.js';
import { BITBUCKET_REQUESTS, JIRA_REQUESTS } from '../support/plan-counts.js';
import { runDocument } from '../support/run.js';

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

async function measure(workspace: string | undefined) {
  cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
  cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
  const gate = new WaveGate();
  cloud.gate = gate;
  let finished = false;
  const run = runDocument(validJson, workspace ? { workspace } : {}, {
    network: { dispatcher: cloud.dispatcher() },
  }).finally(() => {
    finished = true;
  });
  await gate.releaseWhenSettled(() => finished);
  const { report } = await run;
  cloud.gate = undefined;
  return { report, waves: gate.waves.filter((w) => w.length > 0) };
}

describe('cost of a healthy run', () => {
  it('without workspace: every planned request once, in 3 round trips', async () => {
    const { report, waves } = await measure(undefined);
    expect(report.status).toBe('healthy');
    const all = waves.flat();
    expect(all).toHaveLength(BITBUCKET_REQUESTS + JIRA_REQUESTS);
    expect(new Set(all).size).toBe(all.length);
    expect(waves).toHaveLength(3);
    expect(all.filter((r) => r.includes('api.bitbucket.org'))).toHaveLength(BITBUCKET_REQUESTS);
    expect(all.filter((r) => r.includes('atlassian.net'))).toHaveLength(JIRA_REQUESTS);
  });

  it('with workspace: the same requests in 2 round trips', async () => {
    const { report, waves } = await measure('acme');
    expect(report.status).toBe('healthy');
    expect(waves.flat()).toHaveLength(BITBUCKET_REQUESTS + JIRA_REQUESTS);
    expect(waves).toHaveLength(2);
  });
});

/**
 * The action as the runner runs it, through the proxy: every connection is asked for in the first
 * wave (before any answer), none later, counted by the gate rather than timed. Each host gets as
 * many connections as its widest wave needs, from the plans.
 */
describe('connections of a healthy run', () => {
  async function tunnelsOf(inputs: Record<string, string>) {
    cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
    cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
    const gate = new WaveGate();
    cloud.gate = gate;
    const before = cloud.tunnelLog.length;
    let finished = false;
    const run = runAction({ inputs: { 'integration-json': validJson, ...inputs }, env: cloud.env() }).finally(
      () => {
        finished = true;
      },
    );
    await gate.releaseWhenSettled(() => finished);
    const result = await run;
    cloud.gate = undefined;
    return { status: result.outputs.status, tunnels: cloud.tunnelLog.slice(before) };
  }
  const count = (tunnels: Tunnel[], host: string) => tunnels.filter((t) => t.host === `${host}:443`).length;

  it.each([
    ['without workspace', {}, undefined],
    ['with workspace', { workspace: 'acme' }, 'acme'],
  ])(
    '%s: all opened in the first wave, as many per host as its widest wave',
    async (_, inputs, named) => {
      const { status, tunnels } = await tunnelsOf(inputs);
      expect(status).toBe('healthy');
      expect(tunnels.map((t) => t.wave)).toEqual(tunnels.map(() => 0));
      expect(count(tunnels, 'api.bitbucket.org')).toBe(
        widestLevel({ workspace: named, probeWriteScopes: true }),
      );
      expect(count(tunnels, JIRA_HOST)).toBe(JIRA_FIRST_ROUND);
      expect(tunnels).toHaveLength(
        widestLevel({ workspace: named, probeWriteScopes: true }) + JIRA_FIRST_ROUND,
      );
    },
    60_000,
  );
});
