/**
 * What to say when `integration-json` is empty. The usual cause is a run that GitHub gives no secrets
 * to: a pull request from a fork, or a run started by Dependabot. The event payload tells those apart.
 */

import { readFileSync } from 'node:fs';
import { input } from '../findings.js';
import { valueAt } from '../json-path.js';
import type { MissingInput } from '../run/outcomes.js';
import type { Env } from './runner.js';

export interface RunContext {
  eventName?: string;
  actor?: string;
  /** The parsed event payload (GITHUB_EVENT_PATH), when readable. */
  payload?: unknown;
}

export function runContext(env: Env): RunContext {
  const context: RunContext = {};
  if (env.GITHUB_EVENT_NAME) context.eventName = env.GITHUB_EVENT_NAME;
  if (env.GITHUB_ACTOR) context.actor = env.GITHUB_ACTOR;
  if (env.GITHUB_EVENT_PATH) {
    try {
      context.payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      // No payload: the message falls back to naming every possible cause.
    }
  }
  return context;
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

/** The action's words for an empty `integration-json`, with the likeliest reason for this run. */
export function missingInput(context: RunContext): MissingInput {
  const reason = whyNoSecrets(context);
  const because =
    reason === 'fork'
      ? ' This run was triggered by a pull request from a fork, and GitHub does not pass repository secrets to such runs.'
      : reason === 'dependabot'
        ? ' This run was started by Dependabot, which receives only Dependabot secrets, not Actions secrets.'
        : ' The secret may be missing, named differently, or not passed to this run.';
  const fix =
    reason === 'dependabot'
      ? `Add the same secret under Settings → Secrets and variables → Dependabot, or set ${input('if-missing', 'skip')} so Dependabot runs skip the check.`
      : reason === 'fork'
        ? `Set ${input('if-missing', 'skip')} so pull requests from forks skip the check; it runs with the secret on pushes and schedules.`
        : undefined;
  return {
    what: `${input('integration-json')} is empty`,
    because,
    subject: 'integration-json',
    ...(fix ? { fix } : {}),
  };
}
