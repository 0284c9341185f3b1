/**
 * A document's verdict from its structure: the remote checks (in full mode, when it is usable), the
 * recorded expiries, the report and, when asked, the transcript. Shared by a run and by a replay of
 * its transcript, so that a replay gives the run's verdict.
 */
import { buildReport, type Finding, fewestDaysLeft, type Report } from '../findings.js';
import { describeExchange } from '../net/outcome.js';
import { type Scrubber, scrubFinding } from '../scrub.js';
import type { StructureResult } from '../structure/document-model.js';
import type { Recorder } from '../transcript/recorder.js';
import type { Transcript } from '../transcript/transcript-format.js';
import { daysUntil, expiriesNotJudged, recordedExpiries } from './expiry.js';
import type { Options } from './options.js';
import { notChecked, structureErrors } from './outcomes.js';
import type { RemoteDeps, RemoteOptions } from './remote.js';
import type { RunIo } from './run-io.js';
import { finding } from './run-words.js';

export interface JudgeSettings {
  scrub: Scrubber;
  /** The run's day, for recorded expiries: today, or a transcript's recorded day. */
  now: Date;
  /** Epoch ms by which every request has ended. */
  checksDeadlineAt: number;
  /** Epoch ms at which the remote checks are given up, whatever they are doing. */
  watchdogAt: number;
  record: boolean;
  /** Answers instead of the network: a transcript's replay. */
  http?: RemoteDeps['http'];
  /** Findings the run adds of its own (why a full check ran). */
  extra?: Finding[];
}

/** The options the remote checks read: the recorded expiries and the organization, against the run's day. */
export function remoteOptionsOf(options: Options, settings: Pick<JudgeSettings, 'now' | 'checksDeadlineAt'>) {
  const { now } = settings;
  const organization = options.organization && {
    ...options.organization,
    daysUntil: (day: string) => daysUntil(day, now),
    warningDays: options.expiryWarningDays,
  };
  return {
    ...options,
    expiries: recordedExpiries(options, now),
    organization,
    deadlineAt: settings.checksDeadlineAt,
  };
}

export type TranscriptOf = (report: Report) => Transcript | { problem: string };

export async function judgeDocument(
  structure: StructureResult,
  options: Options,
  io: RunIo,
  settings: JudgeSettings,
): Promise<{ report: Report; transcriptOf?: TranscriptOf }> {
  const { now, scrub } = settings;
  const remoteOptions = remoteOptionsOf(options, settings);
  const { expiries } = remoteOptions;
  // Loaded only when a transcript is asked for; made for every run that asks, requests or none.
  const recording = settings.record ? await import('./record-run.js') : undefined;
  const recorder = recording?.startRecording(structure.integration?.email);
  const findings = await documentFindings(structure, remoteOptions, io, settings, recorder);
  const judged = [...findings, ...expiriesNotJudged(expiries, findings), ...(settings.extra ?? [])];
  const checked = options.mode === 'full' && structure.integration !== undefined;
  const report = buildReport(
    judged.map((f) => scrubFinding(f, scrub)),
    {
      structureOnly: options.mode === 'offline',
      expiry: { inDays: fewestDaysLeft(judged) },
      provenAt: checked ? now.toISOString() : undefined,
    },
  );
  if (!recording || !recorder) return { report };
  const day = now.toISOString().slice(0, 10);
  return {
    report,
    transcriptOf: (made) =>
      recorder.failure
        ? { problem: `a recording step failed (${recorder.failure})` }
        : recording.buildTranscript(recorder, { options, structure, report: made, scrub, day }),
  };
}

/** The document's own findings, then, in full mode and when it is usable, the remote checks'. */
async function documentFindings(
  structure: StructureResult,
  options: Omit<Options, 'organization'> & RemoteOptions,
  io: RunIo,
  settings: JudgeSettings,
  recorder: Recorder | undefined,
): Promise<Finding[]> {
  if (options.mode === 'offline') return [...structure.findings, ...notChecked(structure.findings)];
  if (!structure.integration) return [...structure.findings, structureErrors()];
  const { scrub } = settings;
  // Loaded only for full runs: an offline run never loads the HTTP stack.
  const remote = (await import('./remote.js')).createRemoteChecks(options, {
    ...io.network,
    ...(settings.http ? { http: settings.http } : {}),
    log: (message) => io.log(scrub(message)),
    ...(recorder ? { onOutcome: recorder.record } : {}),
    ...(io.debug ? { onExchange: (e) => io.debug?.(scrub(describeExchange(e))) } : {}),
  });
  const pending = remote(structure.integration, { jiraRejected: structure.jiraRejected === true });
  return [
    ...structure.findings,
    ...(await withWatchdog(pending, Math.max(0, settings.watchdogAt - Date.now()))),
  ];
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
