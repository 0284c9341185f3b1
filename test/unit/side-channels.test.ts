/** What a run records or reads beside the verdict holds under hostile input: pure parts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_TYPE_NAMES } from '../../src/bitbucket/identifiers.js';
import { buildReport, serverText } from '../../src/findings.js';
import { MAX_JSON_DEPTH, nestingDepth } from '../../src/net/json-depth.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { reportJson } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { Pseudonyms } from '../../src/transcript/pseudonyms.js';
import { createRecorder } from '../../src/transcript/recorder.js';
import { redactHeaders } from '../../src/transcript/redaction.js';
import { keptMessage } from '../../src/transcript/server-messages.js';
import { parseTranscript } from '../../src/transcript/transcript-format.js';
import { isKnownScope } from '../../src/transcript/vocabularies.js';
import { finding } from '../support/findings.js';

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('server JSON depth', () => {
  it('measures nesting, strings skipped', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(nestingDepth(deep(5000))).toBe(5000);
    expect(MAX_JSON_DEPTH).toBeLessThan(5000);
  });
});

describe('the recorder', () => {
  it.each([
    ['an invalid URL in a kept header', { 'x-authentication-denied-reason': 'see https://x:99999/' }, {}],
    ['a URL that never closes', { location: 'https://[::1' }, {}],
    ['a body nested 5,000 deep', {}, JSON.parse(deep(5000))],
  ])('never throws on %s', (_, headers, body) => {
    const recorder = createRecorder([]);
    expect(() =>
      recorder.record(
        { method: 'GET', url: 'https://acme.atlassian.net/rest/api/3/myself' },
        { kind: 'response', status: 401, headers, body: { kind: 'json', value: body }, attempts: 1 },
        5,
      ),
    ).not.toThrow();
    expect(recorder.failure).toBeUndefined();
    const text = JSON.stringify(
      recorder.transcript(
        { options: {}, structure: [], document: { jira: true, jiraRejected: false } },
        (t) => t,
      ),
    );
    expect(text).not.toContain('99999');
  });
});

describe('a transcript from anywhere', () => {
  const base = {
    format: 1,
    version: '1.0.0',
    options: {},
    structure: [{ id: 'structure.valid', severity: 'pass', message: 'The document is valid.' }],
    document: { jira: false, jiraRejected: false },
    requests: [],
  };
  const with_ = (change: Record<string, unknown>) => JSON.stringify({ ...base, ...change });
  it('is read when it is what a run writes', () => {
    expect(parseTranscript(with_({})).ok).toBe(true);
  });
  it.each([
    ['an unknown finding id', { structure: [{ id: 'structure.nope', severity: 'pass', message: 'x' }] }],
    ['constructor as an id', { structure: [{ id: 'constructor', severity: 'pass', message: 'x' }] }],
    ['__proto__ as an id', { structure: [{ id: '__proto__', severity: 'pass', message: 'x' }] }],
    [
      'a severity not in the list',
      { structure: [{ id: 'structure.valid', severity: 'fatal', message: 'x' }] },
    ],
    [
      'a message that forges a line',
      { structure: [{ id: 'structure.valid', severity: 'pass', message: 'ok\r\nFAIL' }] },
    ],
    ['a workspace that is a path', { options: { workspace: '../../..' } }],
  ])('refuses %s, with the reason', (_, change) => {
    const parsed = parseTranscript(with_(change));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).not.toMatch(/\.\.\/|\r|\n/);
  });
});

describe('server text in every channel', () => {
  const hostile =
    'ping @octocat and @org/team, see owner/repo#1 and #2, mail a@b.example \u202e\u009b\u0007 `tick`|';
  const quotedFinding = finding('bitbucket.refused', 'warning', `Bitbucket said: ${serverText(hostile)}`);
  const report = buildReport([quotedFinding]);

  it('is a code span in the summary and the tracking issue: no mention, reference or link renders', () => {
    const summary = renderSummary(report);
    const cell = summary.split('\n').find((l) => l.includes('Bitbucket said')) as string;
    expect(cell).toMatch(/``+ ping @octocat and @org\/team, see owner\/repo#1 and #2, mail a@b\.example/);
    for (const c of ['\u202e', '\u009b', '\u0007']) expect(summary).not.toContain(c);
  });

  it('is a quote without control characters in annotations, the outputs and the CLI', () => {
    const texts = [
      ...annotationsFor(report.findings).map((a) => a.message),
      JSON.stringify(reportJson(report)),
      renderText(report),
    ];
    for (const text of texts) {
      expect(text).toContain('“ping @octocat');
      for (const c of ['\u202e', '\u009b', '\u0007', '\u27ea', '\u27eb']) expect(text).not.toContain(c);
    }
  });
});

describe('the identifier table', () => {
  it('is read by own properties only: a key named constructor is redacted, not a function', () => {
    const recorder = createRecorder([]);
    recorder.record(
      { method: 'GET', url: 'https://api.bitbucket.org/2.0/user' },
      {
        kind: 'response',
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: { kind: 'json', value: { constructor: 'someone', __proto__x: 'x', toString: 'y' } },
        attempts: 1,
      },
      1,
    );
    const text = JSON.stringify(
      recorder.transcript(
        { options: {}, structure: [], document: { jira: false, jiraRejected: false } },
        (t) => t,
      ),
    );
    expect(text).not.toMatch(/native code|function Object/);
    expect(text).not.toContain('someone');
  });
});

describe('the allow-list of a transcript', () => {
  const operations = JSON.parse(readFileSync('test/fixtures/bitbucket-operations.json', 'utf8')) as {
    operations: { scopes: string[]; legacy: string[] }[];
  };

  it("keeps every scope of Bitbucket's spec, new and legacy, and no scope made of other words", () => {
    const all = new Set(operations.operations.flatMap((o) => [...o.scopes, ...o.legacy]));
    expect(all.size).toBeGreaterThan(0);
    for (const scope of all) expect([scope, isKnownScope(scope)]).toEqual([scope, true]);
    expect(isKnownScope('read:acme-corp:bitbucket')).toBe(false);
  });

  it('keeps a known message as it is, and any other as its length, hash and the phrases the checks read', () => {
    expect(keptMessage('Your credentials lack one or more required privilege scopes.')).toBe(
      'Your credentials lack one or more required privilege scopes.',
    );
    const kept = keptMessage('You are not an admin of acme-corp (jane@acme.com)');
    expect(kept).toMatch(/^\(a message of 49 characters, sha256 [0-9a-f]{8}; it says: admin\)$/);
  });
});

describe('the headers a transcript keeps', () => {
  it('keeps every credential type the judge names, and no other', () => {
    for (const type of CREDENTIAL_TYPE_NAMES) {
      expect(redactHeaders({ 'x-credential-type': type }, new Pseudonyms())).toEqual({
        'x-credential-type': type,
      });
    }
    expect(CREDENTIAL_TYPE_NAMES).toContain('api_token');
    expect(redactHeaders({ 'x-credential-type': 'acme-corp' }, new Pseudonyms())).toEqual({
      'x-credential-type': '(another type)',
    });
  });
});
