/**
 * A run's transcript: the recorder listens to every attempt, and once the report is made the
 * transcript is built from both: options without credentials, the document's own findings, the
 * requests, the verdict. The host writes it where it was asked to.
 */
import { BITBUCKET_TEMPLATES } from '../bitbucket/plan.js';
import type { Report } from '../findings.js';
import type { Scrubber } from '../scrub.js';
import type { StructureResult } from '../structure/document-model.js';
import { createRecorder, type Recorder } from '../transcript/recorder.js';
import type { Transcript } from '../transcript/transcript-format.js';
import { printableOptions } from './options.js';

/** A recorder; the account's email is named first, so a replay's stand-in (email-1) is the account. */
export function startRecording(email: string | undefined): Recorder {
  const recorder = createRecorder(BITBUCKET_TEMPLATES);
  if (email) recorder.names.of('email', email.toLowerCase());
  return recorder;
}

export function buildTranscript(
  recorder: Recorder,
  run: {
    options: Parameters<typeof printableOptions>[0];
    structure: StructureResult | undefined;
    report: Report;
    scrub: Scrubber;
    /** The run's day (YYYY-MM-DD), against which recorded expiries were judged. */
    day: string;
  },
): Transcript {
  const { options, structure, report, scrub, day } = run;
  const transcript = recorder.transcript(
    {
      options: {
        ...printableOptions(options),
        workspace: options.workspace ? recorder.names.of('workspace', options.workspace) : undefined,
        transcript: undefined,
      },
      structure: report.findings
        .filter((f) => f.section === 'structure')
        .map((f) => ({
          id: f.id,
          severity: f.severity,
          // A structure message names a Jira site at most: under its pseudonym, as in the requests.
          message: f.message.replace(/[a-z0-9-]+\.atlassian\.net/gi, (host) =>
            recorder.names.of('site', host.toLowerCase()),
          ),
          ...(f.subject ? { subject: f.subject } : {}),
        })),
      day,
      document: {
        jira: structure?.integration?.jira_credentials != null || structure?.jiraRejected === true,
        jiraRejected: structure?.jiraRejected === true,
      },
      verdict: {
        status: report.status,
        findings: report.findings.map((f) => ({ id: f.id, severity: f.severity })),
      },
    },
    scrub,
  );
  return transcript;
}
