/**
 * Refusals that are not about scopes (a 403 without Bitbucket's scope error), read from Bitbucket's
 * message: an IP allowlist, two-step verification, an authentication method it refuses, a missing
 * admin role or workspace access; anything else is shown as Bitbucket said it. The checks that rest
 * on those requests prove nothing.
 */
import { allowlistFix } from '../../entitle.js';
import { defineFindings, type Finding, input, serverText } from '../../findings.js';
import type { Judge } from '../../judge.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  isRefusal,
  type RefusalKind,
  refusalKind,
} from '../bitbucket-evidence.js';
import type { BitbucketProbe } from '../bitbucket-facts.js';
import { probes } from '../plan.js';

const { words, finding } = defineFindings({
  'bitbucket.ip_allowlist': {
    section: 'bitbucket',
    title: 'IP allowlist',
    cause:
      "Bitbucket refused a workspace or repository request, and its message names the workspace's IP allowlist: the runner's address is not on it. Entitle's own addresses must be on it for Entitle to work.",
    fix: allowlistFix('the workspace'),
  },
  'bitbucket.two_step': {
    section: 'bitbucket',
    title: 'Two-step verification',
    cause:
      'Bitbucket refused a request because the workspace requires two-step verification and the token’s account does not have it on ("To access this repository, enable two-step verification."). Entitle’s requests are refused the same way.',
    fix: 'Turn on two-step verification for the Atlassian account that owns the token (id.atlassian.com → Security), then run again.',
  },
  'bitbucket.auth_method': {
    section: 'bitbucket',
    title: 'Authentication method',
    cause:
      'Bitbucket refused a request for the way the credential authenticates, not for its scopes. Atlassian’s specification still says the permission write and delete accept only app passwords; if Bitbucket enforces that for API tokens, Entitle’s permission changes are refused too.',
    fix: 'Check Bitbucket’s message in the details. Use a user’s API token with scopes (not an access token or app password); if Bitbucket refuses API tokens on this operation, report it to Entitle with the details.',
  },
  'bitbucket.no_access': {
    section: 'bitbucket',
    title: 'Workspace access',
    cause:
      'Bitbucket refused a request because the token has no access to the workspace: API tokens can be limited to some workspaces, or the account is not a member.',
    fix: `Set ${input('workspace')} to the workspace Entitle manages, and create the token for that workspace (or for all), from an account that administers it.`,
  },
  'bitbucket.not_admin': {
    section: 'bitbucket',
    title: 'Administrator role',
    cause:
      'Bitbucket refused a request because the account is not an administrator where it was sent. Entitle manages permissions, so the token’s account must administer the workspace and its repositories.',
    fix: "Make the token's account an administrator of the workspace (Workspace settings → User groups), or use a token of an account that is.",
  },
  'bitbucket.refused': {
    section: 'bitbucket',
    title: 'Request refused',
    cause:
      'Bitbucket refused a request for a reason other than scopes that the action does not recognise; its message is shown (scrubbed, one line). The checks that depend on it are inconclusive.',
    fix: 'Read Bitbucket’s message in the finding; resolve what it names and run again. If it names nothing you can change, report it with the details.',
  },
});

/** Bitbucket's message as one short line; it is scrubbed and escaped like every finding. */
function quoted(message: string | undefined): string {
  if ((message ?? '').trim() === '') return 'Bitbucket gave no message.';
  return `Bitbucket said: ${serverText(message ?? '')}`;
}

function refusalFinding(kind: RefusalKind, refused: BitbucketProbe[], where: string): Finding {
  const init = { subject: where, evidence: refused.map((p) => p.line) };
  const count = refused.length === 1 ? 'a request' : `${refused.length} requests`;
  switch (kind) {
    case 'ip-allowlist':
      return finding(
        'bitbucket.ip_allowlist',
        'warning',
        `Bitbucket refused ${count} because of the workspace's IP allowlist; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. A GitHub-hosted runner's address cannot be on the list: run the check on a self-hosted runner whose address is.`,
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
        `Bitbucket refused ${count} for the authentication method, not the scopes: ${quoted(refused[0]?.message)}`,
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
        `Bitbucket refused ${count} for a reason other than scopes; checks that depend on ${refused.length === 1 ? 'it' : 'them'} are inconclusive. ${quoted(refused[0]?.message)}`,
        init,
      );
  }
}

export const accessRefusals: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'Bitbucket refused requests for reasons other than scopes',
  words,
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
        probes[p.id].refusalJudged &&
        (p.workspace === undefined || p.workspace === evidence.workspace) &&
        isRefusal(p),
    );
    const kinds = [...new Set(refused.map(refusalKind))];
    const where = evidence.workspace ?? 'workspace';
    return kinds.map((kind) =>
      refusalFinding(
        kind,
        refused.filter((p) => refusalKind(p) === kind),
        where,
      ),
    );
  },
};
