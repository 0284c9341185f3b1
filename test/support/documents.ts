/** Integration documents used across tests. Token values are fake, random-looking strings. */

export const FAKE_TOKEN = 'ATATT3xFfGF0TestOnlyNotARealToken0123456789abcdefABCDEF=1A2B3C4D';
export const FAKE_JIRA_KEY = 'ATATT3xFfGF0JiraClassicTestKey9876543210zyxwvuZYXWVU=9F8E7D6C';

export const validDocument = {
  email: 'integration@example.com',
  app_token: FAKE_TOKEN,
  jira_credentials: {
    url: 'https://example.atlassian.net',
    key: FAKE_JIRA_KEY,
    user: 'integration@example.com',
  },
};

export const validJson = JSON.stringify(validDocument, null, 2);

/** Entitle's published example, verbatim: placeholders, and no closing brace at the end. */
export const entitlePublishedExample = `{
  "email": "<EMAIL>",
  "app_token": "<APP_TOKEN>",
  "jira_credentials": {
    "url": "https://<YOUR_SUBDOMAIN>.atlassian.net",
    "key": "<API_TOKEN>",
    "user": "<EMAIL>"
  }
`;

export function withFields(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...validDocument, ...changes }, null, 2);
}

export function withJira(changes: Record<string, unknown>): string {
  return JSON.stringify(
    { ...validDocument, jira_credentials: { ...validDocument.jira_credentials, ...changes } },
    null,
    2,
  );
}
