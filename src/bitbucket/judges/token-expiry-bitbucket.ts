/**
 * app_token's recorded expiry (`token-expires-on`), by the one recorded-expiry judge (src/judge.ts):
 * Bitbucket accepted the token when its account request was answered as its own, or with a scope
 * error (which only an authenticated request gets); a 401 rejected it.
 */
import { recordedExpiryJudge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, probed } from '../bitbucket-evidence.js';

const tokenExpiryJudge = recordedExpiryJudge<BitbucketEvidence, BitbucketOptions>({
  id: 'bitbucket.token_expiry',
  what: 'app_token',
  recordedIn: 'token-expires-on',
  service: 'Bitbucket',
  expiryOf: (options) => options.tokenExpiry,
  answerOf: (evidence) => {
    const user = probed(evidence, 'user');
    const accepted =
      user !== undefined && ((user.status === 200 && user.ownAnswer) || user.scopeError !== undefined);
    return accepted ? 'accepted' : user?.status === 401 ? 'rejected' : 'unknown';
  },
});

export const tokenExpiry = tokenExpiryJudge.judge;
/** The recorded expiry when Bitbucket's answer was not seen (not asked, or confirmed on a fresh proof). */
export const recordedTokenExpiry = tokenExpiryJudge.recorded;
