/**
 * Entitle manages permissions, so the token's account must administer the workspace: the named one,
 * or, when none is named, any (the first is probed).
 */
import { closest, distance } from 'fastest-levenshtein';
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
import type { BitbucketProbe } from '../bitbucket-facts.js';

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
  // A near miss of an administered workspace is a typo far likelier than a missing role.
  const meant = slugs.length > 0 ? closest(requested.toLowerCase(), slugs) : undefined;
  if (meant !== undefined && distance(requested.toLowerCase(), meant) <= 2) {
    return finding(
      'bitbucket.workspace',
      'error',
      `Workspace ${requested} is not among the workspaces the account administers; ${meant} is.`,
      {
        ...init,
        fix: `Did you mean ${meant}? Set ${input('workspace')} to the slug in bitbucket.org/<workspace>/.`,
      },
    );
  }
  return finding(
    'bitbucket.workspace',
    'error',
    `Workspace ${requested} is not among the workspaces the account administers${slugs.length ? ` (${shown})` : ''}. ${NOT_ADMIN}`,
    {
      ...init,
      fix: `Set ${input('workspace')} to the workspace Entitle manages; if that is ${requested}, make the token's account an administrator of it (Workspace settings → User groups or Users).`,
    },
  );
}

/** The listing could not be read: for a missing scope (said once, by the scopes' finding), or for no known reason. */
function unlisted(listing: BitbucketProbe, init: { subject: string; evidence: string[] }): Finding {
  if (listing.scopeError) {
    const message =
      'Not checked: listing the workspaces needs read:workspace:bitbucket, which the token lacks.';
    return finding('bitbucket.workspace', 'inconclusive', message, {
      ...init,
      explainedBy: 'bitbucket.missing_scopes',
    });
  }
  return cannotJudge(finding, 'bitbucket.workspace', listing, {
    ...init,
    fallback: 'Could not list the workspaces the account administers.',
    fix: 'Run again; if it persists, record a transcript (the `transcript` input) and report it.',
  }) as Finding;
}

function judgeWorkspace(evidence: BitbucketEvidence, options: BitbucketOptions): Finding[] {
  const listingProbe = probed(evidence, 'workspaces');
  if (!listingProbe) return [];
  const requested = options.workspace;
  const init = { subject: requested ?? 'workspace', evidence: [listingProbe.line] };
  if (evidence.workspaces.slugs === undefined) return [unlisted(listingProbe, init)];
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
