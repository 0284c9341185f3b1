/**
 * The run's own findings, for the runs that stop before the remote checks: inputs that are not
 * valid, no document at all, a structure-only (offline) run, or a document with structure errors.
 */
import { finding as bitbucketFinding } from '../bitbucket/bitbucket-words.js';
import { type Finding, input } from '../findings.js';
import { finding as jiraFinding } from '../jira/jira-words.js';
import type { InputProblem, Options } from './options.js';
import { finding } from './run-words.js';

/** A host's words for an empty input: what is empty, why it may be, and what to do. */
export interface MissingInput {
  /** "`integration-json` is empty", "No integration JSON was given". */
  what: string;
  /** A sentence on why it may be empty, starting with a space; '' for none. */
  because: string;
  fix?: string;
  subject?: string;
}

export function inputFindings(problems: readonly InputProblem[]): Finding[] {
  return problems.map((p) => finding('input.invalid', 'error', p.message, { subject: p.input, fix: p.fix }));
}

export function missingInputFinding(ifMissing: Options['ifMissing'], missing: MissingInput): Finding {
  const init = {
    ...(missing.subject ? { subject: missing.subject } : {}),
    ...(missing.fix ? { fix: missing.fix } : {}),
  };
  return ifMissing === 'skip'
    ? finding('input.missing', 'notice', `${missing.what}, so the check was skipped.${missing.because}`, init)
    : finding('input.missing', 'error', `${missing.what}.${missing.because}`, init);
}

/**
 * Offline, the credentials are unproven: each remote's section says "not checked", and the verdict is
 * inconclusive, never healthy, so a gate on `healthy` never passes on a format check alone.
 */
export function notChecked(structureFindings: readonly Finding[]): Finding[] {
  const why = 'Offline mode: only the document’s structure was checked, and no request was sent';
  const fix = `Use ${input('mode', 'full')} to check the credentials against Bitbucket and Jira.`;
  const hasJira = structureFindings.some((f) => f.subject?.startsWith('jira_credentials'));
  return [
    bitbucketFinding('remote.skipped', 'inconclusive', `${why}: the token was not tried against Bitbucket.`, {
      fix,
    }),
    ...(hasJira
      ? [jiraFinding('jira.skipped', 'inconclusive', `${why}: the Jira credentials were not tried.`, { fix })]
      : []),
  ];
}

export function structureErrors(): Finding {
  return bitbucketFinding(
    'remote.skipped',
    'notice',
    'Bitbucket and Jira were not contacted because the document has structure errors.',
    {
      fix: 'Fix the structure errors above; the credentials are checked against Bitbucket and Jira once they are.',
    },
  );
}
