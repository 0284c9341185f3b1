/**
 * The demo scenarios: real runs of the bundled action against the simulators, whose job summaries are
 * shown in docs/demo/ (and above the fold in the README). `npm run demo` writes them; an end-to-end
 * test (test/e2e/demo.test.ts) fails when they no longer match what the action writes.
 */
import { runAction } from './action.js';
import { ALL_SEVEN, defaultBitbucketState } from './bitbucket-sim.js';
import type { Cloud } from './cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validDocument, validJson } from './documents.js';
import { defaultJiraSites } from './jira-sim.js';

/**
 * Each random {uuid} becomes {00000000-0000-4000-8000-00000000000n}, numbered in order of appearance,
 * and the test proxy's random port a fixed proxy address.
 */
export function stableIds(text: string): string {
  const seen = new Map<string, string>();
  return text
    .replace(/\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}/g, (id) => {
      if (!seen.has(id)) seen.set(id, `{00000000-0000-4000-8000-${String(seen.size + 1).padStart(12, '0')}}`);
      return seen.get(id) as string;
    })
    .replace(/127\.0\.0\.1:\d+/g, 'proxy.internal:3128');
}

export interface DemoScenario {
  name: string;
  json: string;
  setup: (cloud: Cloud) => void;
  /** Drawn as a PNG for the README. */
  picture: boolean;
}

export const demoScenarios: DemoScenario[] = [
  { name: 'healthy', json: validJson, setup: () => {}, picture: true },
  {
    name: 'missing-scope',
    json: validJson,
    setup: (cloud) => {
      const state = defaultBitbucketState(FAKE_TOKEN);
      (state.tokens[0] as { scopes: string[] }).scopes = ALL_SEVEN.filter(
        (s) => s !== 'delete:permission:bitbucket',
      );
      cloud.bitbucket.reset(state);
    },
    picture: true,
  },
  {
    name: 'bad-jira-site',
    json: JSON.stringify({
      ...validDocument,
      jira_credentials: { ...validDocument.jira_credentials, url: 'https://no-such-site.atlassian.net' },
    }),
    setup: () => {},
    picture: false,
  },
  {
    name: 'network-down',
    json: validJson,
    setup: (cloud) => {
      cloud.bitbucket.fault = () => 'reset';
    },
    picture: false,
  },
];

/** A scenario's job summary, with its random ids and the proxy's port made stable. */
export async function demoSummary(
  cloud: Cloud,
  scenario: DemoScenario,
): Promise<{ summary: string; status: string }> {
  cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
  cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
  scenario.setup(cloud);
  const run = await runAction({
    inputs: { 'integration-json': scenario.json, 'max-retries': '0', 'timeout-seconds': '20' },
    env: cloud.env(),
  });
  // The probes' ids are random on every run; numbered stand-ins keep a second run's output identical.
  return { summary: stableIds(run.summary), status: run.outputs.status ?? '' };
}
