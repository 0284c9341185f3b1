/**
 * A run ends within its budget whatever the network does. Each stall runs through the bundled action
 * and the CLI with `timeout-seconds: 3`; each must end within the budget plus a generous margin (the
 * product's own promise is budget + 2 s), with outputs, the summary and an inconclusive verdict.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, runAction, spawnNode } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, type HostHandler, startCloud } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';
import { leaks } from '../support/leaks.js';
import { hungConnect, type Stall, silentProxy, tunnelToNowhere } from '../support/stalls.js';

const BUDGET_S = 3;
const MARGIN_MS = 5_000;

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

const neverAnswers: HostHandler = { handle: () => new Promise(() => {}) };
const trickles: HostHandler = {
  handle: async (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    for (let i = 0; i < 60 && !res.destroyed; i++) {
      res.write(' ');
      await new Promise((r) => setTimeout(r, 1000));
    }
    res.end('{}');
  },
};

type Scenario = {
  name: string;
  env: () => Promise<{ env: Record<string, string>; stall?: Stall }>;
  proxy: boolean;
};

const through = (start: () => Promise<Stall>) => async () => {
  const stall = await start();
  return { env: { HTTPS_PROXY: stall.url, NODE_EXTRA_CA_CERTS: cloud.caFile }, stall };
};
const answeredBy = (handler: HostHandler) => async () => {
  for (const host of ['api.bitbucket.org', 'api.atlassian.com', '*.atlassian.net'])
    cloud.hosts.set(host, handler);
  return { env: cloud.env() };
};

const scenarios: Scenario[] = [
  { name: 'a proxy silent after accepting', env: through(silentProxy), proxy: true },
  { name: 'a proxy tunnel that forwards nothing', env: through(tunnelToNowhere), proxy: true },
  { name: 'a connect that never completes', env: through(hungConnect), proxy: true },
  { name: 'a TLS server that never sends headers', env: answeredBy(neverAnswers), proxy: true },
  { name: 'a body trickled a byte a second', env: answeredBy(trickles), proxy: true },
];

function restoreHosts() {
  cloud.hosts.set('api.bitbucket.org', cloud.bitbucket);
  cloud.hosts.set('api.atlassian.com', cloud.jira);
  cloud.hosts.set('*.atlassian.net', cloud.jira);
}

describe.each(scenarios)('$name', ({ env: prepare }) => {
  it('ends the action within the budget, inconclusive, with outputs and a summary', async () => {
    const { env, stall } = await prepare();
    try {
      const started = Date.now();
      const run = await runAction({
        inputs: { 'integration-json': validJson, 'timeout-seconds': String(BUDGET_S), 'max-retries': '1' },
        env,
        timeoutMs: 60_000,
      });
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(BUDGET_S * 1000 + MARGIN_MS);
      expect(run.outputs.status).toBe('inconclusive');
      expect(run.summary).toContain('Entitle Bitbucket integration: inconclusive');
      const report = JSON.parse(run.outputs.report as string);
      const messages = report.findings.map((f: { message: string }) => f.message).join('\n');
      expect(messages).toMatch(/No answer from api\.bitbucket\.org|Could not reach api\.bitbucket\.org/);
      expect(leaks(run.everything, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
    } finally {
      await stall?.close();
      restoreHosts();
    }
  });

  it('ends the CLI within the budget', async () => {
    const { env, stall } = await prepare();
    try {
      const started = Date.now();
      const r = await spawnNode(
        [cliEntry, '--timeout-seconds', String(BUDGET_S), '--format', 'json'],
        { PATH: process.env.PATH ?? '', ENTITLE_BITBUCKET_INTEGRATION: validJson, ...env },
        undefined,
        60_000,
      );
      expect(Date.now() - started).toBeLessThan(BUDGET_S * 1000 + MARGIN_MS);
      expect(JSON.parse(r.stdout).status).toBe('inconclusive');
      expect(leaks(`${r.stdout}\n${r.stderr}`, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
    } finally {
      await stall?.close();
      restoreHosts();
    }
  });
});

describe('the proxy is named', () => {
  it('in the finding for a host that did not answer through it', async () => {
    const stall = await silentProxy();
    try {
      const run = await runAction({
        inputs: { 'integration-json': validJson, 'timeout-seconds': '2', 'max-retries': '0' },
        env: { HTTPS_PROXY: stall.url },
      });
      const port = new URL(stall.url).port;
      expect(run.outputs.report).toContain(`through the proxy 127.0.0.1:${port}`);
    } finally {
      await stall.close();
    }
  });

  it('a malformed proxy variable is one inconclusive finding that never shows its value', async () => {
    const run = await runAction({
      inputs: { 'integration-json': validJson },
      env: { HTTPS_PROXY: 'http://user:s3cr3t-pa55@bad host:3128' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('inconclusive');
    const report = JSON.parse(run.outputs.report as string);
    expect(report.findings.filter((f: { id: string }) => f.id === 'network.proxy')).toHaveLength(1);
    expect(run.everything).not.toMatch(/s3cr3t|bad host/);
  });
});
