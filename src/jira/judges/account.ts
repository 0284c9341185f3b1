/** The credentials belong to an active, regular Atlassian user account. */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { accountOf, authState, type JiraEvidence, type JiraOptions } from '../jira-evidence.js';

const { words, finding } = defineFindings({
  'jira.account': {
    section: 'jira',
    title: 'Jira account',
    cause: 'The account behind the Jira credentials is not an active, regular Atlassian user account.',
    fix: 'Use the credentials of an active Atlassian user account.',
  },
});

export const account: Judge<JiraEvidence, JiraOptions> = {
  name: 'The Jira account is an active user account',
  words,
  reports: ['jira.account'],
  judge: (evidence) => {
    if (authState(evidence) !== 'authenticated') return [];
    const me = accountOf(evidence);
    const init = { subject: 'jira_credentials.user', evidence: [evidence.myself.line] };
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
