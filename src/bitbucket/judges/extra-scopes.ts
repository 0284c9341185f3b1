/** Scopes beyond the seven: not wrong, but more than Entitle needs. */
import { defineFindings } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, introspect } from '../bitbucket-evidence.js';
import { REQUIRED_SCOPES, type RequiredScope } from '../plan.js';

const { words, finding } = defineFindings({
  'bitbucket.extra_scopes': {
    section: 'bitbucket',
    title: 'Extra scopes',
    cause: 'The token holds scopes beyond the seven Entitle needs.',
    fix: 'For least privilege, create a token with only the seven scopes Entitle needs.',
  },
});

export function extraScopes(granted: ReadonlySet<string> | undefined): string[] {
  if (!granted) return [];
  return [...granted].filter((s) => !REQUIRED_SCOPES.includes(s as RequiredScope)).sort();
}

export const extraScopesJudge: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The token holds no scope Entitle does not need',
  words,
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
