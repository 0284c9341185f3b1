/**
 * `reuse-proof-hours`: a run first looks for a proof of the same credentials (the Actions cache, in
 * the action). A healthy one younger than the setting is confirmed with one Bitbucket request (and
 * one Jira request); anything else runs the full check, and a healthy full check is saved as the next
 * runs' proof. A cache fault is a notice and never changes a verdict; every step keeps to the deadline.
 */
import { buildReport, type Finding, fewestDaysLeft, type Report } from '../findings.js';
import {
  makeProof,
  type Proof,
  type ProofStore,
  proofFingerprint,
  readProof,
} from '../proof/proof-format.js';
import { cacheNotice, fullCheckNote } from '../proof/quick-check.js';
import { scrubFinding } from '../scrub.js';
import type { StructureResult } from '../structure/document-model.js';
import { expiriesNotJudged, recordedExpiries } from './expiry.js';
import { type JudgeSettings, judgeDocument, remoteOptionsOf, type TranscriptOf } from './judge-document.js';
import type { Options } from './options.js';
import type { RunIo } from './run-io.js';

/** The most the cache may take to answer, and at most a quarter of what is left of the budget. */
const CACHE_STEP_MS = 10_000;

export interface Judged {
  report: Report;
  transcriptOf?: TranscriptOf;
}

export async function judgeWithProof(
  structure: StructureResult,
  options: Options,
  io: RunIo,
  settings: JudgeSettings,
  store: ProofStore | undefined,
): Promise<Judged> {
  const integration = structure.integration;
  if (!store || options.reuseProofHours === 0 || options.mode !== 'full' || !integration)
    return judgeDocument(structure, options, io, settings);
  const fingerprint = proofFingerprint(integration, options.workspace);
  const share = Math.min(CACHE_STEP_MS, (settings.checksDeadlineAt - Date.now()) / 4);
  const restored = await store.restore(fingerprint, Date.now() + Math.max(0, share));
  const verdict = readProof(restored.text, {
    fingerprint,
    now: settings.now,
    maxAgeHours: options.reuseProofHours,
  });
  if (verdict.ok) {
    const link = store.runLink && verdict.proof.runId ? store.runLink(verdict.proof.runId) : undefined;
    const { createQuickCheck } = await import('./remote.js');
    const quick = await createQuickCheck(remoteOptionsOf(options, settings), {
      ...io.network,
      log: (message) => io.log(settings.scrub(message)),
    })(integration, verdict.proof, link);
    if (quick) return { report: confirmedReport(structure, verdict.proof, quick, options, settings) };
  }
  const why = restored.fault
    ? cacheNotice('read', restored.fault)
    : fullCheckNote(verdict.ok ? 'the credentials did not confirm the earlier proof' : verdict.why);
  const full = await judgeDocument(structure, options, io, { ...settings, extra: [why] });
  // A cache that just failed is not asked again: one fault, one notice, and no time spent on it.
  if (full.report.status !== 'healthy' || restored.fault) return full;
  return { ...full, report: await saved(full.report, fingerprint, settings, store) };
}

/** The report of a run on a fresh proof: the structure, what was asked now, the recorded expiries. */
function confirmedReport(
  structure: StructureResult,
  proof: Proof,
  quick: Finding[],
  options: Options,
  settings: JudgeSettings,
): Report {
  const expiries = recordedExpiries(options, settings.now);
  const findings = [...structure.findings, ...quick, ...expiriesNotJudged(expiries, quick, 'accepted')];
  return buildReport(
    findings.map((f) => scrubFinding(f, settings.scrub)),
    { expiry: { inDays: fewestDaysLeft(findings) }, provenAt: proof.provenAt },
  );
}

/** Saves a healthy full check as the next runs' proof; a fault becomes a notice in a new report. */
async function saved(
  report: Report,
  fingerprint: string,
  settings: JudgeSettings,
  store: ProofStore,
): Promise<Report> {
  const workspace = report.findings.find((f) => f.id === 'bitbucket.workspace' && f.severity === 'pass');
  const text = makeProof({
    fingerprint,
    provenAt: settings.now.toISOString(),
    ...(store.runId ? { runId: store.runId } : {}),
    ...(workspace?.subject ? { workspace: workspace.subject } : {}),
    jira: report.findings.some((f) => f.id === 'jira.auth' && f.severity === 'pass'),
    report: { ...report, status: 'healthy' },
  });
  const left = settings.checksDeadlineAt - Date.now();
  const { fault } =
    left > 0
      ? await store.save(fingerprint, text, Date.now() + Math.min(CACHE_STEP_MS, left))
      : { fault: 'no time was left within timeout-seconds' };
  if (!fault) return report;
  return buildReport([...report.findings, cacheNotice('saved', fault)], {
    ...(report.expiry ? { expiry: report.expiry } : {}),
    provenAt: report.provenAt,
  });
}
