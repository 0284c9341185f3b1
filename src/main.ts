/**
 * The action: read inputs, mask credentials, run the engine, and report through annotations, the job
 * summary and the step outputs. Outputs are set before the step is failed.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { runChecks } from './engine.js';
import { buildReport, type Finding, finding, type Report, shouldFail } from './findings.js';
import { readInputs } from './inputs.js';
import { missingInputFinding, type RunContext } from './missing.js';
import { annotationsFor } from './report/annotations.js';
import { safeLogLine } from './report/log.js';
import { outputsFor } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import { credentialSecrets, makeScrubber } from './scrub.js';

function runContext(env: NodeJS.ProcessEnv): RunContext {
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
export async function publish(report: Report, writeSummary: boolean): Promise<void> {
  for (const [name, value] of Object.entries(outputsFor(report))) core.setOutput(name, value);
  for (const a of annotationsFor(report.findings)) {
    const properties = { title: a.title };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  if (writeSummary && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderSummary(report)).write();
  }
}

export async function run(): Promise<void> {
  try {
    await checkAndReport();
  } catch (error) {
    // An internal fault is never a pass. Its message is scrubbed of credential pieces like a finding.
    const scrub = makeScrubber(credentialSecrets(core.getInput('integration-json')));
    core.setFailed(
      scrub(`The check could not run: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

async function checkAndReport(): Promise<void> {
  // The integration JSON is masked before anything else reads it or can print anything.
  const masked = new Set<string>();
  const mask = (secret: string) => {
    if (masked.has(secret)) return;
    masked.add(secret);
    core.setSecret(secret);
  };
  const raw = core.getInput('integration-json');
  if (raw.trim() !== '') mask(raw);

  const inputs = readInputs((name) => core.getInput(name));
  const options = inputs.ok ? inputs.options : inputs.partial;
  let findings: Finding[];
  let skipped = false;
  if (!inputs.ok) {
    findings = inputs.problems.map((p) =>
      finding('input.invalid', 'error', p.message, {
        subject: p.input,
        fix: p.message.replace(/^.*?Valid/, 'Valid'),
      }),
    );
  } else if (raw.trim() === '') {
    const missing = missingInputFinding(options.ifMissing, runContext(process.env));
    findings = [missing];
    skipped = options.ifMissing === 'skip';
  } else {
    findings = await runChecks(raw, options.mode, {
      mask,
      loadRemoteChecks: async (scrub) =>
        (await import('./remote.js')).createRemoteChecks(options, {
          log: (message) => core.info(safeLogLine(scrub(message))),
        }),
    });
  }

  const report = buildReport(findings, { skipped });
  await publish(report, options.summary);
  core.info(`Entitle Bitbucket integration: ${report.status}`);
  if (shouldFail(report, inputs.ok ? options.failOn : 'error')) {
    process.exitCode = core.ExitCode.Failure;
    core.info(
      inputs.ok && options.failOn !== 'error'
        ? `Failing the step: a finding is at least as severe as fail-on (${options.failOn}).`
        : 'Failing the step: see the errors above.',
    );
  }
}
