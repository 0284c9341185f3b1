/**
 * The global permission Browse users and groups (USER_PICKER). A failing login reason on this request
 * makes any status an authentication failure: Jira answered as for an anonymous user.
 */
import { z } from 'zod';
import { type Finding, finding } from '../../findings.js';
import { jsonBody } from '../../http.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../network.js';
import { authState, failedLogin, type JiraEvidence, lineOf } from '../evidence.js';

const permissionsSchema = z.object({
  permissions: z.object({ USER_PICKER: z.object({ havePermission: z.boolean() }) }),
});

function judgeBrowseUsers(evidence: JiraEvidence): Finding[] {
  if (authState(evidence) !== 'authenticated') return [];
  const { outcome } = evidence.permissions;
  const init = { evidence: [lineOf(evidence.permissions)] };
  if (failedLogin(outcome)) {
    return [
      finding(
        'jira.auth',
        'error',
        'Jira rejected the credentials on the permissions request (it answered as for an anonymous user).',
        { ...init, subject: 'jira_credentials.key' },
      ),
    ];
  }
  const havePermission = jsonBody(outcome, permissionsSchema)?.permissions.USER_PICKER.havePermission;
  if (havePermission === true) {
    return [
      finding(
        'jira.browse_users',
        'pass',
        'The account has the global permission Browse users and groups.',
        init,
      ),
    ];
  }
  if (havePermission === false) {
    // Reading users by account id needs only access to Jira; the email sample says whether it works.
    return [
      finding(
        'jira.browse_users',
        'notice',
        'The account lacks the global permission Browse users and groups. Reading users by account id does not need it; the email check below shows what Entitle can read.',
        init,
      ),
    ];
  }

  const fallback = 'Could not read the account’s global permissions.';
  return [
    cannotJudge('jira.browse_users', evidence.permissions, {
      ...init,
      fix: 'Run again.',
      fallback,
    }) as Finding,
  ];
}

export const browseUsers: Judge<JiraEvidence> = {
  name: 'The account may browse users and groups',
  reports: ['jira.browse_users', 'jira.auth'],
  judge: judgeBrowseUsers,
};
