/**
 * The simulated world of an end-to-end test file: the cloud started once, and Bitbucket, Jira and the
 * admin API reset to the default healthy state before each test. Also the day `offset` days from today.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { TEST_NOW } from './action.js';
import { defaultBitbucketState } from './bitbucket-sim.js';
import { type Cloud, startCloud } from './cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN } from './documents.js';
import { type GitHubFake, startGitHubFake } from './github-fake.js';
import { defaultJiraSites } from './jira-sim.js';

/** Registers the hooks; the returned function gives the running cloud. */
export function useHealthyCloud(): () => Cloud {
  let cloud: Cloud | undefined;
  beforeAll(async () => {
    cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
  });
  afterAll(async () => {
    await cloud?.close();
  });
  beforeEach(() => {
    cloud?.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
    cloud?.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
  });
  return () => cloud as Cloud;
}

/** A fake of the GitHub API for the file, with no issues and no fault before each test. */
export function useGitHubFake(): () => GitHubFake {
  let github: GitHubFake | undefined;
  beforeAll(async () => {
    github = await startGitHubFake();
  });
  afterAll(async () => {
    await github?.close();
  });
  beforeEach(() => {
    if (!github) return;
    github.failWith = undefined;
    github.issues.length = 0;
  });
  return () => github as GitHubFake;
}

/** The day `offset` days from the tests' one clock (UTC), as YYYY-MM-DD: every run is given that clock. */
export function day(offset: number): string {
  const now = TEST_NOW;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);
}
