import { describe, expect, it } from 'vitest';
import { buildReport, deriveStatus, type Finding, type Severity, shouldFail } from '../../src/findings.js';
import { finding } from '../support/findings.js';

const of = (...severities: Severity[]): Finding[] =>
  severities.map((s) => finding('structure.valid', s, 'message'));

describe('deriveStatus', () => {
  it.each([
    [[], 'healthy'],
    [['pass', 'notice'], 'healthy'],
    [['pass', 'warning'], 'degraded'],
    [['warning', 'inconclusive'], 'inconclusive'],
    [['inconclusive', 'error', 'pass'], 'unhealthy'],
  ] as [Severity[], string][])('%j → %s', (severities, status) => {
    expect(deriveStatus(of(...severities))).toBe(status);
  });
});

describe('shouldFail', () => {
  const table: [Severity[], Record<'error' | 'inconclusive' | 'warning' | 'never', boolean>][] = [
    [['pass', 'notice'], { error: false, inconclusive: false, warning: false, never: false }],
    [['warning'], { error: false, inconclusive: false, warning: true, never: false }],
    [['inconclusive'], { error: false, inconclusive: true, warning: true, never: false }],
    [['error'], { error: true, inconclusive: true, warning: true, never: false }],
  ];
  it.each(table)('%j', (severities, expected) => {
    const report = buildReport(of(...severities));
    for (const [level, fails] of Object.entries(expected)) {
      expect(shouldFail(report, level as keyof typeof expected), level).toBe(fails);
    }
  });

  it('never fails a skipped run', () => {
    expect(shouldFail(buildReport(of('notice'), { skipped: true }), 'warning')).toBe(false);
  });
});

describe('buildReport', () => {
  it('lists missing scopes from scope errors only, once each', () => {
    const findings = [
      finding('bitbucket.scope', 'error', 'm', { scope: 'admin:workspace:bitbucket' }),
      finding('bitbucket.scope', 'pass', 'm', { scope: 'read:workspace:bitbucket' }),
      finding('bitbucket.scope', 'inconclusive', 'm', { scope: 'read:repository:bitbucket' }),
    ];
    expect(buildReport(findings).missingScopes).toEqual(['admin:workspace:bitbucket']);
  });

  it('takes the default fix from the catalogue, and none for a pass', () => {
    expect(finding('structure.json', 'error', 'm').fix).toMatch(/Correct the JSON/);
    expect(finding('structure.valid', 'pass', 'm').fix).toBeUndefined();
  });
});

describe('a finding', () => {
  it('cannot be edited after it is made', () => {
    const f = finding('bitbucket.repository', 'pass', 'The account administers repository a/b.');
    expect(Object.isFrozen(f)).toBe(true);
    expect(() => {
      (f as { severity: string }).severity = 'inconclusive';
    }).toThrow(TypeError);
  });
});
