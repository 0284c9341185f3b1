import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/findings.js';
import { annotationsFor, MAX_ANNOTATIONS_PER_LEVEL } from '../../src/report/annotations.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { outputsFor } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { finding } from '../support/findings.js';

describe('annotations', () => {
  it('makes one per finding that is not a pass, titled with the field', () => {
    const annotations = annotationsFor([
      finding('structure.valid', 'pass', 'fine'),
      finding('structure.email', 'error', 'bad', { subject: 'email' }),
      finding('structure.unknown_key', 'warning', 'odd', { subject: 'x' }),
      finding('remote.skipped', 'inconclusive', 'unknown'),
      finding('structure.jira.user_differs', 'notice', 'fyi'),
    ]);
    expect(annotations.map((a) => [a.level, a.title])).toEqual([
      ['error', 'Email (email)'],
      ['warning', 'Unknown key (x)'],
      ['warning', 'Remote checks'],
      ['notice', 'jira_credentials.user'],
    ]);
    expect(annotations[0]?.message).toContain('Fix: ');
    expect(annotations[2]?.message).toMatch(/^Inconclusive: /);
  });

  it('folds past ten of a level into the tenth', () => {
    const many = Array.from({ length: 14 }, (_, i) =>
      finding('structure.unknown_key', 'warning', 'odd', { subject: `k${i}` }),
    );
    const annotations = annotationsFor(many);
    expect(annotations).toHaveLength(MAX_ANNOTATIONS_PER_LEVEL);
    expect(annotations[9]?.title).toBe('5 more');
    expect(annotations[9]?.message).toContain('Unknown key (k13)');
  });
});

describe('outputs', () => {
  it('sets status, healthy, missing-scopes and the report', () => {
    const report = buildReport([
      finding('bitbucket.scope', 'error', 'm', { scope: 'admin:workspace:bitbucket' }),
      finding('bitbucket.scope', 'error', 'm', { scope: 'delete:permission:bitbucket' }),
    ]);
    const outputs = outputsFor(report);
    expect(outputs.status).toBe('unhealthy');
    expect(outputs.healthy).toBe('false');
    expect(outputs['missing-scopes']).toBe('admin:workspace:bitbucket,delete:permission:bitbucket');
    expect(JSON.parse(outputs.report).findings).toHaveLength(2);
  });
  it('is healthy only when healthy', () => {
    expect(outputsFor(buildReport([finding('structure.valid', 'pass', 'ok')])).healthy).toBe('true');
    expect(outputsFor(buildReport([finding('structure.unknown_key', 'warning', 'w')])).healthy).toBe('false');
  });
});

describe('summary', () => {
  it('puts the status first, a table per section, then fixes and collapsed details', () => {
    const summary = renderSummary(
      buildReport([
        finding('structure.valid', 'pass', 'fine'),
        finding('structure.email', 'error', 'bad', { subject: 'email', location: { line: 2, column: 3 } }),
      ]),
    );
    expect(summary.split('\n')[0]).toBe('## ❌ Entitle Bitbucket integration: unhealthy');
    expect(summary).toContain('| Check | Result | Details |');
    expect(summary).toContain('### What to do');
    expect(summary).toMatch(/<details><summary>Details<\/summary>[\s\S]*line 2, column 3/);
  });

  it('lists findings that share a fix once under "What to do"', () => {
    const summary = renderSummary(
      buildReport([
        finding('bitbucket.scope', 'inconclusive', 'a', { subject: 'x:y', scope: 'x:y', fix: 'Run again.' }),
        finding('bitbucket.scope', 'inconclusive', 'b', { subject: 'z:w', scope: 'z:w', fix: 'Run again.' }),
        finding('structure.email', 'error', 'c', { subject: 'email', fix: 'Fix the email.' }),
      ]),
    );
    expect(summary).toContain('- ❔ **Scope (x:y)**, **Scope (z:w)**: Run again.');
    expect(summary).toContain('- ❌ **Email (email)**: Fix the email.');
  });

  it('escapes HTML, links and table breaks', () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> [link](https://evil) a|b ![i](x)';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/[<>|[\]]/);
    const summary = renderSummary(
      buildReport([finding('structure.email', 'error', hostile, { subject: 'x|y' })]),
    );
    expect(summary).not.toContain('<script>');
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('](https://evil)');
    for (const row of summary.split('\n').filter((l) => l.startsWith('| Email'))) {
      expect(row.split('|')).toHaveLength(5);
    }
  });
});

describe('text', () => {
  it('shows the status, each finding and its fix', () => {
    const text = renderText(buildReport([finding('structure.email', 'error', 'bad', { subject: 'email' })]));
    expect(text).toMatch(/^Entitle Bitbucket integration: unhealthy/);
    expect(text).toContain('[FAIL] Email (email): bad');
    expect(text).toContain('fix: ');
  });
});
