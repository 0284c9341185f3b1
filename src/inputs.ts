/**
 * The step's inputs, read and validated in one place. Pure: the caller passes a getter (the action
 * passes @actions/core's getInput, the CLI its own flags), and gets either options or the problems.
 */
import { type FailOn, failOnLevels } from './findings.js';

export const ifMissingChoices = ['fail', 'skip'] as const;
export const modeChoices = ['full', 'offline'] as const;
export const booleanChoices = ['true', 'false'] as const;
export const jiraChoices = ['auto', 'required', 'skip'] as const;

export interface Options {
  integrationJson: string;
  failOn: FailOn;
  ifMissing: (typeof ifMissingChoices)[number];
  mode: (typeof modeChoices)[number];
  summary: boolean;
  /** Budget for the whole run, in seconds. */
  timeoutSeconds: number;
  maxRetries: number;
  /** Bitbucket workspace ID (slug) to probe; empty means the first administered one. */
  workspace: string | undefined;
  probeWriteScopes: boolean;
  jira: (typeof jiraChoices)[number];
  trackingIssue: boolean;
  githubToken: string;
}

export interface InputProblem {
  input: string;
  message: string;
}

export type InputResult =
  | { ok: true; options: Options }
  | { ok: false; problems: InputProblem[]; partial: Options };

export const defaults = {
  'fail-on': 'error',
  'if-missing': 'fail',
  mode: 'full',
  summary: 'true',
  'timeout-seconds': '60',
  'max-retries': '2',
  'probe-write-scopes': 'true',
  jira: 'auto',
  'tracking-issue': 'false',
} as const;

/** Bitbucket workspace IDs: letters, digits, `-`, `_` and `.`. */
const WORKSPACE_SLUG = /^[A-Za-z0-9_.-]{1,128}$/;

export const limits = {
  'timeout-seconds': { min: 1, max: 600 },
  'max-retries': { min: 0, max: 10 },
} as const;

type Getter = (name: string) => string;

export function readInputs(get: Getter): InputResult {
  const problems: InputProblem[] = [];
  const choice = <T extends string>(name: keyof typeof defaults, choices: readonly T[]): T => {
    const raw = get(name).trim();
    const value = (raw === '' ? defaults[name] : raw.toLowerCase()) as T;
    if (choices.includes(value)) return value;
    problems.push({
      input: name,
      // The value is not echoed: a mistyped workflow could have put a secret in the wrong input.
      message: `Input \`${name}\` has a value that is not valid. Valid values: ${choices.join(', ')}.`,
    });
    return defaults[name] as T;
  };
  const integer = (name: keyof typeof limits): number => {
    const raw = get(name).trim();
    const text = raw === '' ? defaults[name] : raw;
    const { min, max } = limits[name];
    const value = Number(text);
    if (/^\d+$/.test(text) && value >= min && value <= max) return value;
    problems.push({
      input: name,
      message: `Input \`${name}\` must be a whole number from ${min} to ${max}.`,
    });
    return Number(defaults[name]);
  };
  const workspace = (): string | undefined => {
    const raw = get('workspace').trim();
    if (raw === '') return undefined;
    if (WORKSPACE_SLUG.test(raw)) return raw;
    problems.push({
      input: 'workspace',
      message:
        'Input `workspace` must be a workspace ID: the slug in bitbucket.org/<workspace>/ (letters, digits, -, _ and .).',
    });
    return undefined;
  };
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
    trackingIssue: choice('tracking-issue', booleanChoices) === 'true',
    githubToken: get('github-token').trim(),
  };
  return problems.length === 0 ? { ok: true, options } : { ok: false, problems, partial: options };
}
