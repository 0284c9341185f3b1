import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { checkStructure } from '../../src/structure/check-structure.js';
import {
  entitlePublishedExample,
  FAKE_JIRA_KEY,
  FAKE_TOKEN,
  validDocument,
  validJson,
  withFields,
  withJira,
} from '../support/documents.js';

const problems = (findings: Finding[]) => findings.filter((f) => f.severity !== 'pass');
const only = (raw: string) => {
  const result = checkStructure(raw);
  const found = problems(result.findings);
  expect(found, JSON.stringify(found, null, 2)).toHaveLength(1);
  return found[0] as Finding;
};

describe('a valid document', () => {
  it('passes with no problem and yields the integration', () => {
    const result = checkStructure(validJson);
    expect(problems(result.findings)).toEqual([]);
    expect(result.integration).toEqual(validDocument);
  });

  it('passes without jira_credentials, and with jira_credentials null', () => {
    const { jira_credentials: _, ...bare } = validDocument;
    expect(checkStructure(JSON.stringify(bare)).integration).toBeDefined();
    expect(checkStructure(JSON.stringify({ ...bare, jira_credentials: null })).integration).toBeDefined();
  });

  it('accepts a leading byte-order mark', () => {
    expect(checkStructure(`\ufeff${validJson}`).integration).toBeDefined();
  });
});

describe('1. not JSON', () => {
  it("says that the closing brace is missing in Entitle's published example, and names its placeholders in the same run", () => {
    const found = problems(checkStructure(entitlePublishedExample).findings);
    const f = found[0] as Finding;
    expect(f.id).toBe('structure.json');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/closing brace `}` is missing/);
    expect(f.location).toEqual({ line: 9, column: 1 });
    expect(found.filter((g) => g.id === 'structure.placeholder').map((g) => g.subject)).toEqual([
      'email',
      'app_token',
      'jira_credentials.url',
      'jira_credentials.key',
      'jira_credentials.user',
    ]);
    expect(checkStructure(entitlePublishedExample).integration).toBeUndefined();
  });

  it('never names keys from a damaged document: a key there can be a fragment of a value', () => {
    const found = problems(checkStructure('{"ATATT3xFfGF0abc": 1, "email": "a@example.com"').findings);
    expect(found.map((f) => f.id)).not.toContain('structure.unknown_key');
  });

  it.each([
    ['a missing comma', '{\n  "email": "a@example.com"\n  "app_token": "x"\n}', /expected a comma/, 3, 3],
    ['a trailing comma', '{"email": "a@example.com",}', /no comma after the last member/, 1, 27],
    ['single quotes', "{'email': 'a@example.com'}", /double quotes/, 1, 2],
    ['a comment', '{"email": "a@example.com" // me\n}', /comments/, 1, 27],
    ['an unclosed string', '{"email": "a@example.com}', /string is not closed/, 1, 11],
    ['two documents', '{}{}', /end of the document/, 1, 3],
    ['a missing colon', '{"email" "a@example.com"}', /colon/, 1, 10],
  ])('reports %s with line, column and what was expected', (_name, raw, expected, line, column) => {
    const f = problems(checkStructure(raw).findings)[0] as Finding;
    expect(f.id).toBe('structure.json');
    expect(f.message).toMatch(expected);
    expect(f.location).toEqual({ line, column });
  });

  it('never quotes the input nor the engine message', () => {
    const raw = `{"app_token": ${FAKE_TOKEN}}`;
    const f = problems(checkStructure(raw).findings)[0] as Finding;
    expect(JSON.stringify(f)).not.toContain(FAKE_TOKEN.slice(0, 12));
    expect(f.message).not.toMatch(/Unexpected token/);
  });
});

describe('2. shape and types', () => {
  it.each([
    ['an array', '[]', 'an array'],
    ['a string', '"ATATT3"', 'a string'],
    ['null', 'null', 'null'],
  ])('rejects %s as the document', (_n, raw, what) => {
    const f = only(raw);
    expect(f.id).toBe('structure.not_object');
    expect(f.message).toContain(what);
  });

  it.each(['email', 'app_token'])('names the missing field %s', (field) => {
    const doc: Record<string, unknown> = { ...validDocument };
    delete doc[field];
    const f = only(JSON.stringify(doc));
    expect(f).toMatchObject({ id: 'structure.field_missing', severity: 'error', subject: field });
  });

  it.each(['url', 'key', 'user'])('names the missing field jira_credentials.%s', (field) => {
    const jira: Record<string, unknown> = { ...validDocument.jira_credentials };
    delete jira[field];
    const f = only(JSON.stringify({ ...validDocument, jira_credentials: jira }));
    expect(f).toMatchObject({ id: 'structure.field_missing', subject: `jira_credentials.${field}` });
  });

  it('names an empty field', () => {
    expect(only(withFields({ email: '' }))).toMatchObject({ id: 'structure.field_empty', subject: 'email' });
  });

  it('names a field of the wrong type with its JSON path and line', () => {
    const f = only(withJira({ key: 42 }));
    expect(f).toMatchObject({ id: 'structure.field_type', subject: 'jira_credentials.key' });
    expect(f.message).toMatch(/a number; it must be a string/);
    expect(f.location?.line).toBe(6);
    expect(only(withFields({ jira_credentials: 'x' })).message).toMatch(/must be an object/);
  });
});

describe('3. unknown keys', () => {
  it.each([
    ['appToken', 'app_token'],
    ['token', 'app_token'],
    ['api_token', 'app_token'],
    ['username', 'email'],
    ['jira', 'jira_credentials'],
    ['jira_credential', 'jira_credentials'],
    ['jiraCredentials', 'jira_credentials'],
    ['emial', 'email'],
  ])('warns about %s with "did you mean %s"', (key, meant) => {
    const f = only(withFields({ [key]: 'x' }));
    expect(f).toMatchObject({ id: 'structure.unknown_key', severity: 'warning', subject: key });
    expect(f.message).toContain(`Did you mean \`${meant}\`?`);
  });

  it('suggests the rename in the missing-field error when the near miss replaces the field', () => {
    const { app_token: _, ...rest } = validDocument;
    const result = checkStructure(JSON.stringify({ ...rest, appToken: FAKE_TOKEN }));
    const missing = result.findings.find((f) => f.id === 'structure.field_missing');
    expect(missing?.fix).toBe('Rename `appToken` to `app_token`.');
  });

  it('warns about unknown keys inside jira_credentials', () => {
    const f = only(withJira({ site: 'x' }));
    expect(f).toMatchObject({ id: 'structure.unknown_key', subject: 'jira_credentials.site' });
    expect(f.message).toContain('Did you mean `url`?');
  });

  it('does not print a key that is not a plain identifier', () => {
    const f = only(withFields({ [FAKE_TOKEN]: 'x' }));
    expect(JSON.stringify(f)).not.toContain(FAKE_TOKEN.slice(0, 10));
  });

  it('treats __proto__ and constructor keys as ordinary unknown keys', () => {
    const raw = `{"__proto__": {"polluted": true}, "constructor": 1, ${validJson.slice(1)}`;
    const result = checkStructure(raw);
    expect(problems(result.findings).map((f) => f.id)).toEqual([
      'structure.unknown_key',
      'structure.unknown_key',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('warns about duplicate keys', () => {
    const raw = validJson.replace('"email"', '"email": "b@example.com", "email"');
    expect(only(raw)).toMatchObject({ id: 'structure.duplicate_key', subject: 'email' });
  });
});

describe('4. placeholders', () => {
  it.each([
    ['email', withFields({ email: '<EMAIL>' })],
    ['app_token', withFields({ app_token: '<APP_TOKEN>' })],
    ['jira_credentials.key', withJira({ key: '<API_TOKEN>' })],
    ['jira_credentials.url', withJira({ url: 'https://<YOUR_SUBDOMAIN>.atlassian.net' })],
    ['email', withFields({ email: '[email protected]' })],
    // Atlassian's own documentation's placeholders.
    ['email', withFields({ email: 'your.email@company.com' })],
    ['jira_credentials.user', withJira({ user: 'your.email@company.com' })],
    ['jira_credentials.url', withJira({ url: 'https://your-domain.atlassian.net' })],
  ])('names the field %s', (field, raw) => {
    const result = checkStructure(raw);
    expect(result.findings.find((f) => f.id === 'structure.placeholder')?.subject).toBe(field);
  });
});

describe('5. email fields', () => {
  it.each(['not-an-email', 'a@b', 'two@@example.com'])('rejects %s', (email) => {
    expect(only(withFields({ email, jira_credentials: undefined }))).toMatchObject({
      id: 'structure.email',
      severity: 'error',
      subject: 'email',
    });
  });
  it('rejects surrounding whitespace', () => {
    const f = only(withFields({ email: ' a@example.com ', jira_credentials: undefined }));
    expect(f.message).toMatch(/whitespace/);
  });
});

describe('6. app_token', () => {
  it.each([
    ['a space inside', `${FAKE_TOKEN.slice(0, 20)} ${FAKE_TOKEN.slice(20)}`],
    ['a trailing newline', `${FAKE_TOKEN}\n`],
    ['a leading tab', `\t${FAKE_TOKEN}`],
  ])('rejects %s', (_n, token) => {
    expect(only(withFields({ app_token: token }))).toMatchObject({
      id: 'structure.app_token.whitespace',
      severity: 'error',
    });
  });

  it('rejects an app password (ATBB)', () => {
    const f = only(withFields({ app_token: 'ATBBxxxxxxxxxxxxxxxxxxxxxxxx' }));
    expect(f).toMatchObject({ id: 'structure.app_token.app_password', severity: 'error' });
    expect(f.message).toContain('2026-07-28');
  });

  it('rejects an access token (ATCTT3)', () => {
    expect(only(withFields({ app_token: 'ATCTT3xFfGF0xxxxxxxxxxxxxx' }))).toMatchObject({
      id: 'structure.app_token.access_token',
      severity: 'error',
    });
  });

  it('warns about another format', () => {
    expect(only(withFields({ app_token: 'ghp_abcdefghijklmnop' }))).toMatchObject({
      id: 'structure.app_token.prefix',
      severity: 'warning',
    });
  });
});

describe('7. the legacy shape', () => {
  it('explains the move from user + app_password to email + app_token, once', () => {
    const f = only(JSON.stringify({ user: 'someone', app_password: 'ATBBxxxxxxxxxxxxxxxxxxxx' }));
    expect(f).toMatchObject({ id: 'structure.legacy_app_password', severity: 'error' });
    expect(f.message).toMatch(/email.*app_token/);
  });
});

describe('8. jira_credentials', () => {
  it.each([
    ['http:', 'http://example.atlassian.net', /unencrypted/],
    ['the gateway', 'https://api.atlassian.com/ex/jira/1234', /gateway/],
    ['a custom domain', 'https://jira.example.com', /custom domains/],
    ['not a URL', 'example.atlassian.net', /not a URL/],
    ['a bare atlassian.net', 'https://atlassian.net', /not a Jira Cloud site/],
  ])('rejects %s', (_n, url, message) => {
    const f = only(withJira({ url }));
    expect(f).toMatchObject({ id: 'structure.jira.url', severity: 'error', subject: 'jira_credentials.url' });
    expect(f.message).toMatch(message);
  });

  it('warns about a path and gives the origin to use', () => {
    const f = only(withJira({ url: 'https://Example.atlassian.net/jira/software/projects/X/boards/1' }));
    expect(f).toMatchObject({ id: 'structure.jira.url', severity: 'warning' });
    expect(f.fix).toBe('Set jira_credentials.url to https://example.atlassian.net.');
  });

  it('rejects a key equal to app_token', () => {
    expect(only(withJira({ key: FAKE_TOKEN }))).toMatchObject({
      id: 'structure.jira.key_reuses_app_token',
      severity: 'error',
    });
  });

  it('notes a user different from email', () => {
    expect(only(withJira({ user: 'other@example.com' }))).toMatchObject({
      id: 'structure.jira.user_differs',
      severity: 'notice',
    });
  });

  it('does not flag the Jira key itself', () => {
    expect(JSON.stringify(checkStructure(validJson).findings)).not.toContain(FAKE_JIRA_KEY.slice(0, 10));
  });
});

describe('9. hostile input', () => {
  it('rejects input over 64 KiB', () => {
    expect(only(`{"email": "${'a'.repeat(70_000)}"}`).id).toBe('structure.size');
  });
  it('rejects deep nesting without recursion', () => {
    expect(only(`${'['.repeat(50_000)}${']'.repeat(50_000)}`).id).toBe('structure.size');
    expect(only(`${'['.repeat(20_000)}`).id).toBe('structure.depth');
    expect(only(`{"a":${'{"a":'.repeat(20)}1${'}'.repeat(21)}`).id).toBe('structure.depth');
  });
  it('rejects control characters with their position', () => {
    const f = only(`{"email":\u0007 "a@example.com"}`);
    expect(f).toMatchObject({ id: 'structure.control_character', location: { line: 1, column: 10 } });
    expect(f.message).toContain('U+0007');
  });
});

describe('10. look-ups that must not reach Object.prototype', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s gets no "did you mean" from the prototype',
    (key) => {
      const f = only(withFields({ [key]: 'x' }));
      expect(f.id).toBe('structure.unknown_key');
      expect(f.message).not.toMatch(/Did you mean|function|native code/);
    },
  );
});

describe('11. values that cannot be tokens', () => {
  it.each([
    [
      'an escaped NUL',
      `${FAKE_TOKEN.slice(0, 30)}\\u0000${FAKE_TOKEN.slice(30)}`,
      'structure.token.characters',
    ],
    [
      'a lone surrogate',
      `${FAKE_TOKEN.slice(0, 30)}\\ud800${FAKE_TOKEN.slice(30)}`,
      'structure.token.characters',
    ],
    ['a common word', 'ATATTpassword', 'structure.token.length'],
  ])('app_token with %s is a structure error', (_, token, id) => {
    const raw = validJson.replace(JSON.stringify(FAKE_TOKEN), `"${token}"`);
    const f = only(raw);
    expect(f).toMatchObject({ id, severity: 'error', subject: 'app_token' });
  });

  it('jira_credentials.key too, and then only the Jira checks are skipped', () => {
    const result = checkStructure(withJira({ key: 'short-key' }));
    expect(problems(result.findings).map((f) => f.id)).toEqual(['structure.token.length']);
    expect(result.integration).toBeDefined();
    expect(result.jiraRejected).toBe(true);
  });
});

describe('12. hints that fit the mistake', () => {
  it('says to save a UTF-16 file as UTF-8', () => {
    const utf16 = Buffer.from(validJson, 'utf16le').toString('latin1');
    const f = only(utf16);
    expect(f.id).toBe('structure.control_character');
    expect(f.fix).toMatch(/save it as UTF-8/);
  });
  it.each([
    ['curly quotes', '{\u201cemail\u201d: \u201ca@example.com\u201d}', /curly quotes/],
    ['single quotes', "{'email': 'a@example.com'}", /single quotes are not JSON/],
    ['no quotes at all', '{email=foo}', /keys need double quotes/],
  ])('%s', (_, raw, hint) => {
    const f = problems(checkStructure(raw).findings)[0] as Finding;
    expect(f.message).toMatch(hint);
    expect(f.message).not.toMatch(hint.source.includes('single') ? /curly/ : /single quotes/);
  });
});
