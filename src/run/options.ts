/**
 * The step's inputs, read and validated in one place. Pure: the caller passes a getter (the action
 * reads INPUT_* variables, the CLI its own flags), and gets either options or the problems. The list
 * of inputs (input-specs.ts) is the one source for the CLI's flags and its help; a test holds
 * action.yml and the README's table to it.
 */
import { readers } from './input-readers.js';
import {
  booleanChoices,
  failOnLevels,
  type Getter,
  type InputProblem,
  type InputResult,
  ifMissingChoices,
  jiraChoices,
  modeChoices,
  type Options,
} from '../inputs/input-specs.js';

export * from '../inputs/input-specs.js';

export function readInputs(get: Getter): InputResult {
  const problems: InputProblem[] = [];
  const { choice, integer, workspace, date, organization } = readers(get, problems);
  const options: Options = {
    integrationJson: get('integration-json'),
    failOn: choice('fail-on', failOnLevels),
    ifMissing: choice('if-missing', ifMissingChoices),
    mode: choice('mode', modeChoices),
    summary: choice('summary', booleanChoices) === 'true',
    timeoutSeconds: integer('timeout-seconds'),
    maxRetries: integer('max-retries'),
    workspace: workspace(),
    probeWriteScopes: choice('probe-write-scopes', booleanChoices) === 'true',
    jira: choice('jira', jiraChoices),
    tokenExpiresOn: date('token-expires-on'),
    jiraKeyExpiresOn: date('jira-key-expires-on'),
    expiryWarningDays: integer('expiry-warning-days'),
    organization: organization(),
    reuseProofHours: integer('reuse-proof-hours'),
    trackingIssue: choice('tracking-issue', booleanChoices) === 'true',
    githubToken: get('github-token').trim(),
    transcript: get('transcript').trim() || undefined,
  };
  return problems.length === 0 ? { ok: true, options } : { ok: false, problems, partial: options };
}

/** Options as safe to print in debug output: no credential, no token. */
export function printableOptions(
  options: Omit<Options, 'organization'> & { organization?: object | undefined },
): Record<string, unknown> {
  const { integrationJson: _json, githubToken: _token, transcript: _file, organization, ...rest } = options;
  return { ...rest, organization: organization !== undefined };
}
