/**
 * A healthy full run's cost, counted rather than timed: how many requests reach each host, and in
 * how many dependent waves (round trips on the critical path) they arrive. Targets: at most 14
 * requests and 3 round trips with Jira, 2 when `workspace` is given; nothing fetched twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/engine.js';
import { buildReport } from '../../src/findings.js';
import { createRemoteChecks } from '../../src/remote.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud, WaveGate } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';

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
  const run = runChecks(validJson, 'full', {
    mask: () => {},
    loadRemoteChecks: async () =>
      createRemoteChecks(
        { timeoutSeconds: 60, maxRetries: 2, workspace, probeWriteScopes: true, jira: 'auto' },
        { dispatcher: cloud.dispatcher(), log: () => {} },
      ),
  }).finally(() => {
    finished = true;
  });
  await gate.releaseWhenSettled(() => finished);
  const findings = await run;
  cloud.gate = undefined;
  return { findings, waves: gate.waves.filter((w) => w.length > 0) };
}

describe('cost of a healthy run', () => {
  it('without workspace: 13 requests in 3 round trips, none repeated', async () => {
    const { findings, waves } = await measure(undefined);
    expect(buildReport(findings).status).toBe('healthy');
    const all = waves.flat();
    expect(all).toHaveLength(13);
    expect(new Set(all).size).toBe(all.length);
    expect(waves).toHaveLength(3);
    expect(all.filter((r) => r.includes('api.bitbucket.org'))).toHaveLength(9);
    expect(all.filter((r) => r.includes('atlassian.net'))).toHaveLength(4);
  });

  it('with workspace: 13 requests in 2 round trips', async () => {
    const { findings, waves } = await measure('acme');
    expect(buildReport(findings).status).toBe('healthy');
    expect(waves.flat()).toHaveLength(13);
    expect(waves).toHaveLength(2);
  });
});
