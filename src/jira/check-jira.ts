/**
 * The Jira Cloud checks for the optional jira_credentials, which Entitle uses only to read the email
 * addresses Bitbucket hides. Gathering sends the requests; the judges turn what came back into
 * findings.
 */
import type { Finding } from '../findings.js';
import type { JiraCredentials } from '../structure/document-model.js';
import { gatherJira, type JiraDeps } from './gather-jira.js';
import type { JiraOptions } from './jira-evidence.js';
import { judgeJira } from './judges/jira-judges.js';

export type { JiraDeps };

export async function checkJira(
  credentials: JiraCredentials,
  deps: JiraDeps,
  options: JiraOptions = {},
): Promise<Finding[]> {
  return judgeJira(await gatherJira(credentials, deps), options);
}
