/** Whether Bitbucket accepts the email and token, and, when it does not, which of the two is wrong. */
import { z } from 'zod';
import { BITBUCKET_TOKEN_FIX } from '../../entitle.js';
import { type Finding, finding } from '../../findings.js';
import { type HttpResponse, jsonBody } from '../../http.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../network.js';
import {
  answeredAsBitbucket,
  type BitbucketEvidence,
  type BitbucketOptions,
  lineOf,
  probed,
  scopeError,
} from '../evidence.js';

const errorMessageSchema = z.object({ error: z.object({ message: z.string() }) });

/** The 401's body tells a bad token (JSON) from a wrong email and token pair (plain text). */
function rejection(response: HttpResponse): Finding {
  const jsonMessage = jsonBody(response, errorMessageSchema)?.error.message ?? '';
  const text = response.body.kind === 'text' ? response.body.text : '';
  if (/invalid, expired, or not supported/i.test(jsonMessage)) {
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
  if (/login failed|incorrect login credentials/i.test(text)) {
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
    `Bitbucket did not accept the credentials (HTTP ${response.status}).`,
    {
      subject: 'app_token',
    },
  );
}

function judgeAuthentication(evidence: BitbucketEvidence): Finding[] {
  const user = probed(evidence, 'user');
  if (!user) return [];
  const { outcome } = user;
  const init = { subject: 'app_token', evidence: [lineOf(user)] };
  if (outcome.kind === 'response' && outcome.status === 401) {
    return [
      rejection(outcome),
      finding(
        'remote.skipped',
        'notice',
        'The other Bitbucket checks were not run: the credentials do not authenticate.',
        {
          title: 'Bitbucket checks',
          fix: 'Fix authentication first.',
        },
      ),
    ];
  }
  const unjudged = cannotJudge('bitbucket.auth', user, init);
  if (unjudged || outcome.kind !== 'response') return unjudged ? [unjudged] : [];
  if (outcome.status === 200 && !answeredAsBitbucket(user)) {
    return [
      finding(
        'bitbucket.auth',
        'inconclusive',
        'The account request was answered with success, but not by Bitbucket (see the finding about the answer).',
        init,
      ),
    ];
  }
  if (outcome.status === 200) {
    return [
      finding('bitbucket.auth', 'pass', 'The email and token authenticate with Bitbucket Cloud.', init),
    ];
  }
  if (scopeError(outcome)) {
    // Only a token Bitbucket accepted gets as far as its scope check. The 403 is expected: the account
    // details need read:user:bitbucket, which is not one of the seven.
    return [
      finding(
        'bitbucket.auth',
        'pass',
        'The email and token authenticate with Bitbucket Cloud (the account details need read:user:bitbucket, which Entitle does not use).',
        {
          ...init,
          evidence: [
            `${user.request} → ${outcome.status} (expected: read:user:bitbucket is not one of the seven)`,
          ],
        },
      ),
    ];
  }
  return [
    finding(
      'bitbucket.auth',
      'inconclusive',
      `Bitbucket answered HTTP ${outcome.status} to the account request.`,
      init,
    ),
  ];
}

export const authentication: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Bitbucket accepts the email and token',
  reports: ['bitbucket.auth', 'remote.skipped'],
  judge: judgeAuthentication,
};
