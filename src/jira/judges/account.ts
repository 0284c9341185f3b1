/** The credentials belong to an active, regular Atlassian user account. */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { accountOf, authState, type JiraEvidence, lineOf } from '../evidence.js';

export const account: Judge<JiraEvidence> = {
  name: 'The Jira account is an active user account',
  reports: ['jira.account'],
  judge: (evidence) => {
    if (authState(evidence) !== 'authenticated') return [];
    const me = accountOf(evidence);
    const init = { subject: 'jira_credentials.user', evidence: [lineOf(evidence.myself)] };
    if (me?.accountType !== undefined && me.accountType !== 'atlassian') {
      return [
        finding(
          'jira.account',
          'error',
          'The Jira credentials belong to an account that is not a regular Atlassian user account.',
          init,
        ),
      ];
    }
    if (me?.active === false)
      return [finding('jira.account', 'error', 'The Jira account is deactivated.', init)];
    return [
      finding('jira.account', 'pass', 'The Jira account is an active user account.', {
        subject: 'jira_credentials.user',
      }),
    ];
  },
};
