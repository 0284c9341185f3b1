/**
 * Entitle manages permissions, so the token's account must administer the workspace: the named one,
 * or, when none is named, any (the first is probed).
 */
import { defineFindings, type Finding, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../net/faults.js';
import {
  administeredSlugs,
  type BitbucketEvidence,
  type BitbucketOptions,
  MAX_WORKSPACE_PAGES,
  probed,
} from '../bitbucket-evidence.js';

const { words, finding } = defineFindings({
  'bitbucket.workspace': {
    section: 'bitbucket',
    title: 'Workspace administration',
    cause: `Entitle manages permissions, so the account must administer the workspace. Reported when it administers none, or not the one named in ${input('workspace')}.`,
    fix: "Make the token's account an administrator of the workspace Entitle manages, or use a token of an account that is.",
  },
});

const NOT_ADMIN =
  'Entitle manages permissions, so the account that owns the token must be an administrator of the workspace.';

function shownList(slugs: readonly string[], truncated: boolean): string {
  return (
    slugs.slice(0, 20).join(', ') +
    (slugs.length > 20 ? `, and ${slugs.length - 20} more` : '') +
    (truncated ? ` (listing stopped after ${MAX_WORKSPACE_PAGES} pages)` : '')
  );
}

/** A workspace named in `workspace`: administered, or not (with the ones that are). */
function named(
  evidence: BitbucketEvidence,
  requested: string,
  slugs: string[],
  shown: string,
  init: { subject: string; evidence: string[] },
): Finding {
  if (evidence.workspace !== undefined) {
    return finding('bitbucket.workspace', 'pass', `The account administers workspace ${requested}.`, init);
  }
  return finding(
    'bitbucket.workspace',
    'error',
    `The account is not an administrator of workspace ${requested}. ${NOT_ADMIN}`,
    {
      ...init,
      fix: `Make the token's account an administrator of ${requested} (Workspace settings → User groups or Users), or set ${input('workspace')} to one it administers${slugs.length ? ` (${shown})` : ''}.`,
    },
  );
}

function judgeWorkspace(evidence: BitbucketEvidence, options: BitbucketOptions): Finding[] {
  const listingProbe = probed(evidence, 'workspaces');
  if (!listingProbe) return [];
  const requested = options.workspace;
  const init = { subject: requested ?? 'workspace', evidence: [listingProbe.line] };
  if (evidence.workspaces.slugs === undefined) {
    const fallback = 'Could not list the workspaces the account administers.';
    return [cannotJudge(finding, 'bitbucket.workspace', listingProbe, { ...init, fallback }) as Finding];
  }
  const slugs = administeredSlugs(evidence.workspaces);
  const shown = shownList(slugs, evidence.workspaces.truncated);
  if (requested) return [named(evidence, requested, slugs, shown, init)];
  const chosen = evidence.workspace;
  if (chosen === undefined && (evidence.workspaces.unusable ?? 0) > 0) {
    return [
      finding(
        'bitbucket.workspace',
        'inconclusive',
        'Bitbucket listed administered workspaces whose IDs cannot be used in a request (such as `..`), so none was probed.',
        { ...init, fix: `Set ${input('workspace')} to the ID of the workspace Entitle manages.` },
      ),
    ];
  }
  if (chosen === undefined) {
    return [
      finding('bitbucket.workspace', 'error', `The account administers no workspace. ${NOT_ADMIN}`, init),
    ];
  }
  const many = slugs.length > 1;
  const refused = evidence.refusedWorkspaces;
  const why =
    refused.length > 0
      ? `; ${refused.map((r) => r.slug).join(', ')} refused the token, so ${chosen} was probed (set ${input('workspace')} to the one Entitle manages)`
      : many
        ? `; probed ${chosen} (set ${input('workspace')} to choose)`
        : '';
  return [
    finding(
      'bitbucket.workspace',
      'pass',
      `The account administers ${many ? `${slugs.length} workspaces:` : 'workspace'} ${shown}${why}.`,
      { ...init, subject: chosen, evidence: [...init.evidence, ...refused.map((r) => r.line)] },
    ),
  ];
}

export const workspace: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The account administers the workspace',
  words,
  reports: ['bitbucket.workspace'],
  judge: judgeWorkspace,
};
