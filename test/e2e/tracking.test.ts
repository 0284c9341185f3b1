/** The tracking issue, run through the bundled action against a local fake of the GitHub API. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TRACKING_MARKER } from '../../src/action/tracking-issue.js';
import { runAction, workflowCommands } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { entitlePublishedExample, FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { type GitHubFake, startGitHubFake } from '../support/github-fake.js';
import { defaultJiraSites } from '../support/jira-sim.js';

let github: GitHubFake;
let cloud: Cloud;
beforeAll(async () => {
  github = await startGitHubFake();
  // Only a full run can be healthy: the healthy runs check against the simulators.
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await github.close();
  await cloud.close();
});
beforeEach(() => {
  github.issues.length = 0;
  github.requests.length = 0;
  github.readOnlyTokens.clear();
  github.logins.clear();
  github.appBots.clear();
  github.userFaults = 0;
});

const run = (json: string, options: { token?: string; event?: string } = {}) =>
  runAction({
    inputs: {
      'integration-json': json,
      mode: json === validJson ? 'full' : 'offline',
      'tracking-issue': 'true',
      'github-token': options.token ?? 'token-1',
    },
    eventName: options.event ?? 'schedule',
    env: {
      ...cloud.env(),
      NO_PROXY: new URL(github.url).hostname,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'org/repo',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
    },
  });

describe('tracking issue', () => {
  it('opens one issue, updates it on later unhealthy runs, closes it when healthy again', async () => {
    await run(entitlePublishedExample);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]?.body).toContain(TRACKING_MARKER);
    expect(github.issues[0]?.body).toContain('closing brace `}` is missing');
    expect(github.issues[0]?.body).toContain('https://github.com/org/repo/actions/runs/42');

    await run(entitlePublishedExample);
    expect(github.issues).toHaveLength(1);

    const healthy = await run(validJson);
    expect(healthy.code).toBe(0);
    expect(github.issues[0]?.state).toBe('closed');
    expect(github.issues[0]?.comments[0]).toMatch(/healthy again/);

    github.requests.length = 0;
    await run(validJson);
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('labels the issue it opens, and finds it again by label and author', async () => {
    await run(entitlePublishedExample);
    expect(github.issues[0]).toMatchObject({
      author: 'github-actions[bot]',
      labels: ['entitle-bitbucket-check'],
    });
    const list = github.requests.find((r) => r.method === 'GET' && r.path.endsWith('/issues'));
    expect(list).toBeDefined();
  });

  it("never edits, comments on or closes an outsider's issue that carries the marker and the label", async () => {
    const outsider = {
      number: 1,
      title: 'Entitle Bitbucket integration is unhealthy',
      body: `${TRACKING_MARKER}\nplease click here`,
      state: 'open' as const,
      comments: [],
      author: 'mallory',
      labels: ['entitle-bitbucket-check'],
    };
    github.issues.push({ ...outsider, comments: [] });
    await run(entitlePublishedExample);
    expect(github.issues).toHaveLength(2);
    expect(github.issues[0]).toMatchObject({ body: outsider.body, state: 'open', comments: [] });
    expect(github.issues[1]?.author).toBe('github-actions[bot]');
    await run(validJson);
    expect(github.issues[0]).toMatchObject({ body: outsider.body, state: 'open', comments: [] });
    expect(github.issues[1]?.state).toBe('closed');
  });

  it('acts as the account of a personal token, found through GET /user', async () => {
    github.logins.set('pat-1', 'ops-bot');
    await run(entitlePublishedExample, { token: 'pat-1' });
    expect(github.issues[0]?.author).toBe('ops-bot');
    await run(entitlePublishedExample, { token: 'pat-1' });
    expect(github.issues).toHaveLength(1);
  });

  it("acts as a GitHub App's bot with its installation token: one issue, updated, then closed", async () => {
    github.appBots.set('app-token', 'entitle-checker[bot]');
    await run(entitlePublishedExample, { token: 'app-token' });
    await run(entitlePublishedExample, { token: 'app-token' });
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]?.author).toBe('entitle-checker[bot]');
    await run(validJson, { token: 'app-token' });
    expect(github.issues[0]?.state).toBe('closed');
  });

  it('tries GET /user once more after a transient fault, and opens no duplicate', async () => {
    github.logins.set('pat-1', 'ops-bot');
    await run(entitlePublishedExample, { token: 'pat-1' });
    github.userFaults = 1;
    await run(entitlePublishedExample, { token: 'pat-1' });
    expect(github.issues).toHaveLength(1);
  });

  it('skips the issue with a warning, never a guess, when GET /user keeps failing', async () => {
    github.logins.set('pat-1', 'ops-bot');
    github.userFaults = 2;
    const result = await run(entitlePublishedExample, { token: 'pat-1' });
    expect(github.issues).toEqual([]);
    const warning = workflowCommands(result.stdout).find((c) => c.properties === 'title=Tracking issue');
    expect(warning?.message).toMatch(/the GitHub API answered HTTP 502/);
  });

  it('leaves other issues alone', async () => {
    github.issues.push({
      number: 1,
      title: 'Unrelated',
      body: 'something else',
      state: 'open',
      comments: [],
    });
    await run(entitlePublishedExample);
    expect(github.issues).toHaveLength(2);
    expect(github.issues[0]?.body).toBe('something else');
  });

  it('warns, with the permissions block, when the token cannot write issues', async () => {
    github.readOnlyTokens.add('read-only');
    const result = await run(entitlePublishedExample, { token: 'read-only' });
    const warning = workflowCommands(result.stdout).find(
      (c) => c.command === 'warning' && c.properties.includes('Tracking'),
    );
    expect(warning?.message).toMatch(/HTTP 403/);
    expect(warning?.message).toContain('issues: write');
    // The verdict is the credentials' alone.
    expect(result.outputs.status).toBe('unhealthy');
  });

  it('never touches issues on pull_request events', async () => {
    await run(entitlePublishedExample, { event: 'pull_request' });
    expect(github.requests).toEqual([]);
  });
});
