/**
 * A run on a fresh proof: only what can change while the credentials stay the same is asked again.
 * One Bitbucket request (the administered workspaces: it proves the token authenticates and the
 * account still administers the workspace the full check probed) and, when Jira was checked, one
 * Jira request (`/rest/api/3/myself`). Anything but a clean answer sends the run to a full check,
 * which says precisely what is wrong: this path only ever confirms.
 */
import { type BitbucketProbe, bitbucketFacts } from '../bitbucket/bitbucket-facts.js';
import { BITBUCKET_API, REQUIRED_SCOPES } from '../bitbucket/plan.js';
import { defineFindings, type Finding, input } from '../findings.js';
import { type JiraReply, jiraFacts } from '../jira/jira-facts.js';
import { basicAuthorization, type HttpClient } from '../net/outcome.js';
import type { Integration } from '../structure/document-model.js';
import type { Proof } from './proof-format.js';

const WORKSPACES_QUERY = '?administrator=true&pagelen=100';

export interface QuickEvidence {
  readonly workspaces: BitbucketProbe;
  readonly myself: JiraReply | undefined;
}

/** How many requests a run on a fresh proof sends: for the budget, the tests and the bench. */
export function quickRequests(proof: Pick<Proof, 'jira'>): number {
  return proof.jira ? 2 : 1;
}

export async function gatherQuick(
  integration: Integration,
  proof: Proof,
  http: HttpClient,
): Promise<QuickEvidence> {
  const jira = proof.jira ? integration.jira_credentials : undefined;
  const [workspaces, myself] = await Promise.all([
    http
      .send({
        method: 'GET',
        url: `${BITBUCKET_API}/user/workspaces${WORKSPACES_QUERY}`,
        headers: { authorization: basicAuthorization(integration.email, integration.app_token) },
      })
      .then((outcome) => bitbucketFacts('workspaces', 'GET /2.0/user/workspaces', outcome)),
    jira
      ? http
          .send({
            method: 'GET',
            url: `${new URL(jira.url).origin}/rest/api/3/myself`,
            headers: { authorization: basicAuthorization(jira.user, jira.key) },
          })
          .then((outcome) => {
            const host = new URL(jira.url).host;
            return jiraFacts(host, `GET ${host}/rest/api/3/myself`, outcome);
          })
      : Promise.resolve(undefined),
  ]);
  return { workspaces, myself };
}

/** Whether the quick answers confirm the proof; anything else calls for a full check. */
export function quickConfirms(evidence: QuickEvidence, proof: Proof): boolean {
  const { workspaces, myself } = evidence;
  const administered = workspaces.workspacesPage?.administered ?? [];
  const bitbucket =
    workspaces.status === 200 &&
    workspaces.ownAnswer &&
    (proof.workspace === undefined
      ? administered.length > 0
      : administered.some((slug) => slug.toLowerCase() === proof.workspace?.toLowerCase()));
  const jira =
    !proof.jira ||
    (myself !== undefined && myself.status === 200 && myself.account !== undefined && !myself.failedLogin);
  return bitbucket && jira;
}

const { words, finding } = defineFindings({
  'proof.reused': {
    section: 'input',
    title: 'Earlier proof',
    cause: `With ${input('reuse-proof-hours')} above 0, a run with the same credentials as a healthy full check younger than that sends only what can change (one Bitbucket request, one Jira request) and takes the rest from that check.`,
    fix: `Set ${input('reuse-proof-hours', '0')} to prove everything on every run.`,
  },
  'proof.bitbucket': {
    section: 'bitbucket',
    title: 'Authentication and workspace (now)',
    cause:
      'On a fresh proof: the token still authenticates, and the account still administers the workspace.',
    fix: 'A full check runs instead whenever this is not so.',
  },
  'proof.scope': {
    section: 'bitbucket',
    title: 'Scope',
    cause:
      'On a fresh proof: each scope, as the full check proved it; a token’s scopes are fixed when it is made.',
    fix: 'A full check runs instead whenever the proof is missing, old or not healthy.',
  },
  'proof.full': {
    section: 'input',
    title: 'Earlier proof',
    cause: `With ${input('reuse-proof-hours')} above 0: why this run proved everything (no proof of these credentials, too old, not healthy, or not confirmed now); a healthy full check is saved as the next runs' proof.`,
    fix: 'Nothing to do: the next healthy full check is reused.',
  },
  'proof.cache': {
    section: 'input',
    title: 'Earlier proof',
    cause: `With ${input('reuse-proof-hours')} above 0, the GitHub Actions cache could not be read or written in time: the run proved everything, and the verdict is its own.`,
    fix: 'Nothing to do if it is rare: the next run tries the cache again. If it recurs, check that the runner reaches the Actions cache service (on self-hosted runners: proxy and firewall).',
  },
  'proof.jira': {
    section: 'jira',
    title: 'Authentication (now)',
    cause:
      'On a fresh proof: jira_credentials still authenticate; the rest of the Jira check is taken from the full check.',
    fix: 'A full check runs instead whenever this is not so.',
  },
});
export const PROOF_WORDS = words;

/** Why this run proved everything, in the product's words. */
export function fullCheckNote(why: string): Finding {
  return finding('proof.full', 'pass', `A full check ran: ${why}.`);
}

/** The Actions cache failed: a notice, never a changed verdict. */
export function cacheNotice(what: 'read' | 'saved', fault: string): Finding {
  const message =
    what === 'read'
      ? `The Actions cache could not be read (${fault}), so this run proved everything.`
      : `The proof of this run could not be saved to the Actions cache (${fault}); the next run proves everything.`;
  return finding('proof.cache', 'notice', message);
}

/** The report's findings on a fresh proof: what was asked now, and what the full check proved. */
export function quickFindings(evidence: QuickEvidence, proof: Proof, link: string | undefined): Finding[] {
  const when = `the full check of ${proof.provenAt}${link ? ` (${link})` : ''}`;
  const workspace = proof.workspace ? ` workspace ${proof.workspace}` : ' a workspace';
  return [
    finding('proof.reused', 'pass', `Proven by ${when}; this run re-checked only what can change.`),
    finding(
      'proof.bitbucket',
      'pass',
      `The token still authenticates, and the account still administers${workspace}.`,
      {
        evidence: [`${evidence.workspaces.line}`],
      },
    ),
    ...REQUIRED_SCOPES.map((scope) =>
      finding('proof.scope', 'pass', `Proven by ${when}.`, { scope, evidence: [`proven by ${when}`] }),
    ),
    ...(evidence.myself
      ? [
          finding(
            'proof.jira',
            'pass',
            `jira_credentials still authenticate; the rest was proven by ${when}.`,
            {
              evidence: [evidence.myself.line],
            },
          ),
        ]
      : []),
  ];
}
