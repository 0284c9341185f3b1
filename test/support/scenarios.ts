/** The scenarios of the end-to-end matrix, each a change to the simulators' worlds; shared by tests and scripts. */
import {
  ALL_SEVEN,
  type BitbucketSimulator,
  type BitbucketState,
  defaultBitbucketState,
} from './bitbucket-sim.js';
import type { Cloud } from './cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validDocument } from './documents.js';
import { defaultJiraSites, type JiraSite } from './jira-sim.js';

export interface Scenario {
  name: string;
  json?: string;
  inputs?: Record<string, string>;
  bitbucket?: (sim: BitbucketSimulator, state: BitbucketState) => void;
  jira?: (site: JiraSite) => void;
}

type Token = { scopes: string[]; kind: string; credentialType?: string };
const token = (s: BitbucketState) => s.tokens[0] as Token;
const refuse = (suffix: string, kind: 'two-step') => (sim: BitbucketSimulator) => {
  sim.refusal = (_method, path) => (path.endsWith(suffix) ? kind : undefined);
};

export const scenarios: Scenario[] = [
  { name: 'healthy' },
  { name: 'healthy, workspace named', inputs: { workspace: 'acme' } },
  {
    name: 'a missing scope',
    bitbucket: (_, s) =>
      Object.assign(token(s), { scopes: ALL_SEVEN.filter((x) => !x.startsWith('delete')) }),
  },
  { name: 'no scope at all', bitbucket: (_, s) => Object.assign(token(s), { scopes: [] }) },
  { name: 'an expired token', bitbucket: (_, s) => Object.assign(token(s), { kind: 'expired' }) },
  {
    name: 'an access token',
    bitbucket: (_, s) => Object.assign(token(s), { credentialType: 'repo_access_token' }),
  },
  {
    name: 'no administered repository',
    bitbucket: (_, s) => {
      for (const w of s.workspaces) w.repositories = [];
    },
  },
  {
    name: 'an IP allowlist',
    bitbucket: (_, s) => {
      for (const w of s.workspaces) w.ipAllowlisted = true;
    },
  },
  {
    name: 'a 503 everywhere',
    inputs: { 'max-retries': '0' },
    bitbucket: (sim) => Object.assign(sim, { fault: () => 503 }),
  },
  { name: 'a write that succeeds', bitbucket: (sim) => Object.assign(sim, { writesSucceed: true }) },
  { name: 'two-step verification', bitbucket: refuse('/branch-restrictions', 'two-step') },
  {
    name: 'Jira: a wrong key',
    json: JSON.stringify({
      ...validDocument,
      jira_credentials: { ...validDocument.jira_credentials, key: 'ATATT3xFfGF0WrongJiraKey00000000000' },
    }),
  },
  {
    name: 'Jira: a scoped token',
    jira: (site) => Object.assign(site.tokens[0] as object, { kind: 'scoped' }),
  },
  { name: 'Jira: removed from the site', jira: (site) => Object.assign(site, { jiraRemoved: true }) },
  { name: 'Jira: no Browse users', jira: (site) => Object.assign(site, { userPicker: [] }) },
];

/** The changes a scenario makes to the simulators' default worlds. */
export type WorldChange = Pick<Scenario, 'bitbucket' | 'jira'>;

/** Resets both simulators to their default worlds, then applies the scenario's changes. */
export function enterWorld(cloud: Cloud, change: WorldChange = {}): void {
  const state = defaultBitbucketState(FAKE_TOKEN);
  cloud.bitbucket.reset(state);
  change.bitbucket?.(cloud.bitbucket, state);
  const sites = defaultJiraSites(FAKE_JIRA_KEY);
  change.jira?.(sites[0] as JiraSite);
  cloud.jira.reset(sites);
}
