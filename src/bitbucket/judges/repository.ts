/**
 * The repository-level probes need one repository the account administers. A repository found but
 * then refused for reasons other than scopes proves nothing about the probes sent to it.
 */

import { defineFindings, type Finding, input } from '../../findings.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../net/faults.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  isRefusal,
  probed,
  REFUSAL_FINDING,
  refusalKind,
} from '../bitbucket-evidence.js';
import type { BitbucketProbe } from '../bitbucket-facts.js';
import { probes } from '../plan.js';

const { words, finding } = defineFindings({
  'bitbucket.repository': {
    section: 'bitbucket',
    title: 'Administered repository',
    cause: 'The repository-level probes need one repository the account administers in the workspace.',
    fix: `Give the account admin access to at least one repository, or name a ${input('workspace')} where it has some.`,
  },
});

/** A repository was found: its probes prove something unless the workspace refused requests about its content. */
function found(evidence: BitbucketEvidence, workspace: string, repository: string, init: object): Finding {
  const refused = evidence.sent.find(
    (p) => (p.workspace === undefined || p.workspace === workspace) && probes[p.id].content && isRefusal(p),
  );
  const subject = `${workspace}/${repository}`;
  if (refused) {
    // The refusal's own finding names the cause and its one fix.
    return finding(
      'bitbucket.repository',
      'inconclusive',
      `The account administers repository ${subject}, but Bitbucket refused requests in the workspace for reasons other than scopes, so the repository's probes prove nothing.`,
      { ...init, subject, explainedBy: REFUSAL_FINDING[refusalKind(refused)] },
    );
  }
  return finding('bitbucket.repository', 'pass', `The account administers repository ${subject}.`, {
    ...init,
    subject,
  });
}

/** No repository to probe: why, from the listing. */
function notFound(listing: BitbucketProbe, workspace: string, init: object): Finding {
  const slugs = listing.repositorySlugs;
  if (slugs && slugs.length > 0) {
    return finding(
      'bitbucket.repository',
      'inconclusive',
      `Bitbucket named an administered repository in ${workspace} whose slug cannot be used in a request (such as \`..\`), so the repository-level probes were not sent.`,
      { ...init, fix: 'Run again; if it persists, report it with the details.' },
    );
  }
  if (slugs) {
    return finding(
      'bitbucket.repository',
      'warning',
      `The account administers no repository in workspace ${workspace}, so the repository-level probes were not run.`,
      init,
    );
  }
  if (isRefusal(listing)) {
    const message = `Not checked: Bitbucket refused the repository listing in ${workspace} for a reason other than scopes.`;
    return finding('bitbucket.repository', 'inconclusive', message, {
      ...init,
      explainedBy: REFUSAL_FINDING[refusalKind(listing)],
    });
  }
  if (listing.scopeError) {
    const message = `Not checked: listing the repositories in ${workspace} needs a scope the token lacks.`;
    return finding('bitbucket.repository', 'inconclusive', message, {
      ...init,
      explainedBy: 'bitbucket.missing_scopes',
    });
  }
  if (listing.status === 404) {
    return finding('bitbucket.repository', 'error', `Workspace ${workspace} was not found.`, {
      ...init,
      fix: `Check the workspace ID (the slug in bitbucket.org/<workspace>/) given in ${input('workspace')}.`,
    });
  }
  return cannotJudge(finding, 'bitbucket.repository', listing, {
    ...init,
    fallback: 'Could not list the repositories the account administers.',
    fix: 'Run again; if it persists, record a transcript (the `transcript` input) and report it.',
  }) as Finding;
}

function judgeRepository(evidence: BitbucketEvidence): Finding[] {
  const { workspace, repository } = evidence;
  const listing = probed(evidence, 'admin-repositories');
  if (workspace === undefined || listing === undefined) return [];
  const init = { subject: workspace, evidence: [listing.line] };
  return [
    repository !== undefined
      ? found(evidence, workspace, repository, init)
      : notFound(listing, workspace, init),
  ];
}

export const repository: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The account administers a repository in the workspace',
  words,
  reports: ['bitbucket.repository'],
  judge: judgeRepository,
};
