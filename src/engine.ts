/**
 * The engine shared by the action and the CLI: masks every credential, checks the document's
 * structure, then (in full mode) runs the remote checks. It returns findings; rendering is elsewhere.
 */
import { type Finding, finding } from './findings.js';
import { checkStructure, type Integration } from './integration/schema.js';
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
}

export async function runChecks(raw: string, mode: Mode, deps: EngineDeps): Promise<Finding[]> {
  const secrets = collectSecrets(raw);
  for (const secret of secrets) deps.mask(secret);
  const scrub = makeScrubber(credentialSecrets(raw, secrets));
  return (await check(raw, mode, deps, scrub)).map((f) => scrubFinding(f, scrub));
}

async function check(raw: string, mode: Mode, deps: EngineDeps, scrub: Scrubber): Promise<Finding[]> {
  const structure = checkStructure(raw);
  const findings = [...structure.findings];
  if (mode === 'offline') {
    findings.push(
      finding(
        'remote.skipped',
        'notice',
        'Offline mode: only the structure was checked; no request was sent.',
        {
          fix: 'Use `mode: full` to check the credentials against Bitbucket and Jira.',
        },
      ),
    );
    return findings;
  }
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
  findings.push(...(await remote(structure.integration, { jiraRejected: structure.jiraRejected === true })));
  return findings;
}
