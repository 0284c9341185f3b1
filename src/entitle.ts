/** Facts about Entitle, and about the Atlassian accounts it uses, that several checks quote. */

/** The day Bitbucket app passwords stopped working. */
export const APP_PASSWORDS_REMOVED = '2026-07-28';

/** Entitle's fixed egress addresses, by region, for IP allowlists. */
export const ENTITLE_IPS = {
  EU: ['34.243.199.171', '54.216.133.226'],
  US: ['52.45.229.219', '54.88.235.213', '3.224.15.134'],
  CA: ['35.182.218.208', '15.156.179.153'],
} as const;

/** "EU a, b; US c, d, e; CA f, g" */
export const ENTITLE_IP_LIST = Object.entries(ENTITLE_IPS)
  .map(([region, ips]) => `${region} ${ips.join(', ')}`)
  .join('; ');

export const allowlistFix = (what: string) =>
  `If ${what} has an IP allowlist, add Entitle's addresses (${ENTITLE_IP_LIST}) and this runner's.`;

/** Where Atlassian account holders create and revoke API tokens. */
export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

/**
 * Where a fix puts a new value, said one way so each host can say it its own way: the action checks
 * the repository secret; the CLI, the file or variable it was given (src/report/face.ts).
 */
export const IN_THE_SECRET = 'in the repository secret';

/** The token Entitle needs for Bitbucket, said one way wherever a fix asks for a new one. */
export const BITBUCKET_TOKEN_FIX = `Create an API token with scopes at ${API_TOKENS_URL} ("Create API token with scopes", app Bitbucket, the seven scopes Entitle needs), then replace app_token with it ${IN_THE_SECRET} and in Entitle.`;

/** The token Entitle needs for Jira: a classic one, since the site refuses scoped tokens. */
export const JIRA_TOKEN_FIX = `Create a classic API token at ${API_TOKENS_URL} ("Create API token", not "with scopes"), then store it as jira_credentials.key ${IN_THE_SECRET} and in Entitle's Bitbucket integration settings.`;

/** Jira refused the user and key together: the email first, as the likelier slip. */
export const JIRA_AUTH_FIX = `Create a new classic API token at ${API_TOKENS_URL} ("Create API token", not "with scopes"), signed in as the account Entitle should use, and check that jira_credentials.user is that account's email; then store the token as jira_credentials.key ${IN_THE_SECRET} and in Entitle's Bitbucket integration.`;

/** Where the action reads the integration JSON: the repository secret, which a fix to the document must update. */
export const SECRET_HELP =
  "Update the repository secret that holds the integration JSON (Settings → Secrets and variables → Actions), and the same JSON in Entitle's Bitbucket integration settings.";

/** A recorded expiry: the day, and how many days are left from the run's day (negative once past). */
export interface RecordedExpiry {
  readonly on: string;
  readonly daysLeft: number;
  readonly warningDays: number;
}

/** What a replacement takes, for a token that expires: make it, then update it in both places. */
export const renewalFix = (
  what: 'app_token' | 'jira_credentials.key',
  recordedIn: string,
  when = 'Before then',
) =>
  what === 'app_token'
    ? `${when}, create a new API token with scopes at ${API_TOKENS_URL} ("Create API token with scopes", app Bitbucket, the seven scopes Entitle needs, an expiry up to a year ahead); replace app_token with it ${IN_THE_SECRET} and in Entitle's Bitbucket integration, and set ${recordedIn} to its new expiry.`
    : `${when}, create a new classic API token at ${API_TOKENS_URL} ("Create API token", an expiry up to a year ahead); replace jira_credentials.key with it ${IN_THE_SECRET} and in Entitle's Bitbucket integration, and set ${recordedIn} to its new expiry.`;

/** The furthest an API token's expiry can be from the day it is made: a year (a leap year's day kept). */
export const MAX_TOKEN_DAYS = 366;

/** How a recorded expiry reads against what the service answered; the judge makes the finding. */
export function expiryVerdict(
  expiry: RecordedExpiry,
  answer: 'accepted' | 'rejected' | 'unknown' | 'not checked',
  what: 'app_token' | 'jira_credentials.key',
  recordedIn: string,
): { severity: 'pass' | 'warning'; message: string; fix?: string } | undefined {
  const { on, daysLeft, warningDays } = expiry;
  if (daysLeft < 0) {
    // Past and rejected: the authentication finding says it, leading with the date; no second fix.
    if (answer === 'rejected') return undefined;
    const message =
      answer === 'accepted'
        ? `${recordedIn} says ${what} expired on ${on}, yet the service accepts it: the recorded date is wrong.`
        : answer === 'not checked'
          ? `${recordedIn} says ${what} expired on ${on}; this run did not check it, so the service may refuse it.`
          : `${recordedIn} says ${what} expired on ${on}; the service's answer did not show whether it still works.`;
    return {
      severity: 'warning',
      message,
      fix:
        answer === 'not checked'
          ? `${renewalFix(what, recordedIn, 'If it has expired')} If it still works, set ${recordedIn} to the expiry shown for the token at ${API_TOKENS_URL}.`
          : `Set ${recordedIn} to the expiry shown for the token at ${API_TOKENS_URL}.`,
    };
  }
  if (daysLeft > MAX_TOKEN_DAYS) {
    return {
      severity: 'warning',
      message: `${recordedIn} says ${what} expires on ${on}, more than a year ahead: Atlassian API tokens expire at most a year after they are made, so the recorded date is likely wrong, and the warning before the real expiry would not come.`,
      fix: `Set ${recordedIn} to the expiry shown for the token at ${API_TOKENS_URL}.`,
    };
  }
  const when = `${on} (${daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`})`;
  if (daysLeft <= warningDays) {
    const message = `${what} expires on ${when}: Entitle's requests with it will fail from then.`;
    return { severity: 'warning', message, fix: renewalFix(what, recordedIn) };
  }
  return { severity: 'pass', message: `${what} expires on ${when}.` };
}
