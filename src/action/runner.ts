/**
 * The GitHub Actions runner protocol, as much of it as the action uses: inputs from INPUT_*
 * variables, workflow commands on stdout (masks, annotations), outputs and the job summary through
 * the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 *
 * Written here instead of importing @actions/core because @actions/core loads its OIDC client, and
 * with it an HTTP stack, at start-up: that alone tripled the start-up time of a run that sends no
 * request (90 ms against 30 ms for `node -e 0`). The escaping below is held byte-for-byte against
 * @actions/core's by a test.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** The process's environment, or a test's. */
export type Env = Record<string, string | undefined>;

/** Escapes a command's message: the runner decodes %25, %0D and %0A. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value: the message escapes plus `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(name: string, properties: Record<string, string>, message: string): string {
  // As the runner's own toolkit writes it: a space whenever properties were given, even if every
  // value is empty and so left out.
  const keys = Object.keys(properties);
  const props = keys
    .filter((key) => properties[key] !== '')
    .map((key) => `${key}=${escapeProperty(properties[key] as string)}`)
    .join(',');
  return `::${name}${keys.length > 0 ? ` ${props}` : ''}::${escapeData(message)}`;
}

export interface Runner {
  getInput(name: string): string;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  annotate(level: 'error' | 'warning' | 'notice', message: string, title: string): void;
  info(line: string): void;
  /** A `::debug::` line; shown only when the run has debug logging on. */
  debug(line: string): void;
  /** Whether debug logging is on (RUNNER_DEBUG=1: re-run with debug logging, or the secret ACTIONS_STEP_DEBUG). */
  isDebug(): boolean;
  appendSummary(markdown: string): void;
  hasSummary(): boolean;
}

let stdoutWrite = (text: string) => process.stdout.write(text);

/**
 * Keeps standard output's current `write` as the runner's own, before a library that writes workflow
 * commands of its own is kept off it (proof-cache.ts): the runner's lines still reach the job.
 */
export function keepStdoutForRunner(): void {
  const own = process.stdout.write.bind(process.stdout);
  stdoutWrite = (text) => own(text);
}

export function createRunner(env: Env = process.env, write = (text: string) => stdoutWrite(text)): Runner {
  const issue = (name: string, properties: Record<string, string>, message: string) =>
    write(`${formatCommand(name, properties, message)}${EOL}`);
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setSecret: (secret) => issue('add-mask', {}, secret),
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        issue('set-output', { name }, value);
        return;
      }
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('output delimiter collision');
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
    },
    annotate: (level, message, title) => issue(level, { title }, message),
    info: (line) => write(`${line}${EOL}`),
    debug: (line) => issue('debug', {}, line),
    isDebug: () => env.RUNNER_DEBUG === '1',
    appendSummary: (markdown) => {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
    },
    hasSummary: () => Boolean(env.GITHUB_STEP_SUMMARY),
  };
}
