/**
 * The global permission Browse users and groups (USER_PICKER). A failing login reason on this request
 * makes any status an authentication failure: Jira answered as for an anonymous user.
 */
import { defineFindings, type Finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../net/faults.js';
import { authState, type JiraEvidence, type JiraOptions } from '../jira-evidence.js';
import { finding as jiraFinding } from '../jira-words.js';

const { words, finding } = defineFindings({
  'jira.browse_users': {
    section: 'jira',
    title: 'Browse users and groups',
    cause:
      'Whether the account has the global permission Browse users and groups (USER_PICKER). Reading users by account id, as Entitle does, needs only access to Jira, so its absence is a notice: the email check carries the verdict.',
    fix: 'Nothing to do unless the email check fails; if it does, in Jira settings → System → Global permissions, grant Browse users and groups to a group the account is in.',
  },
});

function judgeBrowseUsers(evidence: JiraEvidence): Finding[] {
  if (authState(evidence) !== 'authenticated') return [];
  const { permissions } = evidence;
  const init = { evidence: [permissions.line] };
  if (permissions.failedLogin) {
    return [
      jiraFinding(
        'jira.auth',
        'error',
        'Jira rejected the credentials on the permissions request (it answered as for an anonymous user).',
        { ...init, subject: 'jira_credentials.key' },
      ),
    ];
  }
  const havePermission = permissions.userPicker;
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
    cannotJudge(finding, 'jira.browse_users', evidence.permissions, {
      ...init,
      fix: 'Run again.',
      fallback,
    }) as Finding,
  ];
}

export const browseUsers: Judge<JiraEvidence, JiraOptions> = {
  name: 'The account may browse users and groups',
  words,
  reports: ['jira.browse_users', 'jira.auth'],
  judge: judgeBrowseUsers,
};
