/**
 * The Jira judges, in the order their findings are reported. A site that is missing, renamed or not
 * Atlassian's ends the checks: the judges after the site's see only evidence from a site worth asking.
 */
import type { Finding } from '../../findings.js';
import { type Judge, runJudges } from '../../judge.js';
import { type JiraEvidence, siteEndsChecks, siteState } from '../evidence.js';
import { account } from './account.js';
import { authentication } from './authentication.js';
import { browseUsers } from './browse-users.js';
import { emailVisibility } from './email-visibility.js';
import { site } from './site.js';
import { tokenExpiry } from './token-expiry.js';

export const jiraJudges: readonly Judge<JiraEvidence>[] = [
  site,
  authentication,
  account,
  browseUsers,
  emailVisibility,
  tokenExpiry,
];

export function judgeJira(evidence: JiraEvidence): Finding[] {
  return runJudges(siteEndsChecks(siteState(evidence)) ? [site] : jiraJudges, evidence, undefined);
}
