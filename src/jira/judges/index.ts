/**
 * The Jira judges, in the order their findings are reported. A site that is missing, renamed or not
 * Atlassian's ends the checks: the judges after the site's see only evidence from a site worth asking.
 */
import type { Finding } from '../../findings.js';
import { type Judge, runJudges } from '../../judge.js';
import { NETWORK_FINDINGS, reachability } from '../../network.js';
import { type JiraEvidence, siteEndsChecks, siteState } from '../evidence.js';
import { account } from './account.js';
import { authentication } from './authentication.js';
import { browseUsers } from './browse-users.js';
import { emailVisibility } from './email-visibility.js';
import { site } from './site.js';
import { tokenExpiry } from './token-expiry.js';

/** Every Jira request, in the order sent. */
function sentTo(evidence: JiraEvidence) {
  return [
    evidence.tenant,
    evidence.myself,
    evidence.permissions,
    ...(evidence.gateway ? [evidence.gateway] : []),
    ...(evidence.emails?.lookup ? [evidence.emails.lookup] : []),
  ];
}

/** Jira's hosts answered; when one did not, one finding names why, and the checks defer to it. */
const reachable: Judge<JiraEvidence> = {
  name: 'Jira answers',
  reports: NETWORK_FINDINGS,
  judge: (evidence) => reachability(sentTo(evidence)),
};

export const jiraJudges: readonly Judge<JiraEvidence>[] = [
  reachable,
  site,
  authentication,
  account,
  browseUsers,
  emailVisibility,
  tokenExpiry,
];

export function judgeJira(evidence: JiraEvidence): Finding[] {
  return runJudges(siteEndsChecks(siteState(evidence)) ? [reachable, site] : jiraJudges, evidence, undefined);
}
