/** Bitbucket findings that more than one part reports: the remote phase not run. */
import { defineFindings, input } from '../findings.js';

export const { words: BITBUCKET_WORDS, finding } = defineFindings({
  'remote.skipped': {
    section: 'bitbucket',
    title: 'Remote checks',
    cause: `Bitbucket was not contacted: ${input('mode', 'offline')} (inconclusive: the credentials are unproven, so the status is never healthy), or the document has structure errors, or the credentials did not authenticate.`,
    fix: `Fix the structure errors, or use ${input('mode', 'full')} to check the credentials against Bitbucket and Jira.`,
  },
});
