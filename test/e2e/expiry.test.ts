/**
 * Recorded expiry dates, through the bundled action against the simulators: a warning weeks ahead, the
 * date when it is further off, a passed date held against what the services answer, the output, the
 * summary's line when nothing is recorded, the input check, the CLI's flags and the tracking issue.
 * Dates are computed from the run's clock, today (UTC).
 */
import { describe, expect, it } from 'vitest';
import { cliEntry, runAction, spawnNode, workflowCommands } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';
import { day, useGitHubFake, useHealthyCloud } from '../support/world.js';

const world = useHealthyCloud();
const gitHub = useGitHubFake();

const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({ inputs: { 'integration-json': validJson, ...inputs }, env: { ...world().env(), ...env } });
const annotations = (stdout: string) =>
  workflowCommands(stdout).filter((c) => ['error', 'warning', 'notice'].includes(c.command));
/** The annotations about an expiry (a healthy run may carry other notices, such as email visibility). */
const aboutExpiry = (stdout: string) => annotations(stdout).filter((c) => /expir/i.test(c.message));
const report = (outputs: Record<string, string>) => JSON.parse(outputs.report as string);

describe('a recorded expiry', () => {
  it('further off than the window: healthy, no annotation, the date in the summary', async () => {
    const result = await run({ 'token-expires-on': day(92) });
    expect(result.outputs.status).toBe('healthy');
    expect(result.outputs['expires-in-days']).toBe('92');
    expect(aboutExpiry(result.stdout)).toEqual([]);
    expect(result.summary).toContain(`app_token expires on ${day(92)} (in 92 days).`);
    expect(result.summary).toContain('the nearest recorded expiry is in 92 days');
  });

  it('inside the window: one warning with the date, the days left and the replacement, and degraded', async () => {
    const result = await run({ 'token-expires-on': day(10), 'expiry-warning-days': '14' });
    expect(result.outputs.status).toBe('degraded');
    expect(result.code).toBe(0);
    const warnings = aboutExpiry(result.stdout);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.command).toBe('warning');
    expect(warnings[0]?.message).toContain(`app_token expires on ${day(10)} (in 10 days)`);
    expect(warnings[0]?.message).toMatch(/id\.atlassian\.com\/manage-profile\/security\/api-tokens/);
    expect(warnings[0]?.message).toMatch(/the seven scopes Entitle needs/);
    expect(warnings[0]?.message).toMatch(/repository secret and in Entitle/);
  });

  it('passed, and Bitbucket rejects the token: the authentication fix leads with the date', async () => {
    const state = defaultBitbucketState(FAKE_TOKEN);
    state.tokens = [];
    world().bitbucket.reset(state);
    const result = await run({ 'token-expires-on': day(-2) });
    expect(result.outputs.status).toBe('unhealthy');
    const auth = report(result.outputs).findings.find((f: { id: string }) => f.id === 'bitbucket.auth');
    expect(auth.fix).toMatch(new RegExp(`^The token expired on ${day(-2)}`));
    // One cause, one fix: no second finding for the expiry.
    expect(
      report(result.outputs).findings.some((f: { id: string }) => f.id === 'bitbucket.token_expiry'),
    ).toBe(false);
    expect(result.outputs['expires-in-days']).toBe('-2');
  });

  it('passed, yet the token works: a warning that the recorded date is wrong', async () => {
    const result = await run({ 'token-expires-on': day(-1) });
    expect(result.outputs.status).toBe('degraded');
    const [warning] = aboutExpiry(result.stdout);
    expect(warning?.message).toMatch(/recorded date is wrong/);
    expect(warning?.message).toMatch(/`token-expires-on`/);
  });

  it('for the Jira key too, and the output is the fewest days left', async () => {
    const result = await run({ 'token-expires-on': day(200), 'jira-key-expires-on': day(5) });
    expect(result.outputs['expires-in-days']).toBe('5');
    const [warning] = aboutExpiry(result.stdout);
    expect(warning?.message).toContain(`jira_credentials.key expires on ${day(5)} (in 5 days)`);
    expect(report(result.outputs).sections).toMatchObject({ bitbucket: 'healthy', jira: 'degraded' });
  });

  it('passed for a Jira key that Jira rejects: the Jira authentication fix leads with the date', async () => {
    const sites = defaultJiraSites(FAKE_JIRA_KEY);
    for (const site of sites) site.tokens = [];
    world().jira.reset(sites);
    const result = await run({ 'jira-key-expires-on': day(-30) });
    const auth = report(result.outputs).findings.find((f: { id: string }) => f.id === 'jira.auth');
    expect(auth.fix).toMatch(new RegExp(`^The key expired on ${day(-30)}`));
  });
});

describe('no recorded expiry', () => {
  it('is one line in the summary on how to record it, and no annotation', async () => {
    const result = await run({});
    expect(result.outputs.status).toBe('healthy');
    expect(result.outputs['expires-in-days']).toBe('');
    expect(aboutExpiry(result.stdout)).toEqual([]);
    expect(result.summary).toMatch(/\*\*Token expiry\*\* is not recorded: set `token-expires-on`/);
  });
});

describe('an expiry input that is not a date', () => {
  it.each(['31/02/2027', '2027-02-31'])('%s is an input error naming the input', async (value) => {
    const result = await run({ 'token-expires-on': value });
    expect(result.code).toBe(1);
    const [error] = annotations(result.stdout);
    expect(error?.command).toBe('error');
    expect(error?.message).toMatch(/^`token-expires-on` is not a calendar day written YYYY-MM-DD/);
  });
});

describe('the CLI', () => {
  it('takes the same dates as flags', async () => {
    const result = await spawnNode([cliEntry, '--format', 'json', '--token-expires-on', day(3)], {
      ...world().env(),
      ENTITLE_BITBUCKET_INTEGRATION: validJson,
    });
    const json = JSON.parse(result.stdout);
    expect(json.expiresInDays).toBe(3);
    expect(json.status).toBe('degraded');
    const warning = json.findings.find((f: { id: string }) => f.id === 'bitbucket.token_expiry');
    expect(warning.fix).toMatch(/set `--token-expires-on` to its new expiry/);
  });
});

describe('the tracking issue', () => {
  const tracked = (inputs: Record<string, string>) =>
    runAction({
      inputs: {
        'integration-json': validJson,
        'tracking-issue': 'true',
        'github-token': 'token-1',
        ...inputs,
      },
      eventName: 'schedule',
      env: {
        ...world().env(),
        NO_PROXY: new URL(gitHub().url).hostname,
        GITHUB_API_URL: gitHub().url,
        GITHUB_REPOSITORY: 'org/repo',
      },
    });

  it('opens weeks before the expiry, and closes once the new date is beyond the window', async () => {
    await tracked({ 'token-expires-on': day(20) });
    expect(gitHub().issues).toHaveLength(1);
    expect(gitHub().issues[0]).toMatchObject({
      state: 'open',
      title: 'Entitle Bitbucket credentials expire soon',
    });
    await tracked({ 'token-expires-on': day(19) });
    expect(gitHub().issues).toHaveLength(1);
    await tracked({ 'token-expires-on': day(365) });
    expect(gitHub().issues[0]?.state).toBe('closed');
  });
});
