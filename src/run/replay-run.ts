/**
 * A run answered from a transcript instead of the network (the CLI's `--replay`): the recorded
 * options, a document that stands for the recorded one, and the same remote checks.
 */

import { BITBUCKET_TEMPLATES } from '../bitbucket/plan.js';
import { buildReport, defineFindings, type Finding, type Report, type Severity } from '../findings.js';
import { STRUCTURE_WORDS } from '../structure/check-structure.js';
import type { Integration } from '../structure/document-model.js';
import { createReplayClient } from '../transcript/replay-client.js';
import type { Transcript } from '../transcript/transcript-format.js';
import { createRemoteChecks, type RemoteOptions } from './remote.js';

/** The recorded document's own findings are structure findings: made again with their own words. */
const { finding: structureFinding } = defineFindings(STRUCTURE_WORDS);

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
      structureFinding(
        s.id as keyof typeof STRUCTURE_WORDS,
        s.severity as Severity,
        s.message,
        s.subject ? { subject: s.subject } : {},
      ),
    ),
  };
}

/** The report of a replayed run: the recorded document's own findings, then the remote checks against the transcript. */
export async function replayReport(transcript: Transcript, log: (line: string) => void): Promise<Report> {
  const { options, integration, structure } = replaySetup(transcript);
  if (transcript.requests.length === 0 && !structure.some((f) => f.id === 'structure.valid')) {
    return buildReport(structure);
  }
  const remote = createRemoteChecks(options, {
    log,
    http: createReplayClient(transcript, BITBUCKET_TEMPLATES),
  });
  return buildReport([
    ...structure,
    ...(await remote(integration, { jiraRejected: transcript.document.jiraRejected })),
  ]);
}
