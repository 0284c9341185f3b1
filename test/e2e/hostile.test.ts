/**
 * Hostile neighbours, through the bundled action: what servers send back is never trusted as text,
 * a link or a path, and credentials are masked however they come back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, runAction, spawnNode, workflowCommands } from '../support/action.js';
import {
  type BitbucketSimulator,
  type BitbucketState,
  defaultBitbucketState,
} from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites, JIRA_HOST, type JiraSite } from '../support/jira-sim.js';
import { leaks } from '../support/leaks.js';
import { enterWorld } from '../support/scenarios.js';

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

function world(
  bitbucket?: (sim: BitbucketSimulator, state: BitbucketState) => void,
  jira?: (site: JiraSite) => void,
) {
  enterWorld(cloud, { ...(bitbucket ? { bitbucket } : {}), ...(jira ? { jira } : {}) });
}

const run = (inputs: Record<string, string> = {}) =>
  runAction({ inputs: { 'integration-json': validJson, ...inputs }, env: cloud.env() });
const report = (outputs: Record<string, string>) =>
  JSON.parse(outputs.report as string) as {
    status: string;
    findings: { id: string; severity: string; message: string; fix?: string }[];
  };

describe('credentials echoed back in other forms', () => {
  it.each([
    ['lower case', (_auth: string) => `token ${FAKE_TOKEN.toLowerCase()} refused`],
    ['upper case', (_auth: string) => `TOKEN ${FAKE_TOKEN.toUpperCase()} REFUSED`],
    ['URL-encoded', (_auth: string) => `token=${encodeURIComponent(FAKE_TOKEN)}`],
    ['inside the Basic header', (auth: string) => `you sent ${auth}`],
  ])('never show, %s, in a quoted Bitbucket message', async (_, message) => {
    world((sim) => {
      sim.refusal = (_method, path) => (path.endsWith('/branch-restrictions') ? 'other' : undefined);
      sim.otherRefusalMessage = message;
    });
    const result = await run();
    const refused = report(result.outputs).findings.find((f) => f.id === 'bitbucket.refused');
    expect(refused?.message).toContain('***');
    expect(leaks(result.everything, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
  });
});

describe('server-given URLs', () => {
  it('a CAPTCHA login-url is shown as the site origin only, never its path', async () => {
    const path = `/login.jsp?next=${Buffer.from(`integration@example.com:${FAKE_JIRA_KEY}`).toString('base64')}`;
    world(undefined, (site) => {
      site.captcha = ['integration@example.com'];
      site.captchaLoginUrl = `https://${JIRA_HOST}${path}`;
    });
    const result = await run();
    const captcha = report(result.outputs).findings.find((f) => f.id === 'jira.captcha');
    expect(captcha?.fix).toContain(`at https://${JIRA_HOST} and solve`);
    expect(result.everything).not.toContain('login.jsp');
    expect(leaks(result.everything, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
  });

  it('a redirect to another host is "another host", named nowhere and linked nowhere', async () => {
    world(undefined, (site) => {
      site.renamedTo = 'https://evil.example.com';
    });
    const result = await run();
    const siteFinding = report(result.outputs).findings.find((f) => f.id === 'jira.site');
    expect(siteFinding?.message).toMatch(/redirected to another host/);
    expect(result.everything).not.toContain('evil.example.com');
  });
});

describe('identifiers from servers', () => {
  it('a repository slug `..` never enters a path: inconclusive, and no write or delete is sent', async () => {
    world((_sim, state) => {
      const workspace = state.workspaces[0] as BitbucketState['workspaces'][number];
      for (const repository of workspace.repositories) repository.slug = '..';
    });
    const result = await run();
    const repository = report(result.outputs).findings.find((f) => f.id === 'bitbucket.repository');
    expect(repository?.severity).toBe('inconclusive');
    expect(cloud.bitbucket.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(cloud.bitbucket.requests.some((r) => r.path.includes('/..'))).toBe(false);
    expect(result.outputs.status).not.toBe('healthy');
  });

  it('the workspace input refuses dot segments', async () => {
    world();
    const result = await run({ workspace: '..' });
    expect(report(result.outputs).findings[0]).toMatchObject({ id: 'input.invalid' });
    expect(cloud.bitbucket.requests).toEqual([]);
  });
});

describe('masking before input problems', () => {
  it('masks each credential, not only the whole document, when an input is invalid', async () => {
    const result = await run({ mode: 'Offline2' });
    const masks = workflowCommands(result.stdout)
      .filter((c) => c.command === 'add-mask')
      .map((c) => c.message);
    expect(masks).toContain(FAKE_TOKEN);
    expect(masks).toContain(FAKE_JIRA_KEY);
    const firstAnnotation = result.stdout.indexOf('::error');
    expect(result.stdout.indexOf(`::add-mask::${FAKE_TOKEN}`)).toBeLessThan(firstAnnotation);
  });
});

describe('the CLI', () => {
  it('strips C1 controls such as the one-byte CSI from text a server sent', async () => {
    world((sim) => {
      sim.refusal = (_method, path) => (path.endsWith('/branch-restrictions') ? 'other' : undefined);
      sim.otherRefusalMessage = () => 'evil \u009b31m red \u001b[2J clear \u202e reversed';
    });
    const r = await spawnNode([cliEntry], {
      PATH: process.env.PATH ?? '',
      ENTITLE_BITBUCKET_INTEGRATION: validJson,
      ...cloud.env(),
    });
    // Dropped where the server text is quoted; never passed to the terminal.
    expect(r.stdout).toContain('“evil 31m red [2J clear reversed”');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u001b\u202e]/);
  });
});
