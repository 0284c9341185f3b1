/**
 * A run answered from a transcript instead of the network (the CLI's `--replay`): the recorded
 * options, read as inputs are; a document that stands for the recorded one; the recorded day; and the
 * same judging as a run (judge-document.ts), so a replay gives the run's verdict.
 */

import { BITBUCKET_TEMPLATES } from '../bitbucket/plan.js';
import { defineFindings, type Finding, type Report, type Severity } from '../findings.js';
import { STRUCTURE_WORDS } from '../structure/check-structure.js';
import type { Integration, StructureResult } from '../structure/document-model.js';
import { SITE_SUFFIX } from '../structure/jira-url-check.js';
import { createReplayClient } from '../transcript/replay-client.js';
import type { Transcript } from '../transcript/transcript-format.js';
import { judgeDocument } from './judge-document.js';
import { type InputName, type Options, readInputs } from './options.js';

/** The recorded document's own findings are structure findings: made again with their own words. */
const { finding: structureFinding } = defineFindings(STRUCTURE_WORDS);

const STAND_IN = 'ATATT3xFfGF0ReplayStandInNotARealToken0000000000';
/** The account's email is named first when a run records (record-run.ts). */
const STAND_IN_EMAIL = 'email-1@example.invalid';

/** The recorded options, read as a run reads its inputs: a transcript is a file from anywhere. */
export function replayOptions(transcript: Transcript): Options | undefined {
  const recorded = transcript.options;
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const get = (name: InputName): string => {
    if (name === 'atlassian-org-id') return recorded.organization === true ? 'org-1' : '';
    if (name === 'atlassian-admin-key') return recorded.organization === true ? STAND_IN : '';
    if (name === 'max-retries') return '0';
    const value = recorded[camel(name)];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : '';
  };
  const read = readInputs(get);
  return read.ok ? read.options : undefined;
}

/** What a replay runs on: a document that stands for the recorded one, with its findings. */
export function replayStructure(transcript: Transcript): StructureResult {
  const site = transcript.requests.find((r) => r.host.endsWith(SITE_SUFFIX))?.host ?? `site-1${SITE_SUFFIX}`;
  const findings: Finding[] = transcript.structure.map((s) =>
    structureFinding(
      s.id as keyof typeof STRUCTURE_WORDS,
      s.severity as Severity,
      s.message,
      s.subject ? { subject: s.subject } : {},
    ),
  );
  const usable = findings.some((f) => f.id === 'structure.valid') || transcript.requests.length > 0;
  const { jira, jiraRejected } = transcript.document;
  const integration: Integration = {
    email: STAND_IN_EMAIL,
    app_token: STAND_IN,
    ...(jira && !jiraRejected
      ? { jira_credentials: { url: `https://${site}`, key: `${STAND_IN}Jira`, user: STAND_IN_EMAIL } }
      : {}),
  };
  return {
    findings,
    ...(usable ? { integration } : {}),
    ...(jiraRejected ? { jiraRejected: true as const } : {}),
  };
}

/** The report of a replayed run; undefined when the recorded options are not valid inputs. */
export async function replayReport(
  transcript: Transcript,
  log: (line: string) => void,
): Promise<Report | undefined> {
  const options = replayOptions(transcript);
  if (!options) return undefined;
  const now = transcript.day ? new Date(`${transcript.day}T12:00:00Z`) : new Date();
  const { report } = await judgeDocument(
    replayStructure(transcript),
    options,
    { mask: () => {}, log },
    {
      scrub: (text) => text,
      now,
      checksDeadlineAt: Date.now() + options.timeoutSeconds * 1000,
      watchdogAt: Date.now() + options.timeoutSeconds * 1000 + 1_500,
      record: false,
      http: createReplayClient(transcript, BITBUCKET_TEMPLATES),
    },
  );
  return report;
}
