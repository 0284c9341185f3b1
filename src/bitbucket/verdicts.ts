/**
 * From what the requests showed to one verdict per scope. Pure, so the rules are tested on their own:
 * - pass: granted (listed by introspection, or, when no answer listed the scopes, a probe passed the
 *   scope check), and no probe contradicts it;
 * - error: introspection or a scope 403 shows it missing (a disagreeing probe is reported beside it);
 * - inconclusive: nothing proved it either way.
 */
import { type Finding, finding } from '../findings.js';
import { REQUIRED_SCOPES, type RequiredScope } from './plan.js';

/**
 * What one request showed about scopes. `proved`: a 2xx, the operation ran. `refused-later`: a 400
 * or 404, which passed the scope check if Bitbucket checks scopes before it looks up the target or
 * validates the body, as observed but not documented; it corroborates a granted-scopes list and
 * never proves a scope on its own.
 */
export type ScopeEvidence =
  | { kind: 'proved'; scopes: readonly string[]; evidence: string }
  | { kind: 'refused-later'; scopes: readonly string[]; evidence: string }
  | { kind: 'missing'; scopes: readonly string[]; evidence: string }
  | { kind: 'unproven'; scopes: readonly string[]; evidence: string };

export interface Introspection {
  /** Scopes the token holds, as Bitbucket listed them; undefined when no answer listed them. */
  granted: ReadonlySet<string> | undefined;
  evidence: string[];
}

const SCOPE_FIX =
  'Scopes cannot be added to an existing token. Create a new API token with scopes at https://id.atlassian.com/manage-profile/security/api-tokens (app Bitbucket) with all seven scopes Entitle needs, then replace app_token in the secret and in Entitle.';

export function scopeVerdicts(introspection: Introspection, results: readonly ScopeEvidence[]): Finding[] {
  const findings: Finding[] = [];
  for (const scope of REQUIRED_SCOPES) {
    const about = results.filter((r) => r.scopes.includes(scope));
    const missingBy = about.filter((r) => r.kind === 'missing');
    const provedBy = about.filter((r) => r.kind === 'proved');
    const corroboratedBy = about.filter((r) => r.kind === 'proved' || r.kind === 'refused-later');
    const granted = introspection.granted;
    const listed = granted?.has(scope);
    const evidence = [
      ...(granted
        ? [`${introspection.evidence.join('; ')}: ${listed ? 'lists' : 'does not list'} ${scope}`]
        : []),
      ...about.map((r) => r.evidence),
    ];
    const init = { subject: scope, scope, evidence, title: 'Scope' } as const;

    if (missingBy.length > 0) {
      const disagreement = listed
        ? ' (the granted-scopes list names it, but the request was refused for it)'
        : '';
      findings.push(
        finding(
          'bitbucket.scope',
          'error',
          `The token lacks ${scope}: Bitbucket refused a request for it${disagreement}.`,
          {
            ...init,
            fix: SCOPE_FIX,
          },
        ),
      );
    } else if (granted && !listed) {
      // The granted list is Bitbucket's own statement; a probe that got past it does not overrule it.
      findings.push(
        finding(
          'bitbucket.scope',
          'error',
          `The token lacks ${scope}: it is not among the scopes Bitbucket lists for it.`,
          {
            ...init,
            fix: SCOPE_FIX,
          },
        ),
      );
      if (corroboratedBy.length > 0) {
        findings.push(
          finding(
            'bitbucket.scope_disagreement',
            'notice',
            `Bitbucket's list of granted scopes omits ${scope}, yet a request that needs it was not refused for scopes.`,
            { subject: scope, evidence },
          ),
        );
      }
    } else if (listed || provedBy.length > 0) {
      const how =
        listed && corroboratedBy.length > 0
          ? 'listed as granted, and a request that needs it passed the scope check'
          : listed
            ? 'listed as granted'
            : 'a request that needs it succeeded';
      findings.push(finding('bitbucket.scope', 'pass', `The token holds ${scope} (${how}).`, init));
    } else {
      findings.push(
        finding(
          'bitbucket.scope',
          'inconclusive',
          `Could not tell whether the token holds ${scope}: no answer listed the granted scopes, and no request that needs it succeeded or was refused for scopes.`,
          {
            ...init,
            fix: 'See the other Bitbucket findings for what stopped the requests; run again once they are resolved.',
          },
        ),
      );
    }
  }
  return findings;
}

/** Scopes beyond the seven: not wrong, but more than Entitle needs. */
export function extraScopes(granted: ReadonlySet<string> | undefined): string[] {
  if (!granted) return [];
  return [...granted].filter((s) => !REQUIRED_SCOPES.includes(s as RequiredScope)).sort();
}
