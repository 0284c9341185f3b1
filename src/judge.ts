/**
 * The shape of every remote check, after ESLint's rules: a judge is metadata (what it looks at, which
 * findings it may report) plus a pure function from the evidence a remote gathered to findings. A
 * judge never sends a request and never edits a finding; adding a check is adding a judge to a list.
 */
import type { Finding, FindingId, FindingWords } from './findings.js';

export interface Judge<Evidence, Options = undefined> {
  /** What the judge decides, in a few words. */
  readonly name: string;
  /** The findings it owns: their section, title, cause and default fix (the catalogue is built from these). */
  readonly words: FindingWords;
  /** Every finding id it may report; a test holds each judge to its list. */
  readonly reports: readonly FindingId[];
  readonly judge: (evidence: Evidence, options: Options) => Finding[];
}

/** Runs the judges in order; their findings appear in that order. */
export function runJudges<Evidence, Options>(
  judges: readonly Judge<Evidence, Options>[],
  evidence: Evidence,
  options: Options,
): Finding[] {
  return judges.flatMap((j) => j.judge(evidence, options));
}
