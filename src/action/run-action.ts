/**
 * The action: reads its inputs, hands them to the one run, and reports through the step outputs,
 * annotations and the job summary (outputs first, so they exist if a later step fails), then the
 * transcript file and the tracking issue. It decides no verdict.
 */
import { type Report, shouldFail } from '../findings.js';
import { emitAnnotations } from '../report/annotations.js';
import { reportInWords } from '../report/face.js';
import { safeLogLine } from '../report/log.js';
import { outputsFor } from '../report/outputs.js';
import { renderSummary } from '../report/summary.js';
import { check, type RunResult } from '../run/check.js';
import { type Options, readInputs } from '../run/options.js';
import { clockOf, tuneForShortRun } from '../run/short-run.js';
import { credentialSecrets, makeScrubber } from '../scrub.js';
import { writeTranscriptFile } from '../transcript/transcript-file.js';
import { missingInput, runContext } from './missing-input.js';
import { createRunner, type Env, type Runner } from './runner.js';

/** Sets the outputs, then the annotations, then the summary. */
export function publish(runner: Runner, report: Report, writeSummary: boolean): void {
  for (const [name, value] of Object.entries(outputsFor(report))) runner.setOutput(name, value);
  emitAnnotations(runner, report.findings);
  if (writeSummary && runner.hasSummary()) runner.appendSummary(renderSummary(report));
}

export async function run(env: Env = process.env, runner: Runner = createRunner(env)): Promise<void> {
  // Marks on the process's performance timeline, for `npm run bench` to decompose a run; cheap, and
  // nothing reads them otherwise.
  performance.mark('ebc:main-loaded');
  tuneForShortRun();
  try {
    await checkAndReport(env, runner);
  } catch (error) {
    // The one catch. An internal fault is never a pass. Its message is scrubbed of credential pieces
    // like a finding; its stack, which can help a maintainer, is shown only with debug logging on.
    const scrub = makeScrubber([
      ...credentialSecrets(runner.getInput('integration-json')),
      ...[runner.getInput('atlassian-admin-key')].filter((key) => key.length >= 8),
    ]);
    const message = scrub(
      `The check could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    runner.annotate('error', message, 'Entitle Bitbucket check');
    if (runner.isDebug() && error instanceof Error && error.stack) runner.debug(scrub(error.stack));
    process.exitCode = 1;
  }
}

async function checkAndReport(env: Env, runner: Runner): Promise<void> {
  const inputs = readInputs((name) => runner.getInput(name));
  const options = inputs.ok ? inputs.options : inputs.partial;
  const result = await check(
    {
      raw: runner.getInput('integration-json'),
      inputs,
      missing: missingInput(runContext(env)),
      record: options.transcript !== undefined,
      reserveMs: inputs.ok && options.trackingIssue ? trackingReserveMs(options.timeoutSeconds) : 0,
      ...(inputs.ok && options.reuseProofHours > 0
        ? { proofStore: (await import('./proof-cache.js')).actionsCacheStore(env) }
        : {}),
    },
    {
      mask: (secret) => runner.setSecret(secret),
      ...(clockOf(env) ? { now: clockOf(env) as () => Date } : {}),
      log: (line) => runner.info(safeLogLine(line)),
      ...(runner.isDebug() ? { debug: (line: string) => runner.debug(line) } : {}),
    },
  );
  const report = reportInWords(result.report, 'action');
  publish(runner, report, options.summary);
  writeTranscript(runner, options, result);
  if (inputs.ok && options.trackingIssue) {
    const { track } = await import('./tracking-step.js');
    await track(env, runner, report, options.githubToken, result.deadlineAt);
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

/**
 * One deadline for the whole step: the tracking issue's time is kept back from the checks (40 % of
 * `timeout-seconds`, at most 10 s: its three or four requests take a second or two), and it gets what
 * is left of the step's budget, never a new one.
 */
const trackingReserveMs = (timeoutSeconds: number) => Math.min(10_000, timeoutSeconds * 400);

/** The transcript is the user's own file; failing to write it is a warning, never the verdict. */
function writeTranscript(runner: Runner, options: Options, result: RunResult): void {
  if (!options.transcript) return;
  const problem =
    result.transcriptProblem ??
    (result.transcript ? writeTranscriptFile(options.transcript, result.transcript) : undefined);
  if (problem) runner.annotate('warning', `The transcript could not be written: ${problem}.`, 'Transcript');
}
