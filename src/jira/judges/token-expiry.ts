/** API tokens expire, and the expiry cannot be read: a reminder once the credentials work. */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type JiraEvidence, usersReachable } from '../jira-evidence.js';

const { words, finding } = defineFindings({
  'jira.token_expiry': {
    section: 'jira',
    title: 'Token expiry',
    cause: 'API tokens expire at most a year after creation, and the API does not tell when.',
    fix: 'Note when the token was created and replace it before a year has passed.',
  },
});

export const tokenExpiry: Judge<JiraEvidence> = {
  name: 'The token will expire',
  words,
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
