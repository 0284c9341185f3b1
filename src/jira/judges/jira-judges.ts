/**
 * The Jira judges, in the order their findings are reported. A site that is missing, renamed or not
 * Atlassian's ends the checks: the judges after the site's see only evidence from a site worth asking.
 */
import type { Finding } from '../../findings.js';
import { type Judge, runJudges } from '../../judge.js';
import { NETWORK_CAUSES, reachability } from '../../net/faults.js';
import { type JiraEvidence, type JiraOptions, sentTo, siteEndsChecks, siteState } from '../jira-evidence.js';
import { account } from './account.js';
import { browseUsers } from './browse-users.js';
import { emailVisibility } from './email-visibility.js';
import { authentication } from './jira-auth.js';
import { site } from './site.js';
import { tokenExpiry } from './token-expiry-jira.js';

/** Jira's hosts answered; when one did not, one finding names why, and the checks defer to it. */
const reachable: Judge<JiraEvidence, JiraOptions> = {
  name: 'Jira answers',
  // The network findings' words are the network's own (src/net/network-words.ts).
  words: {},
  reports: NETWORK_CAUSES,
  judge: (evidence) => reachability(sentTo(evidence)),
};

export const jiraJudges: readonly Judge<JiraEvidence, JiraOptions>[] = [
  reachable,
  site,
  authentication,
  account,
  browseUsers,
  emailVisibility,
  tokenExpiry,
];

export function judgeJira(evidence: JiraEvidence, options: JiraOptions): Finding[] {
  return runJudges(siteEndsChecks(siteState(evidence)) ? [reachable, site] : jiraJudges, evidence, options);
}
