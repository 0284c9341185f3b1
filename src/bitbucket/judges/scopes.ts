/**
 * One verdict per scope Entitle needs, from what the requests showed:
 * - pass: granted (listed by introspection, or, when no answer listed the scopes, a probe passed the
 *   scope check), and no probe contradicts it;
 * - error: introspection or a scope 403 shows it missing (a disagreeing probe is reported beside it);
 * - inconclusive: nothing proved it either way.
 */
import { BITBUCKET_TOKEN_FIX } from '../../entitle.js';
import { defineFindings, type Finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { firstNetworkCause, type NetworkCause } from '../../net/faults.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  type Introspection,
  introspect,
  isRefusal,
  probed,
  REFUSAL_FINDING,
  type RefusalKind,
  refusalKind,
} from '../bitbucket-evidence.js';
import type { BitbucketProbe } from '../bitbucket-facts.js';
import { probes, REQUIRED_SCOPES } from '../plan.js';
import { groupMissing, MISSING_SCOPES_WORDS } from './missing-scopes.js';

const { words, finding } = defineFindings({
  'bitbucket.scope': {
    section: 'bitbucket',
    title: 'Scope',
    cause:
      'The verdict for one of the seven scopes Entitle needs: granted (pass), proven missing (error), or not provable either way (inconclusive).',
    fix: `Scopes cannot be added to an existing token. ${BITBUCKET_TOKEN_FIX}`,
  },
  'bitbucket.scope_refused': {
    section: 'bitbucket',
    title: 'Scope',
    cause:
      "The probe of a permission scope was refused for a reason other than scopes (the authentication method, an IP allowlist, a policy): Entitle's permission changes may be refused the same way. A new token would not fix it, so the scope is not in `missing-scopes`.",
    fix: 'See the Bitbucket finding that names the refusal, and resolve it; then run again.',
  },
  'bitbucket.scope_disagreement': {
    section: 'bitbucket',
    title: 'Scope evidence disagrees',
    cause:
      "Bitbucket's list of granted scopes and a probe's answer disagree about a scope. The verdict follows the list (or the refusal), never the more favourable reading.",
    fix: 'Follow the scope verdict; if a new token with every scope still shows this, report it.',
  },
});

/** A write scope whose probe was refused for a reason other than scopes. */
export interface BlockedScope {
  scope: string;
  kind: RefusalKind;
  evidence: string;
}

/**
 * Scopes whose probe Bitbucket refused for a reason other than scopes: Entitle's permission writes may
 * be refused the same way, so the granted list alone cannot pass them.
 */
export function blockedWriteScopes(evidence: BitbucketEvidence): BlockedScope[] {
  return Object.values(probes).flatMap(({ id, writeScope }) => {
    const sent = writeScope && probed(evidence, id);
    if (!writeScope || !sent || !isRefusal(sent)) return [];
    return [{ scope: writeScope, kind: refusalKind(sent), evidence: sent.line }];
  });
}

function blockedVerdict(blocked: BlockedScope, evidence: string[]): Finding {
  const init = { subject: blocked.scope, scope: blocked.scope, evidence, title: 'Scope' } as const;
  if (blocked.kind === 'auth-method') {
    return finding(
      'bitbucket.scope_refused',
      'error',
      `Bitbucket refuses ${blocked.scope}'s operation for this kind of credential, whatever its scopes: Entitle's permission changes would be refused the same way.`,
      { ...init, explainedBy: REFUSAL_FINDING['auth-method'] },
    );
  }
  return finding(
    'bitbucket.scope_refused',
    'inconclusive',
    `Could not prove ${blocked.scope}: Bitbucket refused its probe for a reason other than scopes, so Entitle's permission changes may be refused too.`,
    { ...init, explainedBy: REFUSAL_FINDING[blocked.kind] },
  );
}

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
  | { kind: 'unproven'; scopes: readonly string[]; evidence: string; noAnswer?: true };

/** What one probe's answer shows about the scopes it exercises. */
export function classifyProbe(sent: BitbucketProbe): ScopeEvidence {
  const proves = probes[sent.id].proves;
  const evidence = sent.line;
  const { status } = sent;
  if (status === undefined) return { kind: 'unproven', scopes: proves, evidence, noAnswer: true };
  const scope = sent.scopeError;
  if (scope) {
    if (scope.required && scope.granted) {
      const granted = new Set(scope.granted);
      const missing = scope.required.filter((s) => !granted.has(s));
      // Only the missing ones are claimed; the rest of the operation's scopes are not judged by it.
      const claimed = proves.filter((s) => missing.includes(s));
      return claimed.length > 0
        ? { kind: 'missing', scopes: claimed, evidence }
        : { kind: 'unproven', scopes: proves, evidence };
    }
    return { kind: proves.length === 1 ? 'missing' : 'unproven', scopes: proves, evidence };
  }
  // Only Bitbucket's own 2xx proves a scope (ownAnswer is false for any other status), and never a
  // write or delete that succeeded: that is an alarm, judged elsewhere. Any other 2xx ends unproven.
  if (sent.ownAnswer) {
    return {
      kind: probes[sent.id].writeScope === undefined ? 'proved' : 'unproven',
      scopes: proves,
      evidence,
    };
  }
  // The impossible probes end here: past the scope check, refused for the target or the body.
  if (status === 400 || status === 404) return { kind: 'refused-later', scopes: proves, evidence };
  return { kind: 'unproven', scopes: proves, evidence };
}

/** Neither proven nor refused: "not checked" when Bitbucket gave no answer at all, else inconclusive. */
function unproven(
  scope: string,
  about: readonly ScopeEvidence[],
  evidence: string[],
  unreachable: NetworkCause | undefined,
): Finding {
  const init = { subject: scope, scope, evidence, title: 'Scope' } as const;
  if (unreachable && about.every((r) => r.kind === 'unproven' && r.noAnswer)) {
    const message = `Not checked: Bitbucket gave no answer to the requests that show ${scope}.`;
    return finding('bitbucket.scope', 'inconclusive', message, { ...init, dependsOn: unreachable });
  }
  return finding(
    'bitbucket.scope',
    'inconclusive',
    `Could not tell whether the token holds ${scope}: no answer listed the granted scopes, and no request that needs it succeeded or was refused for scopes.`,
    {
      ...init,
      fix: 'Run again; if it stays inconclusive, record a transcript (the `transcript` input) and report it.',
    },
  );
}

/** The granted list is Bitbucket's own statement; a probe that got past it does not overrule it. */
function notListed(scope: string, corroborated: boolean, evidence: string[]): Finding[] {
  const init = { subject: scope, scope, evidence, title: 'Scope' } as const;
  const message = `The token lacks ${scope}: it is not among the scopes Bitbucket lists for it.`;
  const lacks = finding('bitbucket.scope', 'error', message, init);
  if (!corroborated) return [lacks];
  return [
    lacks,
    finding(
      'bitbucket.scope_disagreement',
      'notice',
      `Bitbucket's list of granted scopes omits ${scope}, yet a request that needs it was not refused for scopes.`,
      { subject: scope, evidence },
    ),
  ];
}

function verdictFor(
  scope: string,
  introspection: Introspection,
  results: readonly ScopeEvidence[],
  blocked?: BlockedScope,
  unreachable?: NetworkCause,
): Finding[] {
  const about = results.filter((r) => r.scopes.includes(scope));
  const missing = about.some((r) => r.kind === 'missing');
  const proved = about.some((r) => r.kind === 'proved');
  const corroborated = about.some((r) => r.kind === 'proved' || r.kind === 'refused-later');
  const granted = introspection.granted;
  const listed = granted?.has(scope) ?? false;
  const evidence = [
    ...(granted
      ? [`${introspection.evidence.join('; ')}: ${listed ? 'lists' : 'does not list'} ${scope}`]
      : []),
    ...about.map((r) => r.evidence),
  ];
  const init = { subject: scope, scope, evidence, title: 'Scope' } as const;
  if (missing) {
    const disagreement = listed
      ? ' (the granted-scopes list names it, but the request was refused for it)'
      : '';
    return [
      finding(
        'bitbucket.scope',
        'error',
        `The token lacks ${scope}: Bitbucket refused a request for it${disagreement}.`,
        init,
      ),
    ];
  }
  if (granted && !listed) return notListed(scope, corroborated, evidence);
  if (blocked) return [blockedVerdict(blocked, evidence)];
  if (listed || proved) {
    const how =
      listed && corroborated
        ? 'listed as granted, and a request that needs it passed the scope check'
        : listed
          ? 'listed as granted'
          : 'a request that needs it succeeded';
    return [finding('bitbucket.scope', 'pass', `The token holds ${scope} (${how}).`, init)];
  }
  return [unproven(scope, about, evidence, unreachable)];
}

export function scopeVerdicts(
  introspection: Introspection,
  results: readonly ScopeEvidence[],
  blocked: readonly BlockedScope[],
  unreachable?: NetworkCause,
): Finding[] {
  return REQUIRED_SCOPES.flatMap((scope) =>
    verdictFor(
      scope,
      introspection,
      results,
      blocked.find((b) => b.scope === scope),
      unreachable,
    ),
  );
}

export const scopes: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The token holds each scope Entitle needs',
  words: { ...words, ...MISSING_SCOPES_WORDS },
  reports: [
    'bitbucket.missing_scopes',
    'bitbucket.scope',
    'bitbucket.scope_refused',
    'bitbucket.scope_disagreement',
  ],
  judge: (evidence) =>
    groupMissing(
      scopeVerdicts(
        introspect(evidence),
        evidence.sent.map(classifyProbe),
        blockedWriteScopes(evidence),
        firstNetworkCause(evidence.sent),
      ),
    ),
};
