/**
 * The action's side of the tracking issue: when to touch it, with which client, and what to say when
 * it cannot. A failure here is reported but never changes the credentials' verdict.
 */
import { type Finding, input, type Report } from '../findings.js';
import { emitAnnotations } from '../report/annotations.js';
import { findingInWords } from '../report/face.js';
import { safeLogLine } from '../report/log.js';
import { renderSummary } from '../report/summary.js';
import { finding } from '../report/tracking-words.js';
import type { Env, Runner } from './runner.js';
import type { GitHubApi } from './tracking-issue.js';

const inAction = (f: Finding) => findingInWords(f, 'action');

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

/** What stopped the tracking issue, in the GitHub API's own terms, and the fix that matches it. */
function trackingWarning(error: unknown): Finding {
  const { status, response } = error as { status?: number; response?: { headers?: Record<string, string> } };
  const message = (text: string, fix: string) =>
    finding('tracking.issue', 'warning', `The tracking issue was not updated: ${text}`, { fix });
  const rateLimited =
    status === 429 || (status === 403 && response?.headers?.['x-ratelimit-remaining'] === '0');
  if ((error as { timedOut?: boolean }).timedOut || (error as { name?: string }).name === 'TimeoutError') {
    return message(
      'the GitHub API did not answer in time.',
      'The next run tries again; check that the runner reaches the GitHub API.',
    );
  }
  if ((error as { notAnIssue?: boolean }).notAnIssue) {
    return message(
      "the GitHub API's answer did not hold an issue number.",
      'The next run tries again; if it recurs, report it.',
    );
  }
  // Octokit reports a request that got no answer as status 500 without a response.
  if (status === undefined || response === undefined) {
    return message(
      'the GitHub API could not be reached.',
      'Check that the runner reaches the GitHub API (on self-hosted runners: proxy and firewall); the next run tries again.',
    );
  }
  if (rateLimited) {
    return message(
      `the GitHub API's rate limit for this token is spent (HTTP ${status}).`,
      'The next run tries again; run the check less often if this recurs.',
    );
  }
  if (status >= 500) {
    return message(
      `the GitHub API answered HTTP ${status}.`,
      'GitHub had a fault; the next run tries again (https://www.githubstatus.com).',
    );
  }
  if (status === 401 || status === 403 || status === 404) {
    return message(
      `the token may not read or write issues here (HTTP ${status}).`,
      `Give the job \`permissions: issues: write\`, and keep ${input('github-token')} at its default.`,
    );
  }
  return message(
    `the GitHub API answered HTTP ${status}.`,
    'The next run tries again; if it recurs, report it.',
  );
}

/** The most the tracking issue may take, within the run's own time budget. */
const TRACKING_TIMEOUT_MS = 15_000;

/** Settles when the signal aborts, whatever the client does with it. */
function withinDeadline<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  pending.catch(() => {});
  return Promise.race([
    pending,
    new Promise<never>((_, reject) => {
      const late = () => reject(Object.assign(new Error('timeout'), { timedOut: true }));
      if (signal.aborted) late();
      else signal.addEventListener('abort', late);
    }),
  ]);
}

/** The GitHub client, through the runner's proxy settings, with the step's deadline on every request. */
async function issuesClient(token: string, signal: AbortSignal): Promise<GitHubApi> {
  // Loaded only for runs that keep a tracking issue.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  // The signal joins each request's options as it is sent: passing `request` to getOctokit would
  // replace, not merge, @actions/github's proxy-aware `request.fetch` (Octokit merges shallowly).
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal };
  });
  const { issues, users } = octokit.rest;
  return { issues, users } as unknown as GitHubApi;
}

export async function track(
  env: Env,
  runner: Runner,
  report: Report,
  token: string,
  deadlineAt: number,
): Promise<void> {
  if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) {
    runner.info('Tracking issue: not updated on pull_request events.');
    return;
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) {
    emitAnnotations(runner, [
      inAction(
        finding(
          'tracking.issue',
          'warning',
          `The tracking issue was not updated: ${input('github-token')} is empty.`,
          {
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user.
            fix: 'Pass `github-token: ${{ github.token }}` (the default) and grant `permissions: issues: write`.',
          },
        ),
      ),
    ]);
    return;
  }
  runner.setSecret(token);
  // What is left of the step's one deadline, at most 15 s: a GitHub API that accepts connections and
  // never answers must not hold the step.
  const signal = AbortSignal.timeout(Math.max(0, Math.min(TRACKING_TIMEOUT_MS, deadlineAt - Date.now())));
  try {
    const api = await issuesClient(token, signal);
    const { updateTrackingIssue } = await import('./tracking-issue.js');
    const runUrl =
      env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const result = await withinDeadline(
      updateTrackingIssue(api, { owner, repo }, report, renderSummary(report), runUrl),
      signal,
    );
    runner.info(
      safeLogLine(
        result.action === 'none'
          ? `Tracking issue: nothing to do (${result.reason}).`
          : `Tracking issue: ${result.action} #${result.number}.`,
      ),
    );
  } catch (error) {
    emitAnnotations(runner, [inAction(trackingWarning(error))]);
  }
}
