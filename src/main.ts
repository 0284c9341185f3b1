/**
 * The action: read inputs, mask credentials, run the engine, and report through annotations, the job
 * summary and the step outputs. Outputs are set before the step is failed.
 */
import { readFileSync } from 'node:fs';
import { runChecks } from './engine.js';
import { buildReport, type Finding, finding, type Report, shouldFail } from './findings.js';
import { readInputs } from './inputs.js';
import { missingInputFinding, type RunContext } from './missing.js';
import { annotationsFor } from './report/annotations.js';
import { safeLogLine } from './report/log.js';
import { outputsFor } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import { createRunner, type Env, type Runner } from './runner.js';
import { credentialSecrets, makeScrubber } from './scrub.js';

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
  for (const a of annotationsFor(report.findings)) runner.annotate(a.level, a.message, a.title);
  if (writeSummary && runner.hasSummary()) runner.appendSummary(renderSummary(report));
}

export async function run(env: Env = process.env, runner: Runner = createRunner(env)): Promise<void> {
  try {
    await checkAndReport(env, runner);
  } catch (error) {
    // An internal fault is never a pass. Its message is scrubbed of credential pieces like a finding.
    const scrub = makeScrubber(credentialSecrets(runner.getInput('integration-json')));
    const message = scrub(
      `The check could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    runner.annotate('error', message, 'Entitle Bitbucket check');
    process.exitCode = 1;
  }
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

/** The tracking issue; a failure here is reported but never changes the credentials' verdict. */
async function track(env: Env, runner: Runner, report: Report, token: string): Promise<void> {
  if (PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) {
    runner.info('Tracking issue: not updated on pull_request events.');
    return;
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) {
    const f = finding(
      'tracking.issue',
      'warning',
      'The tracking issue was not updated: `github-token` is empty.',
      {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user.
        fix: 'Pass `github-token: ${{ github.token }}` (the default) and grant `permissions: issues: write`.',
      },
    );
    runner.annotate('warning', `${f.message} Fix: ${f.fix}`, f.title);
    return;
  }
  runner.setSecret(token);
  try {
    // Loaded only for runs that keep a tracking issue.
    const { getOctokit } = await import('@actions/github');
    const { updateTrackingIssue } = await import('./tracking.js');
    const runUrl =
      env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const result = await updateTrackingIssue(
      getOctokit(token).rest.issues,
      { owner, repo },
      report,
      renderSummary(report),
      runUrl,
    );
    runner.info(
      result.action === 'none'
        ? `Tracking issue: nothing to do (${result.reason}).`
        : `Tracking issue: ${result.action} #${result.number}.`,
    );
  } catch (error) {
    const status = (error as { status?: number }).status;
    const f = finding(
      'tracking.issue',
      'warning',
      status === 403 || status === 404
        ? `The tracking issue could not be updated: the token may not write issues (HTTP ${status}).`
        : `The tracking issue could not be updated${status ? ` (HTTP ${status})` : ''}.`,
      {
        fix: 'Give the job `permissions: issues: write` (and keep `github-token` at its default, the workflow token).',
      },
    );
    runner.annotate('warning', `${f.message} Fix: ${f.fix}`, f.title);
  }
}

async function checkAndReport(env: Env, runner: Runner): Promise<void> {
  // The integration JSON is masked before anything else reads it or can print anything.
  const masked = new Set<string>();
  const mask = (secret: string) => {
    if (masked.has(secret)) return;
    masked.add(secret);
    runner.setSecret(secret);
  };
  const raw = runner.getInput('integration-json');
  if (raw !== '') mask(raw);

  const inputs = readInputs((name) => runner.getInput(name));
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
  } else if (raw === '') {
    findings = [missingInputFinding(options.ifMissing, runContext(env))];
    skipped = options.ifMissing === 'skip';
  } else {
    findings = await runChecks(raw, options.mode, {
      mask,
      loadRemoteChecks: async (scrub) =>
        (await import('./remote.js')).createRemoteChecks(options, {
          log: (message) => runner.info(safeLogLine(scrub(message))),
        }),
    });
  }

  const report = buildReport(findings, { skipped });
  publish(runner, report, options.summary);
  if (inputs.ok && options.trackingIssue) await track(env, runner, report, options.githubToken);
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
