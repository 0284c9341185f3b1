/** Scopes beyond the seven: not wrong, but more than Entitle needs. */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, introspect } from '../evidence.js';
import { REQUIRED_SCOPES, type RequiredScope } from '../plan.js';

export function extraScopes(granted: ReadonlySet<string> | undefined): string[] {
  if (!granted) return [];
  return [...granted].filter((s) => !REQUIRED_SCOPES.includes(s as RequiredScope)).sort();
}

export const extraScopesJudge: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The token holds no scope Entitle does not need',
  reports: ['bitbucket.extra_scopes'],
  judge: (evidence) => {
    const introspection = introspect(evidence);
    const extra = extraScopes(introspection.granted);
    if (extra.length === 0) return [];
    return [
      finding(
        'bitbucket.extra_scopes',
        'notice',
        `The token holds scopes Entitle does not need: ${extra.join(', ')}.`,
        {
          subject: 'app_token',
          evidence: introspection.evidence,
        },
      ),
    ];
  },
};
