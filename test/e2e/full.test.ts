/** The bundled action in full mode with Bitbucket and Jira, through the test proxy and CA. */

import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, workflowCommands } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validDocument, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';
import { leaks } from '../support/leaks.js';
import { BITBUCKET_REQUESTS, JIRA_REQUESTS } from '../support/plan-counts.js';

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

function fresh() {
  cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
  cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
}

const run = (json: string, inputs: Record<string, string> = {}) =>
  runAction({ inputs: { 'integration-json': json, ...inputs }, env: cloud.env() });
const report = (outputs: Record<string, string>) => JSON.parse(outputs.report as string);

describe('a full run with Bitbucket and Jira', () => {
  it('ends healthy when both are healthy, leaking nothing', async () => {
    fresh();
    const result = await run(validJson);
    expect(result.stderr).toBe('');
    expect(result.outputs.status).toBe('healthy');
    expect(result.code).toBe(0);
    expect(report(result.outputs).sections).toEqual({
      structure: 'healthy',
      bitbucket: 'healthy',
      jira: 'healthy',
    });
    expect(result.summary).toContain('### Jira Cloud: ✅ healthy');
    expect(leaks(result.everything, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
  });

  it('with debug logging on, prints the options and each request as ::debug:: lines, never a secret', async () => {
    fresh();
    const result = await runAction({
      inputs: { 'integration-json': validJson },
      env: { ...cloud.env(), RUNNER_DEBUG: '1' },
    });
    const debug = result.stdout.split('\n').filter((l) => l.startsWith('::debug::'));
    expect(debug[0]).toMatch(/^::debug::Options: \{"failOn":"error","ifMissing":"fail","mode":"full",/);
    expect(debug.some((l) => /^::debug::GET api\.bitbucket\.org\/2\.0\/user → 403 \(\d+ ms\)$/.test(l))).toBe(
      true,
    );
    expect(debug.filter((l) => l.includes(' → '))).toHaveLength(BITBUCKET_REQUESTS + JIRA_REQUESTS);
    expect(leaks(result.everything, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
    const quiet = await run(validJson);
    expect(quiet.stdout).not.toContain('::debug::');
  });

  it('one network fault gives one annotation per host that names the cause, and no token advice', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const result = await runAction({
      inputs: { 'integration-json': validJson, 'max-retries': '0' },
      env: { HTTPS_PROXY: `http://127.0.0.1:${closed}`, NODE_EXTRA_CA_CERTS: cloud.caFile },
    });
    const annotations = workflowCommands(result.stdout).filter((c) =>
      ['error', 'warning', 'notice'].includes(c.command),
    );
    const warnings = annotations.filter((c) => c.command === 'warning');
    expect(warnings).toHaveLength(2);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/api\.bitbucket\.org/);
    expect(annotations.some((a) => /bitbucket\.scope|API token/.test(a.message))).toBe(false);
    expect(result.summary).toContain('⏭️ not checked');
    expect(result.outputs.status).toBe('inconclusive');
  });

  it('keeps the Bitbucket verdict when only Jira fails', async () => {
    fresh();
    const wrongKey = JSON.stringify({
      ...validDocument,
      jira_credentials: { ...validDocument.jira_credentials, key: 'ATATT3xFfGF0WrongJiraKey00000000000' },
    });
    const result = await run(wrongKey);
    expect(result.outputs.status).toBe('unhealthy');
    expect(report(result.outputs).sections).toMatchObject({ bitbucket: 'healthy', jira: 'unhealthy' });
    expect(result.summary).toContain('### Bitbucket Cloud: ✅ healthy');
  });

  it('runs Bitbucket even when jira_credentials has structure errors', async () => {
    fresh();
    const broken = JSON.stringify({
      ...validDocument,
      jira_credentials: { ...validDocument.jira_credentials, url: 'http://x.atlassian.net' },
    });
    const result = await run(broken);
    expect(report(result.outputs).sections).toMatchObject({ bitbucket: 'healthy' });
    expect(cloud.jira.requests).toEqual([]);
  });

  describe('the jira input', () => {
    const withoutJira = JSON.stringify({ email: validDocument.email, app_token: FAKE_TOKEN });
    it('auto: no Jira section when jira_credentials is absent; the summary says it is not configured', async () => {
      fresh();
      const result = await run(withoutJira);
      expect(result.outputs.status).toBe('healthy');
      expect(result.stdout).not.toMatch(/::notice title=Jira/);
      expect(result.summary).toContain('**Jira Cloud:** not configured');
      expect(result.outputs['jira-status']).toBe('skipped');
    });
    it('required: an error when absent', async () => {
      fresh();
      const result = await run(withoutJira, { jira: 'required' });
      expect(result.outputs.status).toBe('unhealthy');
      expect(result.code).toBe(1);
    });
    it('skip: no request to Jira', async () => {
      fresh();
      const result = await run(validJson, { jira: 'skip' });
      expect(result.outputs.status).toBe('healthy');
      expect(cloud.jira.requests).toEqual([]);
    });
  });
});
