/**
 * Whether the site accepts jira_credentials.user and key. After a 401 the gateway's answer tells a
 * scoped token (accepted there, refused on the site) from wrong credentials.
 */
import { allowlistFix } from '../../entitle.js';
import { type Finding, finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../network.js';
import { authState, failedLogin, type JiraEvidence, lineOf, scopeMismatch } from '../evidence.js';

function rejectedCredentials(evidence: JiraEvidence, lines: string[]): Finding {
  const gateway = evidence.gateway;
  const accepted =
    gateway?.outcome.kind === 'response' && gateway.outcome.status === 200 && !failedLogin(gateway.outcome);
  // A scoped token is accepted by the gateway, or refused there for its scopes (and says so).
  if (accepted || (gateway !== undefined && scopeMismatch(gateway.outcome))) {
    return finding(
      'jira.scoped_token',
      'error',
      'jira_credentials.key is an API token with scopes: the site refuses it, and the api.atlassian.com gateway recognises it as one. Entitle calls the site, so it needs a classic API token.',
      { subject: 'jira_credentials.key', evidence: lines },
    );
  }
  return finding(
    'jira.auth',
    'error',
    'Jira rejected the credentials: the user is not the token owner’s email, or the token is wrong, expired or revoked.',
    { subject: 'jira_credentials.key', evidence: lines },
  );
}

function judgeAuthentication(evidence: JiraEvidence): Finding[] {
  const lines = [lineOf(evidence.myself), ...(evidence.gateway ? [lineOf(evidence.gateway)] : [])];
  const init = { subject: 'jira_credentials.key', evidence: lines };
  switch (authState(evidence)) {
    case 'authenticated':
      return [finding('jira.auth', 'pass', 'The Jira credentials authenticate.', init)];
    case 'captcha':
      return [
        finding(
          'jira.captcha',
          'error',
          'Jira refuses these credentials until someone signs in through the browser: too many failed logins triggered a CAPTCHA.',
          {
            ...init,
            subject: 'jira_credentials.user',
            // The site's own origin, never the login URL the server sent: its path is not ours to show.
            fix: `Sign in once as that user at ${evidence.origin} and solve the CAPTCHA, then run again. Check the key first, so the failures do not start again.`,
          },
        ),
      ];
    case 'rejected':
      return [rejectedCredentials(evidence, lines)];
    case 'forbidden':
      return [
        finding(
          'jira.auth',
          'inconclusive',
          'Jira refused the request without saying the credentials are wrong; the site may allow access only from listed IP addresses.',
          { ...init, subject: 'jira_credentials.url', fix: allowlistFix('the Jira site') },
        ),
      ];
    case 'unknown': {
      const { outcome } = evidence.myself;
      const status = outcome.kind === 'response' ? outcome.status : '?';
      const fix = 'Run again; if it persists, check the site and the credentials.';
      const fallback = `Jira answered HTTP ${status} without an account.`;
      return [cannotJudge('jira.auth', evidence.myself, { ...init, fix, fallback }) as Finding];
    }
  }
}

export const authentication: Judge<JiraEvidence> = {
  name: 'The Jira site accepts the credentials',
  reports: ['jira.auth', 'jira.captcha', 'jira.scoped_token'],
  judge: judgeAuthentication,
};
