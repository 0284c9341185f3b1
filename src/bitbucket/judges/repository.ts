/**
 * The repository-level probes need one repository the account administers. A repository found but
 * then refused for reasons other than scopes proves nothing about the probes sent to it.
 */

import { z } from 'zod';
import { allowlistFix } from '../../entitle.js';
import { type Finding, finding } from '../../findings.js';
import { jsonBody } from '../../http.js';
import type { Judge } from '../../judge.js';
import { cannotJudge } from '../../network.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  isNonScopeForbidden,
  lineOf,
  probed,
  scopeError,
} from '../evidence.js';
import type { ProbeId } from '../plan.js';

/** Requests about the workspace's content, whose refusal makes the repository's probes unreliable. */
const CONTENT_REQUESTS: ProbeId[] = [
  'workspace-members',
  'admin-repositories',
  'repository-permissions',
  'branch-restrictions',
  'write-permission',
  'delete-permission',
];
const pageSchema = z.object({ values: z.array(z.object({ slug: z.string() })) });

function judgeRepository(evidence: BitbucketEvidence): Finding[] {
  const { workspace, repository } = evidence;
  const listing = probed(evidence, 'admin-repositories');
  if (workspace === undefined || listing === undefined) return [];
  const init = { subject: workspace, evidence: [lineOf(listing)] };
  if (repository !== undefined) {
    const refused = CONTENT_REQUESTS.filter((id) => {
      const p = probed(evidence, id);
      return p !== undefined && isNonScopeForbidden(p.outcome);
    });
    if (refused.length > 0) {
      return [
        finding(
          'bitbucket.repository',
          'inconclusive',
          `The account administers repository ${workspace}/${repository}, but Bitbucket refused requests in the workspace for reasons other than scopes, so the repository's probes prove nothing.`,
          { ...init, subject: `${workspace}/${repository}`, fix: allowlistFix('the workspace') },
        ),
      ];
    }
    return [
      finding(
        'bitbucket.repository',
        'pass',
        `The account administers repository ${workspace}/${repository}.`,
        {
          ...init,
          subject: `${workspace}/${repository}`,
        },
      ),
    ];
  }
  const { outcome } = listing;
  const page = jsonBody(outcome, pageSchema);
  if (page && page.values.length > 0) {
    return [
      finding(
        'bitbucket.repository',
        'inconclusive',
        `Bitbucket named an administered repository in ${workspace} whose slug cannot be used in a request (such as \`..\`), so the repository-level probes were not sent.`,
        { ...init, fix: 'Run again; if it persists, report it with the details.' },
      ),
    ];
  }
  if (page) {
    return [
      finding(
        'bitbucket.repository',
        'warning',
        `The account administers no repository in workspace ${workspace}, so the repository-level probes were not run.`,
        init,
      ),
    ];
  }
  if (outcome.kind === 'response' && outcome.status === 404) {
    return [
      finding('bitbucket.repository', 'error', `Workspace ${workspace} was not found.`, {
        ...init,
        fix: 'Check the workspace ID (the slug in bitbucket.org/<workspace>/) given in the `workspace` input.',
      }),
    ];
  }
  const fallback = scopeError(outcome)
    ? 'Could not list repositories: the token lacks a scope for it.'
    : 'Could not list the repositories the account administers.';
  return [cannotJudge('bitbucket.repository', listing, { ...init, fallback }) as Finding];
}

export const repository: Judge<BitbucketEvidence, BitbucketOptions> = {
  name: 'The account administers a repository in the workspace',
  reports: ['bitbucket.repository'],
  judge: judgeRepository,
};
