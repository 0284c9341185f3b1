/**
 * The engine shared by the action and the CLI: masks every credential, checks the document's
 * structure, then (in full mode) runs the remote checks. It returns findings; rendering is elsewhere.
 */

import { basicAuthorization } from './evidence.js';
import { type Finding, finding } from './findings.js';
import { checkStructure, type Integration, type StructureResult } from './integration/schema.js';
import { collectSecrets } from './integration/secrets.js';
import { credentialSecrets, makeScrubber, type Scrubber, scrubFinding } from './scrub.js';

export type Mode = 'full' | 'offline';

/** Checks against live services; given the validated document, returns their findings. */
export type RemoteChecks = (
  integration: Integration,
  context: { jiraRejected: boolean },
) => Promise<Finding[]>;

export interface EngineDeps {
  /** Registers a secret with the log masker. Called before any message is produced. */
  mask: (secret: string) => void;
  /**
   * Loaded only for full runs, so offline runs never load the HTTP stack. Given the scrubber, so
   * that log lines (which can carry text a server sent) are scrubbed like findings.
   */
  loadRemoteChecks?: (scrub: Scrubber) => Promise<RemoteChecks>;
  /**
   * When the remote checks have not finished after this long, they are given up: every request has
   * its own hard stop, so this is the last line, and it makes the run end with a report all the same.
   */
  watchdogMs?: number;
  /** Told the structure's result, for a transcript of the run. */
  onStructure?: (structure: StructureResult) => void;
}

/** How long past the run's budget the watchdog waits before giving the remote checks up. */
export const WATCHDOG_GRACE_MS = 1_500;

export async function runChecks(raw: string, mode: Mode, deps: EngineDeps): Promise<Finding[]> {
  const secrets = collectSecrets(raw);
  for (const secret of secrets) deps.mask(secret);
  const structure = checkStructure(raw);
  deps.onStructure?.(structure);
  // What goes over the wire is the Basic header's base64; a server may echo that back too.
  const headers = basicHeaderForms(structure.integration);
  for (const header of headers) deps.mask(header);
  const scrub = makeScrubber([...credentialSecrets(raw, secrets), ...headers]);
  return (await check(structure, mode, deps, scrub)).map((f) => scrubFinding(f, scrub));
}

/** The base64 part of each Basic header the remote checks will send. */
function basicHeaderForms(integration: Integration | undefined): string[] {
  if (!integration) return [];
  const pairs = [[integration.email, integration.app_token]];
  const jira = integration.jira_credentials;
  if (jira) pairs.push([jira.user, jira.key]);
  return pairs.map(([user, secret]) =>
    basicAuthorization(user as string, secret as string).slice('Basic '.length),
  );
}

/**
 * Offline, the credentials are unproven: each remote's section says "not checked", and the verdict is
 * inconclusive, never healthy, so a gate on `healthy` never passes on a format check alone.
 */
function notChecked(structureFindings: readonly Finding[]): Finding[] {
  const why = 'Offline mode: only the document’s structure was checked, and no request was sent';
  const fix = 'Use `mode: full` to check the credentials against Bitbucket and Jira.';
  const hasJira = structureFindings.some((f) => f.subject?.startsWith('jira_credentials'));
  return [
    finding('remote.skipped', 'inconclusive', `${why}: the token was not tried against Bitbucket.`, { fix }),
    ...(hasJira
      ? [finding('jira.skipped', 'inconclusive', `${why}: the Jira credentials were not tried.`, { fix })]
      : []),
  ];
}

async function check(
  structure: StructureResult,
  mode: Mode,
  deps: EngineDeps,
  scrub: Scrubber,
): Promise<Finding[]> {
  const findings = [...structure.findings];
  if (mode === 'offline') return [...findings, ...notChecked(structure.findings)];
  if (!structure.integration) {
    findings.push(
      finding(
        'remote.skipped',
        'notice',
        'Bitbucket and Jira were not contacted because the document has structure errors.',
        {
          fix: 'Fix the structure errors above; the credentials are checked against Bitbucket and Jira once they are.',
        },
      ),
    );
    return findings;
  }
  if (!deps.loadRemoteChecks) {
    throw new Error('full mode needs remote checks');
  }
  const remote = await deps.loadRemoteChecks(scrub);
  const pending = remote(structure.integration, { jiraRejected: structure.jiraRejected === true });
  findings.push(
    ...(deps.watchdogMs === undefined ? await pending : await withWatchdog(pending, deps.watchdogMs)),
  );
  return findings;
}

async function withWatchdog(pending: Promise<Finding[]>, ms: number): Promise<Finding[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Finding[]>((resolve) => {
    timer = setTimeout(
      () =>
        resolve([
          finding(
            'remote.unfinished',
            'inconclusive',
            `The Bitbucket and Jira checks had not finished ${Math.round(ms / 1000)} s after they started, so the credentials were not proven.`,
          ),
        ]),
      ms,
    );
  });
  try {
    return await Promise.race([pending, late]);
  } finally {
    clearTimeout(timer);
  }
}
