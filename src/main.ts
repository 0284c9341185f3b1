/**
 * The action: read inputs, mask credentials, run the engine, and report through annotations, the job
 * summary and the step outputs. Outputs are set before the step is failed.
 */
import { readFileSync } from 'node:fs';
import { runChecks, WATCHDOG_GRACE_MS } from './engine.js';
import { describeExchange } from './evidence.js';
import { buildReport, type Finding, finding, type Report, shouldFail } from './findings.js';
import { type InputResult, type Options, printableOptions, readInputs } from './inputs.js';
import type { StructureResult } from './integration/schema.js';
import { collectSecrets } from './integration/secrets.js';
import { missingInputFinding, type RunContext } from './missing.js';
import { emitAnnotations } from './report/annotations.js';
import { safeLogLine } from './report/log.js';
import { outputsFor } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import { createRunner, type Env, type Runner } from './runner.js';
import { credentialSecrets, makeScrubber, type Scrubber } from './scrub.js';

function runContext(env: Env): RunContext {
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

/** Sets the outputs, then the annotations, then the summary: outputs first, so they exist if a later step fails. */
export function publish(runner: Runner, report: Report, writeSummary: boolean): void {
  for (const [name, value] of Object.entries(outputsFor(report))) runner.setOutput(name, value);
  emitAnnotations(runner, report.findings);
  if (writeSummary && runner.hasSummary()) runner.appendSummary(renderSummary(report));
}

export async function run(env: Env = process.env, runner: Runner = createRunner(env)): Promise<void> {
  // Marks on the process's performance timeline, for `npm run bench` to decompose a run; cheap, and
  // nothing reads them otherwise.
  performance.mark('ebc:main-loaded');
  try {
    await checkAndReport(env, runner);
  } catch (error) {
    // An internal fault is never a pass. Its message is scrubbed of credential pieces like a finding;
    // its stack, which can help a maintainer, is shown only with debug logging on.
    const scrub = makeScrubber(credentialSecrets(runner.getInput('integration-json')));
    const message = scrub(
      `The check could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    runner.annotate('error', message, 'Entitle Bitbucket check');
    if (runner.isDebug() && error instanceof Error && error.stack) runner.debug(scrub(error.stack));
    process.exitCode = 1;
  }
}

/** The transcript is the user's own file; failing to write it is a warning, never the verdict. */
function writeOrWarn(runner: Runner, write: () => void): void {
  try {
    write();
  } catch (error) {
    runner.annotate(
      'warning',
      `The transcript could not be written: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      'Transcript',
    );
  }
}

function inputFindings(inputs: Extract<InputResult, { ok: false }>): Finding[] {
  return inputs.problems.map((p) =>
    finding('input.invalid', 'error', p.message, { subject: p.input, fix: p.fix }),
  );
}

/** A run with a document: the engine, and the transcript when one is asked for. */
async function checkDocument(
  raw: string,
  options: Options,
  runner: Runner,
  mask: (secret: string) => void,
): Promise<{ findings: Finding[]; finish?: (report: Report) => void }> {
  // Loaded only for runs that record: it builds the transcript schema, which no other run needs.
  const record = options.transcript ? await import('./record.js') : undefined;
  const recorder = record?.startRecording();
  let scrubber: Scrubber = (t) => t;
  let structure: StructureResult | undefined;
  const findings = await runChecks(raw, options.mode, {
    mask,
    onStructure: (s) => {
      structure = s;
    },
    watchdogMs: options.timeoutSeconds * 1000 + WATCHDOG_GRACE_MS,
    loadRemoteChecks: async (scrub) => {
      scrubber = scrub;
      return (await import('./remote.js')).createRemoteChecks(options, {
        log: (message) => runner.info(safeLogLine(scrub(message))),
        ...(recorder ? { onOutcome: recorder.record } : {}),
        ...(runner.isDebug() ? { onExchange: (e) => runner.debug(scrub(describeExchange(e))) } : {}),
      });
    },
  });
  const file = options.transcript;
  if (!record || !recorder || !file) return { findings };
  return {
    findings,
    finish: (report) =>
      record.writeTranscript(file, recorder, { options, structure, report, scrub: scrubber }),
  };
}

/** Masks the document and each credential in it, before anything else reads it or can print anything. */
function maskInput(runner: Runner): { raw: string; mask: (secret: string) => void } {
  const masked = new Set<string>();
  const mask = (secret: string) => {
    if (masked.has(secret)) return;
    masked.add(secret);
    runner.setSecret(secret);
  };
  const raw = runner.getInput('integration-json');
  if (raw !== '') mask(raw);
  // Each credential too, before anything is reported, input problems included: the whole document is
  // one multi-line value, which never matches a line of the log.
  for (const secret of collectSecrets(raw)) mask(secret);
  return { raw, mask };
}

async function checkAndReport(env: Env, runner: Runner): Promise<void> {
  const { raw, mask } = maskInput(runner);
  const inputs = readInputs((name) => runner.getInput(name));
  const options = inputs.ok ? inputs.options : inputs.partial;
  if (runner.isDebug()) runner.debug(`Options: ${JSON.stringify(printableOptions(options))}`);
  let findings: Finding[];
  let finish: ((report: Report) => void) | undefined;
  let skipped = false;
  if (!inputs.ok) {
    findings = inputFindings(inputs);
  } else if (raw === '') {
    findings = [missingInputFinding(options.ifMissing, runContext(env))];
    skipped = options.ifMissing === 'skip';
  } else {
    ({ findings, finish } = await checkDocument(raw, options, runner, mask));
  }

  const report = buildReport(findings, {
    skipped,
    structureOnly: inputs.ok && raw !== '' && options.mode === 'offline',
  });
  publish(runner, report, options.summary);
  if (finish) writeOrWarn(runner, () => finish?.(report));
  if (inputs.ok && options.trackingIssue) {
    const { track } = await import('./track.js');
    await track(env, runner, report, options.githubToken);
  }
  runner.info(`Entitle Bitbucket integration: ${report.status}`);
  if (shouldFail(report, inputs.ok ? options.failOn : 'error')) {
    process.exitCode = 1;
    runner.info(
      inputs.ok && options.failOn !== 'error'
        ? `Failing the step: a finding is at least as severe as fail-on (${options.failOn}).`
        : 'Failing the step: see the errors above.',
    );
  }
}
