/**
 * Over a corpus of malformed documents that carry known token strings, no byte the action writes
 * (stdout, stderr, outputs file, summary) contains a token or any 8-character piece of one, except
 * the `::add-mask::` lines that register them.
 */
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/action.js';
import { leaks } from '../support/leaks.js';

const TOKEN = 'ATATT3xLeakTestQ7wz9KpRmV4nYb2sJdLfHgTcXe8uNa6MiEoPk1Zr5WyUv0Bq';
const JIRA_KEY = 'ZjQ8nR2vLmX5kT9pWcB4hY7gFs3dA6eUoIrNqMb1JtKzGxHwVyCl0SaPuDiOeEf';

const corpus: [string, string][] = [
  [
    'valid',
    JSON.stringify({
      email: 'a@example.com',
      app_token: TOKEN,
      jira_credentials: { url: 'https://x.atlassian.net', key: JIRA_KEY, user: 'a@example.com' },
    }),
  ],
  ['missing brace', `{"email": "a@example.com", "app_token": "${TOKEN}"`],
  ['unquoted token', `{"email": "a@example.com", "app_token": ${TOKEN}}`],
  ['single quotes', `{'app_token': '${TOKEN}', 'key': '${JIRA_KEY}'}`],
  ['token as key', `{"${TOKEN}": "${JIRA_KEY}"}`],
  ['token in unknown key', `{"email": "a@example.com", "app_token": "x", "secretish": "${TOKEN}"}`],
  ['token in array', `{"email": "a@example.com", "app_token": ["${TOKEN}"]}`],
  ['number token', `{"email": "a@example.com", "app_token": 123${TOKEN}}`],
  ['bare token', TOKEN],
  [
    'token with newline',
    `{"email": "a@example.com", "app_token": "${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)}"}`,
  ],
  ['token with control char', `{"email": "a@example.com", "app_token": "${TOKEN}\u0002"}`],
  ['comment with token', `{"email": "a@example.com", /* ${TOKEN} */ "app_token": "${TOKEN}"}`],
  ['token as email', `{"email": "${TOKEN}", "app_token": "${JIRA_KEY}"}`],
  [
    'jira key reused',
    `{"email": "a@example.com", "app_token": "${TOKEN}", "jira_credentials": {"url": "https://x.atlassian.net", "key": "${TOKEN}", "user": "${JIRA_KEY}@x.com"}}`,
  ],
  [
    'token in url',
    `{"email": "a@example.com", "app_token": "${TOKEN}", "jira_credentials": {"url": "https://${JIRA_KEY}.example.com", "key": "k", "user": "a@example.com"}}`,
  ],
  ['escaped token', `{"email": "a@example.com", "app_token": "\\u0041${TOKEN.slice(1)}"}`],
  ['legacy', `{"user": "${JIRA_KEY}", "app_password": "${TOKEN}"}`],
  ['huge', `{"app_token": "${TOKEN}", "pad": "${'y'.repeat(70_000)}"}`],
];

describe('no credential leaks from the bundled action', () => {
  it.each(corpus)('%s', async (_name, json) => {
    const run = await runAction({ inputs: { 'integration-json': json, mode: 'offline' } });
    expect(run.code === 0 || run.code === 1).toBe(true);
    expect(leaks(run.everything, [TOKEN, JIRA_KEY])).toEqual([]);
  });
});
