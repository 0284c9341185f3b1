/** Whether Bitbucket accepts the email and token, and, when it does not, which of the two is wrong. */
import { API_TOKENS_URL, BITBUCKET_TOKEN_FIX } from '../../entitle.js';
import { defineFindings, type Finding, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../net/faults.js';
import { type BitbucketEvidence, type BitbucketOptions, probed } from '../bitbucket-evidence.js';
import { BITBUCKET_PHRASES, type BitbucketProbe } from '../bitbucket-facts.js';
import { finding as bitbucketFinding } from '../bitbucket-words.js';

const { words, finding: authFinding } = defineFindings({
  'bitbucket.auth': {
    section: 'bitbucket',
    title: 'Authentication',
    cause:
      'Whether Bitbucket accepts the email and app_token. A 401 says which: a wrong email or token, or a token that is expired, revoked, or a classic token without scopes.',
    fix: 'Follow the fix in the message: it depends on how Bitbucket rejected the credentials.',
  },
});

const finding = authFinding;

/**
 * A rejected token whose recorded expiry has passed: the fix leads with the date, the likeliest cause.
 * The expiry's own finding stays silent (one cause, one fix).
 */
function expiredFirst(options: BitbucketOptions): typeof authFinding {
  const expiry = options.tokenExpiry;
  if (!expiry || expiry.daysLeft >= 0) return authFinding;
  const lead = `The token expired on ${expiry.on} (as ${input('token-expires-on')} records): ${BITBUCKET_TOKEN_FIX} Then set ${input('token-expires-on')} to its new expiry.`;
  return (id, severity, message, init = {}) => {
    // The case's own fix once more only when it says something else than a new token (the email).
    const other =
      init.fix && !init.fix.includes(API_TOKENS_URL) ? ` If a new token is refused too: ${init.fix}` : '';
    return authFinding(id, severity, message, { ...init, fix: `${lead}${other}`, daysLeft: expiry.daysLeft });
  };
}

/** The 401's body tells a bad token (JSON) from a wrong email and token pair (plain text). */
function rejection(user: BitbucketProbe, options: BitbucketOptions): Finding {
  const finding = expiredFirst(options);
  if (BITBUCKET_PHRASES.tokenRejected.test(user.message ?? '')) {
    // Bitbucket gives this same answer for a valid token sent with another account's email.
    return finding(
      'bitbucket.auth',
      'error',
      'Bitbucket rejected the email and token: either email is not the Atlassian account that created the token, or the token is invalid, expired, revoked, or a classic API token without scopes.',
      {
        subject: 'email',
        fix: `First check that email is the address of the Atlassian account that created the token (not a Bitbucket username). If it is, the token is wrong, expired or unscoped: ${BITBUCKET_TOKEN_FIX}`,
      },
    );
  }
  if (user.loginFailedText) {
    return finding(
      'bitbucket.auth',
      'error',
      'Bitbucket rejected the email and token together: the email is not the token owner’s Atlassian account email, or the token is wrong or incomplete.',
      {
        subject: 'email',
        fix: 'Set email to the email address of the Atlassian account that created the token (not a Bitbucket username), and copy the token again in full.',
      },
    );
  }
  return finding(
    'bitbucket.auth',
    'error',
    `Bitbucket did not accept the credentials (HTTP ${user.status}).`,
    {
      subject: 'app_token',
    },
  );
}

/** A 401: the one finding that explains it, and the other checks not run. */
function rejected(user: BitbucketProbe, options: BitbucketOptions): Finding[] {
  return [
    rejection(user, options),
    bitbucketFinding(
      'remote.skipped',
      'notice',
      'The other Bitbucket checks were not run: the credentials do not authenticate.',
      { title: 'Bitbucket checks', fix: 'Fix authentication first.' },
    ),
  ];
}

/** An answer other than a 401: success, the expected scope refusal, or something that proves nothing. */
function accepted(user: BitbucketProbe): Finding {
  const init = { subject: 'app_token', evidence: [user.line] };
  const unjudged = cannotJudge(finding, 'bitbucket.auth', user, init);
  if (unjudged) return unjudged;
  if (user.status === 200 && !user.ownAnswer) {
    const message = 'Not checked: the account request was answered with success, but not by Bitbucket.';
    return finding('bitbucket.auth', 'inconclusive', message, { ...init, explainedBy: 'bitbucket.impostor' });
  }
  if (user.status === 200) {
    return finding('bitbucket.auth', 'pass', 'The email and token authenticate with Bitbucket Cloud.', init);
  }
  if (user.scopeError) {
    // Only a token Bitbucket accepted gets as far as its scope check. The 403 is expected: the account
    // details need read:user:bitbucket, which is not one of the seven.
    return finding(
      'bitbucket.auth',
      'pass',
      'The email and token authenticate with Bitbucket Cloud (the account details need read:user:bitbucket, which Entitle does not use).',
      {
        ...init,
        evidence: [
          `${user.request} → ${user.status} (expected: read:user:bitbucket is not one of the seven)`,
        ],
      },
    );
  }
  const message = `Bitbucket answered HTTP ${user.status} to the account request.`;
  return finding('bitbucket.auth', 'inconclusive', message, init);
}

export const authentication: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Bitbucket accepts the email and token',
  words,
  reports: ['bitbucket.auth', 'remote.skipped'],
  judge: (evidence, options) => {
    const user = probed(evidence, 'user');
    if (!user) return [];
    return user.status === 401 ? rejected(user, options) : [accepted(user)];
  },
};
