/**
 * The Bitbucket Cloud checks: the token authenticates as a user's API token, the account administers
 * a workspace and a repository, and the token holds each of the seven scopes, proven without
 * changing anything. Gathering sends the requests; the judges turn what came back into findings.
 */
import type { Finding } from '../findings.js';
import type { Integration } from '../structure/document-model.js';
import type { BitbucketOptions } from './bitbucket-evidence.js';
import { type GatherDeps, gatherBitbucket } from './gather-bitbucket.js';
import { judgeBitbucket } from './judges/bitbucket-judges.js';

export type { BitbucketOptions };

export interface BitbucketRun {
  findings: Promise<Finding[]>;
  /** Atlassian account ids of a few workspace members, for the Jira email check. */
  memberAccountIds: Promise<string[]>;
}

export function checkBitbucket(
  integration: Integration,
  options: BitbucketOptions,
  deps: Omit<GatherDeps, 'publishMembers'>,
): BitbucketRun {
  let publishMembers: (ids: string[]) => void = () => {};
  const memberAccountIds = new Promise<string[]>((resolve) => {
    publishMembers = resolve;
  });
  const findings = gatherBitbucket(integration, options, { ...deps, publishMembers })
    .then((evidence) => judgeBitbucket(evidence, options))
    .finally(() => publishMembers([]));
  return { findings, memberAccountIds };
}
