/**
 * Refusals that are not about scopes (a 403 without Bitbucket's scope error), as a workspace with an
 * IP allowlist gives: the checks that rest on those requests prove nothing.
 */
import { finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { type BitbucketEvidence, type BitbucketOptions, isNonScopeForbidden, lineOf } from '../evidence.js';

export const accessRefusals: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Bitbucket refused requests for reasons other than scopes',
  reports: ['bitbucket.ip_allowlist'],
  judge: (evidence) => {
    // The account request is left out: it needs read:user, and its refusals are judged as authentication.
    const refused = evidence.sent.filter((p) => p.id !== 'user' && isNonScopeForbidden(p.outcome));
    if (refused.length === 0) return [];
    return [
      finding(
        'bitbucket.ip_allowlist',
        'warning',
        `Bitbucket refused ${refused.length === 1 ? 'a request' : `${refused.length} requests`} for reasons other than scopes. The workspace may restrict access by IP address; checks that depend on those requests are inconclusive.`,
        { subject: evidence.workspace ?? 'workspace', evidence: refused.map(lineOf) },
      ),
    ];
  },
};
