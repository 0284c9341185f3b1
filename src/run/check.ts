/**
 * The one run, shared by the action and the CLI: it masks every credential, checks the document's
 * structure, runs the remote checks under the deadline, scrubs every finding, builds the report and,
 * when asked, the transcript. Hosts translate their world into a RunRequest and render the result;
 * the verdict is made here and nowhere else.
 */
import { buildReport, type Finding, type Report } from '../findings.js';
import { describeExchange } from '../net/outcome.js';
import { makeScrubber, type Scrubber, scrubFinding } from '../scrub.js';
import { checkStructure } from '../structure/check-structure.js';
import type { StructureResult } from '../structure/document-model.js';
import type { Transcript } from '../transcript/transcript-format.js';
import { daysUntil, fewestDaysLeft, recordedExpiries } from './expiry.js';
import { maskCredentials, maskOptionSecrets, maskRequestHeaders, onceEach } from './mask.js';
import { type InputResult, type Options, printableOptions } from './options.js';
import {
  inputFindings,
  type MissingInput,
  missingInputFinding,
  notChecked,
  structureErrors,
} from './outcomes.js';
import type { RemoteDeps, RemoteOptions } from './remote.js';
import { finding } from './run-words.js';

export interface RunIo {
  /** Registers a secret with the host's log masker; called before anything can be printed. */
  mask(secret: string): void;
  /** A progress line (a retry, a wait); scrubbed before it is given. */
  log(line: string): void;
  /** Debug output (the options, every request); absent when the host shows none. */
  debug?: (line: string) => void;
  /** The run's clock, for recorded expiry dates; the system's by default. */
  now?: () => Date;
  /** The network, when not the process's own: tests and benchmarks give a dispatcher, an environment. */
  network?: Pick<RemoteDeps, 'dispatcher' | 'env' | 'backoffBaseMs'>;
}

export interface RunRequest {
  /** The integration JSON as the host received it; empty when there was none. */
  raw: string;
  /** The options as read from the host's inputs or flags, or what is wrong with them. */
  inputs: InputResult;
  /** The host's words for an empty input: what is empty, and why it may be. */
  missing: MissingInput;
  /** Record a transcript of what the services answered. */
  record?: boolean;
}

export interface RunResult {
  report: Report;
  /** Present when a transcript was asked for and the remote checks ran. */
  transcript?: Transcript;
  /** Why the asked-for transcript could not be made whole; the verdict never depends on it. */
  transcriptProblem?: string;
  /** Scrubs text of every credential of this run, for what a host prints beside the report. */
  scrub: Scrubber;
}

/** How long past the run's budget the watchdog waits before giving the remote checks up. */
export const WATCHDOG_GRACE_MS = 1_500;

export async function check(request: RunRequest, io: RunIo): Promise<RunResult> {
  const { raw, inputs } = request;
  const mask = onceEach(io.mask);
  const options = inputs.ok ? inputs.options : inputs.partial;
  const secrets = [...maskCredentials(raw, mask), ...maskOptionSecrets(options, mask)];
  io.debug?.(`Options: ${JSON.stringify(printableOptions(options))}`);
  const scrub = makeScrubber(secrets);
  if (!inputs.ok)
    return { report: buildReport(inputFindings(inputs.problems), { inputsInvalid: true }), scrub };
  if (raw.trim() === '') {
    const skipped = options.ifMissing === 'skip';
    return {
      report: buildReport([missingInputFinding(options.ifMissing, request.missing)], { skipped }),
      scrub,
    };
  }
  const structure = checkStructure(raw);
  const fullScrub = makeScrubber([...secrets, ...maskRequestHeaders(structure.integration, mask)]);
  const now = io.now?.() ?? new Date();
  const expiries = recordedExpiries(options, now);
  const organization = options.organization && {
    ...options.organization,
    daysUntil: (day: string) => daysUntil(day, now),
    warningDays: options.expiryWarningDays,
  };
  const { findings, transcriptOf } = await checkDocument(
    structure,
    { ...options, expiries, organization },
    io,
    fullScrub,
    request.record,
  );
  const report = buildReport(
    findings.map((f) => scrubFinding(f, fullScrub)),
    { structureOnly: options.mode === 'offline', expiry: { inDays: fewestDaysLeft(expiries) } },
  );
  return { report, scrub: fullScrub, ...transcriptFor(transcriptOf, report) };
}

/** The document's own findings, then, in full mode and when it is usable, the remote checks'. */
async function checkDocument(
  structure: StructureResult,
  options: Omit<Options, 'organization'> & RemoteOptions,
  io: RunIo,
  scrub: Scrubber,
  record: boolean | undefined,
): Promise<{ findings: Finding[]; transcriptOf?: (report: Report) => Transcript | { problem: string } }> {
  if (options.mode === 'offline')
    return { findings: [...structure.findings, ...notChecked(structure.findings)] };
  if (!structure.integration) return { findings: [...structure.findings, structureErrors()] };
  // Loaded only for full runs: an offline run never loads the HTTP stack, nor a run that does not
  // record the transcript's schema.
  const recording = record ? await import('./record-run.js') : undefined;
  const recorder = recording?.startRecording();
  const remote = (await import('./remote.js')).createRemoteChecks(options, {
    ...io.network,
    log: (message) => io.log(scrub(message)),
    ...(recorder ? { onOutcome: recorder.record } : {}),
    ...(io.debug ? { onExchange: (e) => io.debug?.(scrub(describeExchange(e))) } : {}),
  });
  const pending = remote(structure.integration, { jiraRejected: structure.jiraRejected === true });
  const remoteFindings = await withWatchdog(pending, options.timeoutSeconds * 1000 + WATCHDOG_GRACE_MS);
  const findings = [...structure.findings, ...remoteFindings];
  if (!recording || !recorder) return { findings };
  return {
    findings,
    transcriptOf: (report) =>
      recorder.failure
        ? { problem: `a recording step failed (${recorder.failure})` }
        : recording.buildTranscript(recorder, { options, structure, report, scrub }),
  };
}

/** The transcript, built with a guard: recording can never change the verdict nor end the run. */
function transcriptFor(
  transcriptOf: ((report: Report) => Transcript | { problem: string }) | undefined,
  report: Report,
): Pick<RunResult, 'transcript' | 'transcriptProblem'> {
  if (!transcriptOf) return {};
  try {
    const made = transcriptOf(report);
    return 'problem' in made ? { transcriptProblem: made.problem } : { transcript: made };
  } catch (error) {
    return { transcriptProblem: error instanceof Error ? error.name : 'error' };
  }
}

/**
 * When the remote checks have not finished after this long, they are given up: every request has
 * its own hard stop, so this is the last line, and it makes the run end with a report all the same.
 */
export async function withWatchdog(pending: Promise<Finding[]>, ms: number): Promise<Finding[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Finding[]>((resolve) => {
    timer = setTimeout(() => {
      const message = `The Bitbucket and Jira checks had not finished ${Math.round(ms / 1000)} s after they started, so the credentials were not proven.`;
      resolve([finding('remote.unfinished', 'inconclusive', message)]);
    }, ms);
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}
