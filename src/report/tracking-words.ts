/**
 * The tracking issue's words: reported by the action's host, catalogued with every other finding's.
 * They live here, below the hosts, so the catalogue never imports a host.
 */
import { defineFindings, input } from '../findings.js';

export const { words: TRACKING_WORDS, finding } = defineFindings({
  'tracking.issue': {
    section: 'input',
    title: 'Tracking issue',
    cause: `With ${input('tracking-issue', 'true')}, the issue could not be opened, updated or closed: usually a token without \`issues: write\`. It never changes the credentials’ verdict.`,
    fix: `Give the job \`permissions: issues: write\`, and keep ${input('github-token')} at its default.`,
  },
});
