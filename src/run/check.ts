/**
 * The one run, shared by the action and the CLI: it masks every credential, checks the document's
 * structure, runs the remote checks under the deadline, scrubs every finding, builds the report and,
 * when asked, the transcript. Hosts translate their world into a RunRequest and render the result;
 * the verdict is made here and nowhere else.
 */
import { buildReport, type Report } from '../findings.js';
import type { ProofStore } from '../proof/proof-format.js';
import { makeScrubber, type Scrubber } from '../scrub.js';
import { checkStructure } from '../structure/check-structure.js';
import type { Transcript } from '../transcript/transcript-format.js';
import { judgeDocument, type TranscriptOf } from './judge-document.js';
import { maskCredentials, maskOptionSecrets, maskRequestHeaders, onceEach } from './mask.js';
import { type InputResult, printableOptions } from './options.js';
import { inputFindings, type MissingInput, missingInputFinding } from './outcomes.js';
import type { RunIo } from './run-io.js';

export type { RunIo };

export interface RunRequest {
  /** The integration JSON as the host received it; empty when there was none. */
  raw: string;
  /** The options as read from the host's inputs or flags, or what is wrong with them. */
  inputs: InputResult;
  /** The host's words for an empty input: what is empty, and why it may be. */
  missing: MissingInput;
  /** Record a transcript of what the services answered. */
  record?: boolean;
  /**
   * Time kept back, out of `timeout-seconds`, for what the host does after the run (the tracking
   * issue): the checks end that much before the step's deadline.
   */
  reserveMs?: number;
  /** Where proofs are kept, for `reuse-proof-hours` (the Actions cache); none in the CLI. */
  proofStore?: ProofStore;
}

export interface RunResult {
  report: Report;
  /** Present when a transcript was asked for and the remote checks ran. */
  transcript?: Transcript;
  /** Why the asked-for transcript could not be made whole; the verdict never depends on it. */
  transcriptProblem?: string;
  /** Scrubs text of every credential of this run, for what a host prints beside the report. */
  scrub: Scrubber;
  /** The step's one deadline (epoch ms): `timeout-seconds` from the run's start. Hosts finish by it. */
  deadlineAt: number;
}

/** How long past the run's budget the watchdog waits before giving the remote checks up. */
export const WATCHDOG_GRACE_MS = 1_500;

export async function check(request: RunRequest, io: RunIo): Promise<RunResult> {
  const startedAt = Date.now();
  const { raw, inputs } = request;
  const mask = onceEach(io.mask);
  const options = inputs.ok ? inputs.options : inputs.partial;
  const secrets = [...maskCredentials(raw, mask), ...maskOptionSecrets(options, mask)];
  io.debug?.(`Options: ${JSON.stringify(printableOptions(options))}`);
  const scrub = makeScrubber(secrets);
  const deadlineAt = startedAt + options.timeoutSeconds * 1000;
  if (!inputs.ok)
    return {
      report: buildReport(inputFindings(inputs.problems), { inputsInvalid: true }),
      scrub,
      deadlineAt,
    };
  if (raw.trim() === '') {
    const skipped = options.ifMissing === 'skip';
    return {
      report: buildReport([missingInputFinding(options.ifMissing, request.missing)], { skipped }),
      scrub,
      deadlineAt,
    };
  }
  const structure = checkStructure(raw);
  const fullScrub = makeScrubber([...secrets, ...maskRequestHeaders(structure.integration, mask)]);
  // The checks end before the step's deadline by what the host keeps back; their watchdog waits a
  // grace past that, within what is kept back when anything is.
  const reserveMs = request.reserveMs ?? 0;
  const checksDeadlineAt = deadlineAt - reserveMs;
  const graceMs = reserveMs > 0 ? Math.min(WATCHDOG_GRACE_MS, reserveMs) : WATCHDOG_GRACE_MS;
  const settings = {
    scrub: fullScrub,
    now: io.now?.() ?? new Date(),
    checksDeadlineAt,
    watchdogAt: checksDeadlineAt + graceMs,
    record: request.record === true,
  };
  // The proof's code (and zod with it) is loaded only by runs that keep proofs.
  const { report, transcriptOf } = request.proofStore
    ? await (await import('./proof-run.js')).judgeWithProof(
        structure,
        options,
        io,
        settings,
        request.proofStore,
      )
    : await judgeDocument(structure, options, io, settings);
  return { report, scrub: fullScrub, deadlineAt, ...transcriptFor(transcriptOf, report) };
}

/** The transcript, built with a guard: recording can never change the verdict nor end the run. */
function transcriptFor(
  transcriptOf: TranscriptOf | undefined,
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
