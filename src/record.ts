/**
 * Writing a run's transcript (action input `transcript`, CLI `--record`) and replaying one (CLI
 * `--replay`). The recorder and the replay client live with the remote checks; this is the glue the
 * action and the CLI share.
 */
import { writeFileSync } from 'node:fs';
import { probes } from './bitbucket/plan.js';
import type { FindingId } from './catalogue.js';
import { type Finding, finding, type Report, type Severity } from './findings.js';
import { type Options, printableOptions } from './inputs.js';
import type { Integration, StructureResult } from './integration/schema.js';
import type { RemoteOptions } from './remote.js';
import type { Scrubber } from './scrub.js';
import { createRecorder, type Recorder, type Transcript, transcriptSchema } from './transcript.js';

/** The path templates of Bitbucket's requests, from the plan. */
export const BITBUCKET_TEMPLATES = Object.values(probes).map((p) => p.operation);

export function startRecording(): Recorder {
  return createRecorder(BITBUCKET_TEMPLATES);
}

export function writeTranscript(
  file: string,
  recorder: Recorder,
  run: { options: Options; structure: StructureResult | undefined; report: Report; scrub: Scrubber },
): void {
  const { options, structure, report, scrub } = run;
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
  writeFileSync(file, `${JSON.stringify(transcript, null, 2)}\n`);
}

/** A transcript read and validated; a clear reason when it is not one. */
export function parseTranscript(
  text: string,
): { ok: true; transcript: Transcript } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const result = transcriptSchema.safeParse(value);
  if (result.success) return { ok: true, transcript: result.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    reason: `${issue?.path.join('.') || 'the document'}: ${issue?.message ?? 'not a transcript'}`,
  };
}

/** What a replay runs on: the recorded options, and a document that stands for the recorded one. */
export function replaySetup(transcript: Transcript): {
  options: RemoteOptions;
  integration: Integration;
  structure: Finding[];
} {
  const o = transcript.options;
  const site =
    transcript.requests.find((r) => r.host.endsWith('.atlassian.net'))?.host ?? 'site-1.atlassian.net';
  const stand = 'ATATT3xFfGF0ReplayStandInNotARealToken0000000000';
  return {
    options: {
      timeoutSeconds: Number(o.timeoutSeconds ?? 60),
      maxRetries: 0,
      workspace: typeof o.workspace === 'string' ? o.workspace : undefined,
      probeWriteScopes: o.probeWriteScopes !== false,
      jira: o.jira === 'skip' || o.jira === 'required' ? o.jira : 'auto',
    },
    integration: {
      email: 'email-1@example.invalid',
      app_token: stand,
      ...(transcript.document.jira && !transcript.document.jiraRejected
        ? {
            jira_credentials: {
              url: `https://${site}`,
              key: `${stand}Jira`,
              user: 'email-1@example.invalid',
            },
          }
        : {}),
    },
    structure: transcript.structure.map((s) =>
      finding(s.id as FindingId, s.severity as Severity, s.message, s.subject ? { subject: s.subject } : {}),
    ),
  };
}
