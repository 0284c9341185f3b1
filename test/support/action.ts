/**
 * Runs the bundled action the way the runner does: a child process of `node dist/index.js` with
 * INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and an event payload, all in a scratch folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The bundle under test: the fresh one vitest's globalSetup built from src/ (EBC_BUNDLE_DIR), else the
 * committed dist/ (for the benchmark and the demo, which run outside vitest).
 */
export const bundleDir = process.env.EBC_BUNDLE_DIR ?? path.resolve(import.meta.dirname, '../../dist');
export const distEntry = path.join(bundleDir, 'index.js');
export const cliEntry = path.join(bundleDir, 'cli.js');

/** The tests' one clock, read once: every run of the bundle is given it (ENTITLE_BITBUCKET_CHECK_NOW). */
export const TEST_NOW = new Date();

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Every byte the run produced: stdout, stderr, the outputs file and the summary. */
  everything: string;
}

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  timeoutMs?: number;
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter`, lines, `delimiter`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export async function runAction(options: ActionRunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ebc-run-'));
  try {
    const outputFile = path.join(dir, 'output');
    const summaryFile = path.join(dir, 'summary');
    const eventFile = path.join(dir, 'event.json');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      RUNNER_TEMP: dir,
      ENTITLE_BITBUCKET_CHECK_NOW: TEST_NOW.toISOString(),
      ...options.env,
    };
    for (const [name, value] of Object.entries(options.inputs ?? {})) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const { code, stdout, stderr } = await spawnNode([distEntry], env, undefined, options.timeoutMs);
    const outputsText = readFileSync(outputFile, 'utf8');
    const summary = readFileSync(summaryFile, 'utf8');
    refuseUnresolvedReferences(`${outputsText}\n${summary}`);
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(outputsText),
      summary,
      everything: [stdout, stderr, outputsText, summary].join('\n'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every run of the bundle is held to this: an input reference (src/findings.ts `input()`) is resolved
 * by the host that shows it, never printed as it is.
 */
export function refuseUnresolvedReferences(text: string): void {
  if (/[\u27e6\u27e7]/.test(text))
    throw new Error(`an input reference was printed unresolved: ${text.slice(0, 300)}`);
}

export function spawnNode(
  args: string[],
  env: Record<string, string>,
  stdin?: string,
  timeoutMs = 60_000,
  node = process.execPath,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      try {
        refuseUnresolvedReferences(`${stdout}\n${stderr}`);
      } catch (error) {
        reject(error);
        return;
      }
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

/** Workflow commands (`::name props::message`) printed on stdout. */
export function workflowCommands(stdout: string): { command: string; properties: string; message: string }[] {
  return stdout
    .split('\n')
    .map((line) => /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ command: m[1] as string, properties: (m[2] ?? '').trim(), message: m[3] as string }));
}
