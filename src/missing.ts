/**
 * What to say when `integration-json` is empty. The usual cause is a run that GitHub gives no secrets
 * to: a pull request from a fork, or a run started by Dependabot. The event payload tells those apart.
 */
import { type Finding, finding } from './findings.js';
import { valueAt } from './json-path.js';

export interface RunContext {
  eventName?: string;
  actor?: string;
  /** The parsed event payload (GITHUB_EVENT_PATH), when readable. */
  payload?: unknown;
}

const get = (value: unknown, ...path: string[]) => valueAt(value, path);

export type NoSecretReason = 'fork' | 'dependabot' | undefined;

export function whyNoSecrets(context: RunContext): NoSecretReason {
  const actor = context.actor ?? get(context.payload, 'sender', 'login');
  if (actor === 'dependabot[bot]') return 'dependabot';
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_review') {
    const headRepo = get(context.payload, 'pull_request', 'head', 'repo', 'full_name');
    const baseRepo = get(context.payload, 'pull_request', 'base', 'repo', 'full_name');
    const fork = get(context.payload, 'pull_request', 'head', 'repo', 'fork');
    if (fork === true || (typeof headRepo === 'string' && headRepo !== baseRepo)) return 'fork';
  }
  return undefined;
}

export function missingInputFinding(ifMissing: 'fail' | 'skip', context: RunContext): Finding {
  const reason = whyNoSecrets(context);
  const because =
    reason === 'fork'
      ? ' This run was triggered by a pull request from a fork, and GitHub does not pass repository secrets to such runs.'
      : reason === 'dependabot'
        ? ' This run was started by Dependabot, which receives only Dependabot secrets, not Actions secrets.'
        : ' The secret may be missing, named differently, or not passed to this run: GitHub gives no secrets to workflows triggered from forks or by Dependabot.';
  const fix =
    reason === 'dependabot'
      ? 'Add the same secret under Settings → Secrets and variables → Dependabot, or set `if-missing: skip` so Dependabot runs skip the check.'
      : reason === 'fork'
        ? 'Set `if-missing: skip` so pull requests from forks skip the check; it runs with the secret on pushes and schedules.'
        : undefined;
  if (ifMissing === 'skip') {
    return finding(
      'input.missing',
      'notice',
      `\`integration-json\` is empty, so the check was skipped.${because}`,
      {
        subject: 'integration-json',
        ...(fix ? { fix } : {}),
      },
    );
  }
  return finding('input.missing', 'error', `\`integration-json\` is empty.${because}`, {
    subject: 'integration-json',
    ...(fix ? { fix } : {}),
  });
}
