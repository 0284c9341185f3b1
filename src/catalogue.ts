/**
 * Every finding the action can report, assembled from the words each part declares beside the code
 * that reports them: the run's, the document's, the network's, the tracking issue's, and each
 * registered judge's. The troubleshooting page is generated from it, so the documentation and the
 * code cannot drift apart. Not loaded by a run: findings carry their own words.
 */
import { BITBUCKET_WORDS } from './bitbucket/bitbucket-words.js';
import { bitbucketJudges } from './bitbucket/judges/bitbucket-judges.js';
import type { FindingMeta, FindingWords } from './findings.js';
import { JIRA_WORDS } from './jira/jira-words.js';
import { jiraJudges } from './jira/judges/jira-judges.js';
import { NETWORK_WORDS } from './net/network-words.js';
import { orgTokens } from './organization/org-tokens-judge.js';
import { PROOF_WORDS } from './proof/quick-check.js';
import { TRACKING_WORDS } from './report/tracking-words.js';
import { RUN_WORDS } from './run/run-words.js';
import { STRUCTURE_WORDS } from './structure/check-structure.js';

const parts: readonly FindingWords[] = [
  RUN_WORDS,
  STRUCTURE_WORDS,
  NETWORK_WORDS,
  BITBUCKET_WORDS,
  ...bitbucketJudges.map((j) => j.words),
  JIRA_WORDS,
  ...jiraJudges.map((j) => j.words),
  orgTokens.words,
  PROOF_WORDS,
  TRACKING_WORDS,
];

/** Each id once: two parts that declared the same id would be a bug, caught here. */
function assemble(): Readonly<Record<string, FindingMeta>> {
  const all: Record<string, FindingMeta> = {};
  for (const words of parts) {
    for (const [id, meta] of Object.entries(words)) {
      if (Object.hasOwn(all, id)) throw new Error(`finding ${id} is declared twice`);
      all[id] = meta;
    }
  }
  return Object.freeze(all);
}

export const catalogue = assemble();
