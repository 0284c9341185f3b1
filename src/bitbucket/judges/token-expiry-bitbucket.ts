/**
 * app_token's recorded expiry (`token-expires-on`): a warning weeks ahead, the date when it is further
 * off, and a recorded date that has passed held against what Bitbucket answered.
 */
import { expiryVerdict, type RecordedExpiry, renewalFix } from '../../entitle.js';
import { defineFindings, type Finding, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, probed } from '../bitbucket-evidence.js';

const { words, finding } = defineFindings({
  'bitbucket.token_expiry': {
    section: 'bitbucket',
    title: 'Token expiry',
    cause: `The expiry recorded in ${input('token-expires-on')}: a warning from ${input('expiry-warning-days')} before it (the run is degraded and the tracking issue opens); the date when it is further off; a warning when the date has passed yet Bitbucket accepts the token (the recorded date is wrong). A token past its date that Bitbucket rejects is said by the authentication finding.`,
    fix: renewalFix('app_token', input('token-expires-on')),
  },
});

export const tokenExpiry: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'app_token is not about to expire',
  words,
  reports: ['bitbucket.token_expiry'],
  judge: (evidence, options) => {
    if (!options.tokenExpiry) return [];
    const user = probed(evidence, 'user');
    const accepted =
      user !== undefined && ((user.status === 200 && user.ownAnswer) || user.scopeError !== undefined);
    const answer = accepted ? 'accepted' : user?.status === 401 ? 'rejected' : 'unknown';
    const verdict = expiryVerdict(options.tokenExpiry, answer, 'app_token', input('token-expires-on'));
    if (!verdict) return [];
    return [expiryFinding(verdict, options.tokenExpiry)];
  },
};

function expiryFinding(verdict: NonNullable<ReturnType<typeof expiryVerdict>>, expiry: RecordedExpiry) {
  const { severity, message, fix } = verdict;
  return finding('bitbucket.token_expiry', severity, message, {
    subject: 'app_token',
    daysLeft: expiry.daysLeft,
    ...(fix ? { fix } : {}),
  });
}

/**
 * The recorded expiry when the judge did not see Bitbucket's answer: not asked at all (skipped,
 * offline, a document with errors), or confirmed on a fresh proof. Not checked, a date further off
 * says nothing (a pass would make the part look checked); inside the window or past, a warning.
 */
export function recordedTokenExpiry(expiry: RecordedExpiry, answer: 'accepted' | 'not checked'): Finding[] {
  const verdict = expiryVerdict(expiry, answer, 'app_token', input('token-expires-on'));
  if (!verdict || (answer === 'not checked' && verdict.severity === 'pass')) return [];
  return [expiryFinding(verdict, expiry)];
}
