/** The per-scope verdict rules on their own. */
import { describe, expect, it } from 'vitest';
import type { Introspection } from '../../src/bitbucket/bitbucket-evidence.js';
import { type ScopeEvidence, scopeVerdicts } from '../../src/bitbucket/judges/scopes.js';
import { REQUIRED_SCOPES } from '../../src/bitbucket/plan.js';

const SCOPE = 'write:permission:bitbucket';
const listing = (scopes: string[]): Introspection => ({
  granted: new Set(scopes),
  evidence: ['GET /2.0/user → 403'],
});
const unknown: Introspection = { granted: undefined, evidence: [] };
const probe = (kind: ScopeEvidence['kind']): ScopeEvidence => ({
  kind,
  scopes: [SCOPE],
  evidence: `PUT … → ${kind}`,
});
const verdict = (introspection: Introspection, results: ScopeEvidence[]) =>
  scopeVerdicts(introspection, results, []).filter((f) => f.scope === SCOPE || f.subject === SCOPE);

describe('scope verdicts', () => {
  it.each([
    ['listed, no probe', listing([SCOPE]), [], ['pass']],
    ['listed, probe passed', listing([SCOPE]), [probe('proved')], ['pass']],
    ['listed, probe refused for scopes', listing([SCOPE]), [probe('missing')], ['error']],
    ['not listed, no probe', listing([]), [], ['error']],
    [
      'not listed, probe passed: the list wins, the disagreement is reported',
      listing([]),
      [probe('proved')],
      ['error', 'notice'],
    ],
    ['no list, probe succeeded (2xx)', unknown, [probe('proved')], ['pass']],
    [
      'no list, probe refused for its target (400/404): not proof on its own',
      unknown,
      [probe('refused-later')],
      ['inconclusive'],
    ],
    ['listed, probe refused for its target', listing([SCOPE]), [probe('refused-later')], ['pass']],
    ['not listed, probe refused for its target', listing([]), [probe('refused-later')], ['error', 'notice']],
    ['no list, probe refused for scopes', unknown, [probe('missing')], ['error']],
    ['no list, probe unanswered', unknown, [probe('unproven')], ['inconclusive']],
    ['no list, no probe', unknown, [], ['inconclusive']],
  ] as [string, Introspection, ScopeEvidence[], string[]][])(
    '%s',
    (_name, introspection, results, expected) => {
      expect(verdict(introspection, results).map((f) => f.severity)).toEqual(expected);
    },
  );

  it('gives one verdict per required scope, each with its evidence', () => {
    const findings = scopeVerdicts(listing([...REQUIRED_SCOPES]), [], []).filter(
      (f) => f.id === 'bitbucket.scope',
    );
    expect(findings.map((f) => f.scope)).toEqual([...REQUIRED_SCOPES]);
    for (const f of findings) expect(f.evidence?.[0]).toMatch(/lists /);
  });
});
