/**
 * jira_credentials.key's recorded expiry (`jira-key-expires-on`): a warning weeks ahead, the date when
 * it is further off, and a recorded date that has passed held against what Jira answered.
 */
import { expiryVerdict, type RecordedExpiry, renewalFix } from '../../entitle.js';
import { defineFindings, type Finding, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { authState, type JiraEvidence, type JiraOptions } from '../jira-evidence.js';

const { words, finding } = defineFindings({
  'jira.token_expiry': {
    section: 'jira',
    title: 'Token expiry',
    cause: `The expiry recorded in ${input('jira-key-expires-on')}: a warning from ${input('expiry-warning-days')} before it (the run is degraded and the tracking issue opens); the date when it is further off; a warning when the date has passed yet Jira accepts the key (the recorded date is wrong). A key past its date that Jira rejects is said by the authentication finding.`,
    fix: renewalFix('jira_credentials.key', input('jira-key-expires-on')),
  },
});

export const tokenExpiry: Judge<JiraEvidence, JiraOptions> = {
  name: 'jira_credentials.key is not about to expire',
  words,
  reports: ['jira.token_expiry'],
  judge: (evidence, options) => {
    if (!options.keyExpiry) return [];
    const state = authState(evidence);
    const answer = state === 'authenticated' ? 'accepted' : state === 'rejected' ? 'rejected' : 'unknown';
    const verdict = expiryVerdict(
      options.keyExpiry,
      answer,
      'jira_credentials.key',
      input('jira-key-expires-on'),
    );
    if (!verdict) return [];
    return [expiryFinding(verdict, options.keyExpiry)];
  },
};

function expiryFinding(verdict: NonNullable<ReturnType<typeof expiryVerdict>>, expiry: RecordedExpiry) {
  const { severity, message, fix } = verdict;
  return finding('jira.token_expiry', severity, message, {
    subject: 'jira_credentials.key',
    daysLeft: expiry.daysLeft,
    ...(fix ? { fix } : {}),
  });
}

/**
 * The recorded expiry when the judge did not see Jira's answer: not asked at all (skipped,
 * offline, a document with errors), or confirmed on a fresh proof. Not checked, a date further off
 * says nothing (a pass would make the part look checked); inside the window or past, a warning.
 */
export function recordedKeyExpiry(expiry: RecordedExpiry, answer: 'accepted' | 'not checked'): Finding[] {
  const verdict = expiryVerdict(expiry, answer, 'jira_credentials.key', input('jira-key-expires-on'));
  if (!verdict || (answer === 'not checked' && verdict.severity === 'pass')) return [];
  return [expiryFinding(verdict, expiry)];
}
