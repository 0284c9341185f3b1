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

/** The token Entitle needs for Bitbucket, said one way wherever a fix asks for a new one. */
export const BITBUCKET_TOKEN_FIX = `Create an API token with scopes at ${API_TOKENS_URL} ("Create API token with scopes", app Bitbucket, the seven scopes Entitle needs), then replace app_token with it in the secret and in Entitle.`;

/** The token Entitle needs for Jira: a classic one, since the site refuses scoped tokens. */
export const JIRA_TOKEN_FIX = `Create a classic API token at ${API_TOKENS_URL} ("Create API token", not "with scopes"), then store it as jira_credentials.key.`;

/** Jira refused the user and key together: the email first, as the likelier slip. */
export const JIRA_AUTH_FIX = `Set jira_credentials.user to the email of the Atlassian account that created the token. If it is right, the key is wrong, expired or revoked (API tokens last at most a year): ${JIRA_TOKEN_FIX}`;

/** Where the action reads the integration JSON: the repository secret, which a fix to the document must update. */
export const SECRET_HELP =
  'Update the repository secret that holds the integration JSON (Settings → Secrets and variables → Actions).';
