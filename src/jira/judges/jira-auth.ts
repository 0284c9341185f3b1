/**
 * Whether the site accepts jira_credentials.user and key. After a 401 the gateway's answer tells a
 * scoped token (accepted there, refused on the site) from wrong credentials.
 */
import { allowlistFix, JIRA_TOKEN_FIX } from '../../entitle.js';
import { defineFindings, type Finding, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../net/faults.js';
import { authState, type JiraEvidence, type JiraOptions } from '../jira-evidence.js';
import { finding as jiraFinding } from '../jira-words.js';

const { words, finding } = defineFindings({
  'jira.captcha': {
    section: 'jira',
    title: 'Jira CAPTCHA',
    cause:
      'Too many failed logins: Jira demands a CAPTCHA and refuses API requests for the account until someone signs in through the browser.',
    fix: 'Sign in once through the browser at the login URL given and solve the CAPTCHA, then run again.',
  },
  'jira.scoped_token': {
    section: 'jira',
    title: 'Jira token kind',
    cause:
      'jira_credentials.key is an API token with scopes: the site refuses it, and the api.atlassian.com gateway accepts it. To tell, the check repeats /myself through the gateway after a 401; only the gateway\'s success proves a scoped token (its 401 "scope does not match" names no token kind).',
    fix: JIRA_TOKEN_FIX,
  },
});

/** A site 401: the likely causes in order, none asserted. */
const REJECTED =
  'Jira rejected the credentials. The likely causes, in order: the key expired or was revoked; jira_credentials.user is not the account that made the key; the key is mistyped or cut short; the key is an API token with scopes (Jira cannot tell which).';

function rejectedCredentials(evidence: JiraEvidence, lines: string[], options: JiraOptions): Finding {
  const gateway = evidence.gateway;
  // Only the gateway's success proves a scoped token: its 401 "scope does not match" names no token
  // kind, and nothing public says what it answers a classic, wrong or expired one.
  if (gateway?.status === 200 && !gateway.failedLogin) {
    return finding(
      'jira.scoped_token',
      'error',
      'jira_credentials.key is an API token with scopes: the site refuses it, and the api.atlassian.com gateway recognises it as one. Entitle calls the site, so it needs a classic API token.',
      { subject: 'jira_credentials.key', evidence: lines },
    );
  }
  if (evidence.myself.passwordRefused) {
    return jiraFinding(
      'jira.auth',
      'error',
      'jira_credentials.key is an account password, not an API token: Jira refuses passwords for basic authentication.',
      { subject: 'jira_credentials.key', evidence: lines, fix: JIRA_TOKEN_FIX },
    );
  }
  const expiry = options.keyExpiry;
  // Past its recorded expiry: the likeliest cause leads the fix (the expiry's own finding stays silent).
  const expired =
    expiry && expiry.daysLeft < 0
      ? {
          fix: `The key expired on ${expiry.on} (as ${input('jira-key-expires-on')} records): ${JIRA_TOKEN_FIX} Then set ${input('jira-key-expires-on')} to its new expiry, and check that jira_credentials.user is the email of the account that made it.`,
          daysLeft: expiry.daysLeft,
        }
      : {};
  return jiraFinding('jira.auth', 'error', REJECTED, {
    subject: 'jira_credentials.key',
    evidence: lines,
    ...expired,
  });
}

function judgeAuthentication(evidence: JiraEvidence, options: JiraOptions): Finding[] {
  const lines = [evidence.myself.line, ...(evidence.gateway ? [evidence.gateway.line] : [])];
  const init = { subject: 'jira_credentials.key', evidence: lines };
  switch (authState(evidence)) {
    case 'authenticated':
      return [jiraFinding('jira.auth', 'pass', 'The Jira credentials authenticate.', init)];
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
      return [rejectedCredentials(evidence, lines, options)];
    case 'forbidden':
      return [
        jiraFinding(
          'jira.auth',
          'inconclusive',
          'Jira refused the request without saying the credentials are wrong; the site may allow access only from listed IP addresses.',
          { ...init, subject: 'jira_credentials.url', fix: allowlistFix('the Jira site') },
        ),
      ];
    case 'unknown': {
      const status = evidence.myself.status ?? '?';
      const fix = 'Run again; if it persists, check the site and the credentials.';
      const fallback = `Jira answered HTTP ${status} without an account.`;
      return [cannotJudge(jiraFinding, 'jira.auth', evidence.myself, { ...init, fix, fallback }) as Finding];
    }
  }
}

export const authentication: Judge<JiraEvidence, JiraOptions> = {
  name: 'The Jira site accepts the credentials',
  words,
  reports: ['jira.auth', 'jira.captcha', 'jira.scoped_token'],
  judge: judgeAuthentication,
};
