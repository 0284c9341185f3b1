/** Jira findings that more than one part reports: no or skipped Jira credentials, and Jira authentication. */
import { JIRA_AUTH_FIX } from '../entitle.js';
import { defineFindings, input } from '../findings.js';

export const { words: JIRA_WORDS, finding } = defineFindings({
  'jira.absent': {
    section: 'jira',
    title: 'Jira credentials',
    cause: `The document has no jira_credentials. Entitle then cannot read the email addresses Bitbucket hides, so it cannot match Bitbucket users to identities by email. Reported only with ${input('jira', 'required')}, as an error; otherwise the summary says Jira is not configured.`,
    fix: 'Add jira_credentials ({"url": "https://<site>.atlassian.net", "key": "<classic API token>", "user": "<email>"}) if Entitle should match users by email.',
  },
  'jira.skipped': {
    section: 'jira',
    title: 'Jira checks',
    cause: `The Jira checks were not run: ${input('mode', 'offline')} (inconclusive: the Jira credentials are unproven), ${input('jira', 'skip')}, or jira_credentials has structure errors.`,
    fix: `Fix the jira_credentials structure errors, or set ${input('jira', 'auto')}.`,
  },
  'jira.auth': {
    section: 'jira',
    title: 'Jira authentication',
    cause:
      'Whether the site accepts jira_credentials.user and key. Passes only on a 200 with an account and no failing X-Seraph-LoginReason: Jira answers some requests with 200 for rejected credentials.',
    fix: JIRA_AUTH_FIX,
  },
});
