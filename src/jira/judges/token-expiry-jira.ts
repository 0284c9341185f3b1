/**
 * jira_credentials.key's recorded expiry (`jira-key-expires-on`), by the one recorded-expiry judge
 * (src/judge.ts): Jira accepted the key when it authenticated, rejected it when it refused it.
 */
import { recordedExpiryJudge } from '../../judge.js';
import { authState, type JiraEvidence, type JiraOptions } from '../jira-evidence.js';

const keyExpiryJudge = recordedExpiryJudge<JiraEvidence, JiraOptions>({
  id: 'jira.token_expiry',
  what: 'jira_credentials.key',
  recordedIn: 'jira-key-expires-on',
  service: 'Jira',
  expiryOf: (options) => options.keyExpiry,
  answerOf: (evidence) => {
    const state = authState(evidence);
    return state === 'authenticated' ? 'accepted' : state === 'rejected' ? 'rejected' : 'unknown';
  },
});

export const tokenExpiry = keyExpiryJudge.judge;
/** The recorded expiry when Jira's answer was not seen (not asked, or confirmed on a fresh proof). */
export const recordedKeyExpiry = keyExpiryJudge.recorded;
