/**
 * The shape of every remote check, after ESLint's rules: a judge is metadata (what it looks at, which
 * findings it may report) plus a pure function from the evidence a remote gathered to findings. A
 * judge never sends a request and never edits a finding; adding a check is adding a judge to a list.
 */
import { expiryVerdict, type RecordedExpiry, renewalFix } from './entitle.js';
import { defineFindings, type Finding, type FindingId, type FindingWords, input } from './findings.js';

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

/** How a service answered the credential whose expiry was recorded; `not checked` when it was not asked. */
export type ExpiryAnswer = 'accepted' | 'rejected' | 'unknown';

/**
 * One judge for a recorded expiry (`token-expires-on`, `jira-key-expires-on`), made for each part: a
 * warning weeks ahead, the date when it is further off, and a date that has passed held against what
 * the service answered. `recorded` judges it when the part's answer was not seen (not asked: a
 * skipped part, an offline run; or confirmed on a fresh proof).
 */
export function recordedExpiryJudge<Evidence, Options>(part: {
  id: 'bitbucket.token_expiry' | 'jira.token_expiry';
  what: 'app_token' | 'jira_credentials.key';
  recordedIn: 'token-expires-on' | 'jira-key-expires-on';
  service: 'Bitbucket' | 'Jira';
  expiryOf: (options: Options) => RecordedExpiry | undefined;
  answerOf: (evidence: Evidence) => ExpiryAnswer;
}) {
  const { id, what, service } = part;
  const recordedIn = input(part.recordedIn);
  const { words, finding } = defineFindings({
    [id]: {
      section: id === 'bitbucket.token_expiry' ? 'bitbucket' : 'jira',
      title: 'Token expiry',
      cause: `The expiry recorded in ${recordedIn}: a warning from ${input('expiry-warning-days')} before it (the run is degraded and the tracking issue opens); the date when it is further off; a warning when the date has passed yet ${service} accepts the ${what === 'app_token' ? 'token' : 'key'} (the recorded date is wrong). A ${what === 'app_token' ? 'token' : 'key'} past its date that ${service} rejects is said by the authentication finding.`,
      fix: renewalFix(what, recordedIn),
    },
  });
  const made = (expiry: RecordedExpiry, answer: ExpiryAnswer | 'not checked'): Finding[] => {
    const verdict = expiryVerdict(expiry, answer, what, recordedIn);
    if (!verdict || (answer === 'not checked' && verdict.severity === 'pass')) return [];
    const { severity, message, fix } = verdict;
    return [
      finding(id, severity, message, { subject: what, daysLeft: expiry.daysLeft, ...(fix ? { fix } : {}) }),
    ];
  };
  const judge: Judge<Evidence, Options> = {
    name: `${what} is not about to expire`,
    words,
    reports: [id],
    judge: (evidence, options) => {
      const expiry = part.expiryOf(options);
      return expiry ? made(expiry, part.answerOf(evidence)) : [];
    },
  };
  return {
    judge,
    recorded: (expiry: RecordedExpiry, answer: 'accepted' | 'not checked') => made(expiry, answer),
  };
}
