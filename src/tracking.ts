/**
 * The tracking issue: when a run is unhealthy, open one issue in the repository, or update the open
 * one (found by a hidden marker), with the summary; when healthy again, comment and close it. For
 * scheduled health checks, so a failing credential is noticed by people who watch issues.
 */
import type { Report } from './findings.js';

export const TRACKING_MARKER = '<!-- entitle-bitbucket-check:tracking-issue -->';
const TITLE = 'Entitle Bitbucket integration is unhealthy';
const MAX_PAGES = 3;

interface Issue {
  number: number;
  body?: string | null;
  pull_request?: unknown;
}

/** The part of Octokit's REST client the tracking issue uses. */
export interface IssuesApi {
  listForRepo(params: {
    owner: string;
    repo: string;
    state: 'open';
    per_page: number;
    page: number;
  }): Promise<{
    data: Issue[];
  }>;
  create(params: { owner: string; repo: string; title: string; body: string }): Promise<{ data: Issue }>;
  update(params: {
    owner: string;
    repo: string;
    issue_number: number;
    body?: string;
    state?: 'closed';
    state_reason?: 'completed';
  }): Promise<unknown>;
  createComment(params: {
    owner: string;
    repo: string;
    issue_number: number;
    body: string;
  }): Promise<unknown>;
}

export type TrackingResult =
  | { action: 'opened' | 'updated' | 'closed'; number: number }
  | { action: 'none'; reason: string };

async function findOpen(api: IssuesApi, owner: string, repo: string): Promise<Issue | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await api.listForRepo({ owner, repo, state: 'open', per_page: 100, page });
    const found = data.find((i) => !i.pull_request && (i.body ?? '').includes(TRACKING_MARKER));
    if (found || data.length < 100) return found;
  }
  return undefined;
}

export async function updateTrackingIssue(
  api: IssuesApi,
  repository: { owner: string; repo: string },
  report: Report,
  summary: string,
  runUrl: string | undefined,
): Promise<TrackingResult> {
  const { owner, repo } = repository;
  const open = await findOpen(api, owner, repo);
  const footer = runUrl ? `\n\nLast checked by [this run](${runUrl}).\n` : '\n';
  if (report.status === 'unhealthy') {
    const body = `${TRACKING_MARKER}\n${summary}${footer}`;
    if (open) {
      await api.update({ owner, repo, issue_number: open.number, body });
      return { action: 'updated', number: open.number };
    }
    const { data } = await api.create({ owner, repo, title: TITLE, body });
    return { action: 'opened', number: data.number };
  }
  if (report.status === 'healthy' && open) {
    await api.createComment({
      owner,
      repo,
      issue_number: open.number,
      body: `The Entitle Bitbucket integration is healthy again.${footer}`,
    });
    await api.update({ owner, repo, issue_number: open.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: open.number };
  }
  return {
    action: 'none',
    reason: open
      ? `status ${report.status}: the open issue #${open.number} is left as it is`
      : `status ${report.status}`,
  };
}
