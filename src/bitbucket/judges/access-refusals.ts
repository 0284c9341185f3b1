/**
 * Refusals that are not about scopes (a 403 without Bitbucket's scope error), read from Bitbucket's
 * message: an IP allowlist, two-step verification, an authentication method it refuses, a missing
 * admin role or workspace access; anything else is shown as Bitbucket said it. The checks that rest
 * on those requests prove nothing.
 */
import { ENTITLE_IP_LIST } from '../../entitle.js';
import { type Finding, finding } from '../../findings.js';
import type { Judge } from '../../judge.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  type BitbucketProbe,
  errorMessage,
  isNonScopeForbidden,
  lineOf,
  type RefusalKind,
  refusalKind,
} from '../evidence.js';
import type { ProbeId } from '../plan.js';

/**
 * Left out: the account request needs read:user and is judged as authentication; what the
 * application-property lookup of a made-up user answers is not known, so its refusal says nothing.
 */
const NOT_JUDGED = new Set<ProbeId>(['user', 'application-property']);

/** Bitbucket's message as one short line; it is scrubbed and escaped like every finding. */
function quoted(message: string | undefined): string {
  // Nothing a server sends becomes a link: Markdown would make a bare URL clickable.
  const line = (message ?? '')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*|\bwww\.\S*/gi, '(a link, not shown)')
    .replace(/\s+/g, ' ')
    .trim();
  if (line === '') return 'Bitbucket gave no message.';
  return `Bitbucket said: “${line.length > 160 ? `${line.slice(0, 160)}…` : line}”`;
}

function refusalFinding(kind: RefusalKind, refused: BitbucketProbe[], where: string): Finding {
  const init = { subject: where, evidence: refused.map(lineOf) };
  const count = refused.length === 1 ? 'a request' : `${refused.length} requests`;
  switch (kind) {
    case 'ip-allowlist':
      return finding(
        'bitbucket.ip_allowlist',
        'warning',
        `Bitbucket refused ${count} because of the workspace's IP allowlist; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. Entitle calls from its own addresses (${ENTITLE_IP_LIST}).`,
        init,
      );
    case 'two-step':
      return finding(
        'bitbucket.two_step',
        'error',
        `Bitbucket refused ${count}: the workspace requires two-step verification, and the token's account does not have it on. Entitle's requests would be refused the same way.`,
        init,
      );
    case 'auth-method':
      return finding(
        'bitbucket.auth_method',
        'error',
        `Bitbucket refused ${count} for the authentication method, not the scopes: ${quoted(errorMessage(refused[0]?.outcome))}`,
        init,
      );
    case 'no-access':
      return finding(
        'bitbucket.no_access',
        'error',
        `Bitbucket refused ${count}: the token has no access to workspace ${where}. API tokens can be limited to some workspaces.`,
        init,
      );
    case 'not-admin':
      return finding(
        'bitbucket.not_admin',
        'error',
        `Bitbucket refused ${count} because the account is not an administrator there. Entitle manages permissions, so it must be.`,
        init,
      );
    case 'other':
      return finding(
        'bitbucket.refused',
        'warning',
        `Bitbucket refused ${count} for a reason other than scopes; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. ${quoted(errorMessage(refused[0]?.outcome))}`,
        init,
      );
  }
}

export const accessRefusals: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Bitbucket refused requests for reasons other than scopes',
  reports: [
    'bitbucket.ip_allowlist',
    'bitbucket.two_step',
    'bitbucket.auth_method',
    'bitbucket.no_access',
    'bitbucket.not_admin',
    'bitbucket.refused',
  ],
  judge: (evidence) => {
    const refused = evidence.sent.filter(
      (p) =>
        !NOT_JUDGED.has(p.id) &&
        (p.workspace === undefined || p.workspace === evidence.workspace) &&
        isNonScopeForbidden(p.outcome),
    );
    const kinds = [...new Set(refused.map((p) => refusalKind(p.outcome)))];
    const where = evidence.workspace ?? 'workspace';
    return kinds.map((kind) =>
      refusalFinding(
        kind,
        refused.filter((p) => refusalKind(p.outcome) === kind),
        where,
      ),
    );
  },
};
