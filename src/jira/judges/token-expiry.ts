/** API tokens expire, and the expiry cannot be read: a reminder once the credentials work. */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type JiraEvidence, usersReachable } from '../evidence.js';

export const tokenExpiry: Judge<JiraEvidence> = {
  name: 'The token will expire',
  reports: ['jira.token_expiry'],
  judge: (evidence) =>
    usersReachable(evidence)
      ? [
          finding(
            'jira.token_expiry',
            'notice',
            'API tokens expire (at most a year after creation), and the expiry date cannot be read through the API.',
            { subject: 'jira_credentials.key' },
          ),
        ]
      : [],
};
