import { describe, expect, it } from 'vitest';
import { collectSecrets, looksLikeIdentifier } from '../../src/structure/secrets.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';

describe('collectSecrets', () => {
  it('finds the raw input, app_token and the Jira key of a valid document', () => {
    const secrets = collectSecrets(validJson);
    expect(secrets).toEqual(expect.arrayContaining([validJson, FAKE_TOKEN, FAKE_JIRA_KEY]));
    expect(secrets).not.toContain('integration@example.com');
  });

  it('finds values under secret-looking keys whatever the shape', () => {
    const raw = '{"creds": {"password": "hunter2hunter2", "api_key": ["first-secret", "second-secret"]}}';
    expect(collectSecrets(raw)).toEqual(
      expect.arrayContaining(['hunter2hunter2', 'first-secret', 'second-secret']),
    );
  });

  it('finds credentials in malformed documents', () => {
    const raw = `{"app_token": "${FAKE_TOKEN}" "key": 'single' "x": "${FAKE_JIRA_KEY}"`;
    expect(collectSecrets(raw)).toEqual(expect.arrayContaining([FAKE_TOKEN, FAKE_JIRA_KEY]));
  });

  it('finds the trimmed and the escaped forms', () => {
    const raw = `{"app_token": " ${FAKE_TOKEN}\\n"}`;
    const secrets = collectSecrets(raw);
    expect(secrets).toContain(FAKE_TOKEN);
    expect(secrets).toContain(` ${FAKE_TOKEN}\\n`);
  });

  it('treats a long key that does not read like an identifier as a pasted credential', () => {
    const raw = `{"${FAKE_TOKEN}": "x", "jiraCredentials": {}}`;
    const secrets = collectSecrets(raw);
    expect(secrets).toContain(FAKE_TOKEN);
    expect(secrets).not.toContain('jiraCredentials');
  });

  it('never takes a token-length key for an identifier', () => {
    expect(looksLikeIdentifier('jiraCredentials')).toBe(true);
    expect(looksLikeIdentifier('jira_credential')).toBe(true);
    expect(looksLikeIdentifier('osab3yjvuetacd8EpyorIsSn')).toBe(false);
  });

  it('does not mask short strings that would blank ordinary words', () => {
    expect(collectSecrets('{"key": "abc"}')).toEqual(['{"key": "abc"}']);
  });
});
