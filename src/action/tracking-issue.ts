/**
 * The tracking issue: when a run is unhealthy, or a recorded token expiry is inside the warning window,
 * open one issue in the repository, or update the open one, with the summary; when healthy again,
 * comment and close it. For scheduled health checks, so a
 * failing credential is noticed by people who watch issues.
 *
 * An issue is the action's only when the identity the token acts as opened it, it carries the
 * action's label, and its body holds the marker: anyone can write the marker into an issue of their
 * own, and that issue must never be edited or closed by a run.
 */
import type { Report } from '../findings.js';
import { cutToChars, ISSUE_MAX_CHARS } from '../report/bounds.js';

export const TRACKING_MARKER = '<!-- entitle-bitbucket-check:tracking-issue -->';
export const TRACKING_LABEL = 'entitle-bitbucket-check';
/** Who issues opened with the workflow's GITHUB_TOKEN are by. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
const TITLE = 'Entitle Bitbucket integration is unhealthy';
const EXPIRY_TITLE = 'Entitle Bitbucket credentials expire soon';

const EXPIRY_FINDINGS = new Set(['bitbucket.token_expiry', 'jira.token_expiry', 'organization.token_expiry']);

/** A recorded expiry inside the warning window (or past): worth an issue weeks before it fails. */
function expiryWarning(report: Report): boolean {
  return report.findings.some((f) => EXPIRY_FINDINGS.has(f.id) && f.severity === 'warning');
}

interface Issue {
  number: number;
  body?: string | null;
  pull_request?: unknown;
  user?: { login?: string; type?: string } | null;
}

/** The part of Octokit's REST client the tracking issue uses. */
export interface GitHubApi {
  users: { getAuthenticated(): Promise<{ data: { login: string } }> };
  issues: {
    listForRepo(params: {
      owner: string;
      repo: string;
      state: 'open';
      labels: string;
      creator?: string;
      per_page: number;
    }): Promise<{ data: Issue[] }>;
    create(params: {
      owner: string;
      repo: string;
      title: string;
      body: string;
      labels: string[];
    }): Promise<{ data: Issue }>;
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
  };
}

export type TrackingResult =
  | { action: 'opened' | 'updated' | 'closed'; number: number }
  | { action: 'none'; reason: string };

/** Who the token acts as: a user (named), or an installation's bot (the workflow's token, an app's). */
type Identity = { kind: 'user'; login: string } | { kind: 'bot' };

/** A fault worth one more try: no answer, a 5xx, a rate limit; never a refusal. */
const transient = (status: number | undefined) => status === undefined || status >= 500 || status === 429;

/**
 * The identity the token acts as, read, never guessed: `/user` names a user's token; an installation
 * token (the workflow's GITHUB_TOKEN, or an app's) may not read it (403) and acts as its bot. A
 * transient fault is tried once more, then given up: the tracking issue is skipped rather than risk a
 * duplicate beside the owner's issue.
 */
async function actingIdentity(api: GitHubApi): Promise<Identity> {
  for (let attempt = 1; ; attempt++) {
    try {
      return { kind: 'user', login: (await api.users.getAuthenticated()).data.login };
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 403) return { kind: 'bot' };
      if (attempt >= 2 || !transient(status)) throw error;
    }
  }
}

/** An issue number as the API should send it; anything else is not trusted, nor printed. */
function issueNumber(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  throw Object.assign(new Error('not an issue'), { notAnIssue: true });
}

function ownedBy(issue: Issue, identity: Identity): boolean {
  const login = issue.user?.login ?? '';
  return identity.kind === 'user'
    ? login === identity.login
    : issue.user?.type === 'Bot' || login === WORKFLOW_TOKEN_LOGIN || login.endsWith('[bot]');
}

async function findOwn(
  api: GitHubApi,
  owner: string,
  repo: string,
  identity: Identity,
): Promise<Issue | undefined> {
  const { data } = await api.issues.listForRepo({
    owner,
    repo,
    state: 'open',
    labels: TRACKING_LABEL,
    ...(identity.kind === 'user' ? { creator: identity.login } : {}),
    per_page: 100,
  });
  // The action's only by author, label and marker: anyone can write the marker into an issue.
  const own = data.find(
    (i) => !i.pull_request && ownedBy(i, identity) && (i.body ?? '').includes(TRACKING_MARKER),
  );
  return own && { ...own, number: issueNumber(own.number) };
}

export async function updateTrackingIssue(
  api: GitHubApi,
  repository: { owner: string; repo: string },
  report: Report,
  summary: string,
  runUrl: string | undefined,
): Promise<TrackingResult> {
  const { owner, repo } = repository;
  const open = await findOwn(api, owner, repo, await actingIdentity(api));
  const footer = runUrl ? `\n\nLast checked by [this run](${runUrl}).\n` : '\n';
  if (report.status === 'unhealthy' || expiryWarning(report)) {
    const room = ISSUE_MAX_CHARS - TRACKING_MARKER.length - footer.length - 1;
    const body = `${TRACKING_MARKER}\n${cutToChars(summary, room)}${footer}`;
    if (open) {
      await api.issues.update({ owner, repo, issue_number: open.number, body });
      return { action: 'updated', number: open.number };
    }
    const title = report.status === 'unhealthy' ? TITLE : EXPIRY_TITLE;
    const { data } = await api.issues.create({ owner, repo, title, body, labels: [TRACKING_LABEL] });
    return { action: 'opened', number: issueNumber(data.number) };
  }
  if (report.status === 'healthy' && open) {
    await api.issues.createComment({
      owner,
      repo,
      issue_number: open.number,
      body: `The Entitle Bitbucket integration is healthy again.${footer}`,
    });
    await api.issues.update({
      owner,
      repo,
      issue_number: open.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: open.number };
  }
  return {
    action: 'none',
    reason: open
      ? `status ${report.status}: the open issue #${open.number} is left as it is`
      : `status ${report.status}`,
  };
}
