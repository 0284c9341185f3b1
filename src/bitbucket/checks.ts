/**
 * The Bitbucket Cloud checks: the token authenticates as a user's API token, the account administers
 * a workspace and a repository, and the token holds each of the seven scopes, proven without
 * changing anything. Requests run in three dependency levels, everything in a level at once:
 *   1. who am I (+ granted scopes), administered workspaces, an application-property probe
 *      (and, when `workspace` is given, the level-2 requests too);
 *   2. an administered repository and a sample of members in the chosen workspace;
 *   3. repository probes: read permissions, branch restrictions, and the impossible write and delete.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { allowlistFix } from '../entitle.js';
import { type Finding, finding } from '../findings.js';
import {
  type HttpClient,
  type HttpOutcome,
  type HttpResponse,
  inconclusiveReason,
  jsonBody,
} from '../http.js';
import type { Integration } from '../integration/schema.js';
import {
  BITBUCKET_API,
  BITBUCKET_HOST,
  fillPath,
  IMPOSSIBLE_PERMISSION,
  PROBE_APP_KEY,
  PROBE_PROPERTY,
  type Probe,
  type ProbeId,
  probes,
} from './plan.js';
import { extraScopes, type Introspection, type ScopeEvidence, scopeVerdicts } from './verdicts.js';

export interface BitbucketOptions {
  /** The workspace to probe; otherwise the first administered one. */
  workspace?: string;
  /** Send the impossible PUT and DELETE; false relies on introspection alone for those scopes. */
  probeWriteScopes: boolean;
}

export interface BitbucketDeps {
  http: HttpClient;
  randomId?: () => string;
}

export interface BitbucketRun {
  findings: Promise<Finding[]>;
  /** Atlassian account ids of a few workspace members, for the Jira email check. */
  memberAccountIds: Promise<string[]>;
}

const MAX_WORKSPACE_PAGES = 5;
const MEMBER_SAMPLE = 20;
const SLUG = /^[A-Za-z0-9_.-]{1,128}$/;
/** Scope names as Atlassian writes them, e.g. read:repository:bitbucket. */
const SCOPE_NAME = /^[a-z][a-z_-]*(:[a-z][a-z_-]*){1,3}$/;
/** Credential types shown by name; anything else a server sends is not repeated. */
const KNOWN_CREDENTIAL_TYPES = new Set([
  'api_token',
  'app_password',
  'access_token',
  'repository_access_token',
  'project_access_token',
  'workspace_access_token',
  'oauth2',
  'jwt',
  'session',
]);
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

const scopeErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    detail: z
      .object({ required: z.array(z.string()).optional(), granted: z.array(z.string()).optional() })
      .optional()
      .catch(undefined),
  }),
});
const errorMessageSchema = z.object({ error: z.object({ message: z.string() }) });
const workspacesPageSchema = z.object({
  values: z.array(
    z.object({ administrator: z.boolean().optional(), workspace: z.object({ slug: z.string() }) }),
  ),
  next: z.string().optional(),
});
const repositoriesPageSchema = z.object({ values: z.array(z.object({ slug: z.string() })) });
const membersPageSchema = z.object({
  values: z.array(z.object({ user: z.object({ account_id: z.string().optional() }).optional() })),
});
const userSchema = z.object({ account_id: z.string().optional() });

function splitScopes(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  return header
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => SCOPE_NAME.test(s));
}

/** A 403 that says a scope is missing, with what it required and what was granted, when told. */
function scopeError(outcome: HttpOutcome): { required?: string[]; granted?: string[] } | undefined {
  if (outcome.kind !== 'response' || outcome.status !== 403) return undefined;
  const body = jsonBody(outcome, scopeErrorSchema);
  if (!body || !/scope/i.test(body.error.message)) return undefined;
  const required = body.error.detail?.required ?? splitScopes(outcome.headers['x-accepted-oauth-scopes']);
  const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
  return {
    ...(required ? { required: required.filter((s) => SCOPE_NAME.test(s)) } : {}),
    ...(granted ? { granted: granted.filter((s) => SCOPE_NAME.test(s)) } : {}),
  };
}

function describeOutcome(outcome: HttpOutcome): string {
  if (outcome.kind !== 'response')
    return outcome.kind === 'network' ? `${outcome.kind} (${outcome.code})` : outcome.kind;
  if (scopeError(outcome)) return `${outcome.status} (scope error)`;
  return String(outcome.status);
}

function evidenceLine(probe: Probe, path: string, outcome: HttpOutcome): string {
  return `${probe.method} /2.0${path} → ${describeOutcome(outcome)}`;
}

/** What one probe's answer shows about the scopes it exercises. */
export function classifyProbe(probe: Probe, path: string, outcome: HttpOutcome): ScopeEvidence {
  const evidence = evidenceLine(probe, path, outcome);
  if (outcome.kind !== 'response') return { kind: 'unproven', scopes: probe.proves, evidence };
  const scope = scopeError(outcome);
  if (scope) {
    if (scope.required && scope.granted) {
      const granted = new Set(scope.granted);
      const missing = scope.required.filter((s) => !granted.has(s));
      const claimed = probe.proves.filter((s) => missing.includes(s));
      // Only the missing ones are claimed; the rest of the operation's scopes are not judged by it.
      if (claimed.length > 0) return { kind: 'missing', scopes: claimed, evidence };
      return { kind: 'unproven', scopes: probe.proves, evidence };
    }
    return probe.proves.length === 1
      ? { kind: 'missing', scopes: probe.proves, evidence }
      : { kind: 'unproven', scopes: probe.proves, evidence };
  }
  const { status } = outcome;
  if (status >= 200 && status < 300) return { kind: 'proved', scopes: probe.proves, evidence };
  // The impossible probes end here: past the scope check, refused for the target or the body.
  if (status === 400 || status === 404) return { kind: 'refused-later', scopes: probe.proves, evidence };
  return { kind: 'unproven', scopes: probe.proves, evidence };
}

function isNonScopeForbidden(outcome: HttpOutcome): boolean {
  return outcome.kind === 'response' && outcome.status === 403 && scopeError(outcome) === undefined;
}

function authFailure(outcome: HttpResponse): Finding {
  const jsonMessage = jsonBody(outcome, errorMessageSchema)?.error.message ?? '';
  const text = outcome.body.kind === 'text' ? outcome.body.text : '';
  if (/invalid, expired, or not supported/i.test(jsonMessage)) {
    return finding(
      'bitbucket.auth',
      'error',
      'Bitbucket rejected the token: it is invalid, expired or revoked, or a classic API token without scopes, which Bitbucket does not accept.',
      {
        subject: 'app_token',
        fix: 'Create an API token with scopes at https://id.atlassian.com/manage-profile/security/api-tokens ("Create API token with scopes", app Bitbucket, the seven scopes Entitle needs; tokens expire within a year), then replace app_token.',
      },
    );
  }
  if (/login failed|incorrect login credentials/i.test(text)) {
    return finding(
      'bitbucket.auth',
      'error',
      'Bitbucket rejected the email and token together: the email is not the token owner’s Atlassian account email, or the token is wrong or incomplete.',
      {
        subject: 'email',
        fix: 'Set email to the email address of the Atlassian account that created the token (not a Bitbucket username), and copy the token again in full.',
      },
    );
  }
  return finding(
    'bitbucket.auth',
    'error',
    `Bitbucket did not accept the credentials (HTTP ${outcome.status}).`,
    {
      subject: 'app_token',
    },
  );
}

export function checkBitbucket(
  integration: Integration,
  options: BitbucketOptions,
  deps: BitbucketDeps,
): BitbucketRun {
  let resolveMembers: (ids: string[]) => void = () => {};
  const memberAccountIds = new Promise<string[]>((resolve) => {
    resolveMembers = resolve;
  });
  const findings = run(integration, options, deps, (ids) => resolveMembers(ids)).finally(() =>
    resolveMembers([]),
  );
  return { findings, memberAccountIds };
}

async function run(
  integration: Integration,
  options: BitbucketOptions,
  deps: BitbucketDeps,
  publishMembers: (ids: string[]) => void,
): Promise<Finding[]> {
  const authorization = `Basic ${Buffer.from(`${integration.email}:${integration.app_token}`).toString('base64')}`;
  const randomId = deps.randomId ?? randomUUID;
  const results: ScopeEvidence[] = [];
  const findings: Finding[] = [];
  const evidenceFor: Partial<Record<ProbeId, string>> = {};
  const outcomes: Partial<Record<ProbeId, HttpOutcome>> = {};
  let introspection: Introspection = { granted: undefined, evidence: [] };
  let credentialType: { value: string; evidence: string } | undefined;

  const send = async (id: ProbeId, values: Record<string, string> = {}, query = '', json?: unknown) => {
    const probe = probes[id];
    const path = fillPath(probe.operation, values);
    const outcome = await deps.http.send({
      method: probe.method,
      url: `${BITBUCKET_API}${path}${query}`,
      headers: { authorization },
      ...(json !== undefined ? { json } : {}),
    });
    outcomes[id] = outcome;
    const classified = classifyProbe(probe, path, outcome);
    evidenceFor[id] = classified.evidence;
    if (probe.proves.length > 0) results.push(classified);
    if (outcome.kind === 'response') {
      const granted = scopeError(outcome)?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
      if (granted && (!introspection.granted || id === 'user')) {
        introspection = {
          granted: new Set(granted),
          evidence: [`${probe.method} /2.0${path} → ${outcome.status}`],
        };
      }
      const type = outcome.headers['x-credential-type'];
      if (type && (!credentialType || id === 'user'))
        credentialType = { value: type, evidence: classified.evidence };
    }
    return outcome;
  };

  const requested = options.workspace;
  const sendWorkspaceLevel = (workspace: string) =>
    Promise.all([
      send('admin-repositories', { workspace }, '?role=admin&pagelen=1'),
      send('workspace-members', { workspace }, `?pagelen=${MEMBER_SAMPLE}`),
    ]);

  // Level 1.
  const [user, workspacesOutcome, , early] = await Promise.all([
    send('user'),
    listWorkspaces(send),
    send('application-property', {
      selected_user: `{${randomId()}}`,
      app_key: PROBE_APP_KEY,
      property_name: PROBE_PROPERTY,
    }),
    requested ? sendWorkspaceLevel(requested) : Promise.resolve(undefined),
  ]);

  // Authentication.
  if (user.kind === 'response' && user.status === 401) {
    findings.push(authFailure(user));
    findings.push(
      finding(
        'remote.skipped',
        'notice',
        'The other Bitbucket checks were not run: the credentials do not authenticate.',
        {
          title: 'Bitbucket checks',
          fix: 'Fix authentication first.',
        },
      ),
    );
    publishMembers([]);
    return findings;
  }
  const userReason = inconclusiveReason(user, BITBUCKET_HOST);
  if (userReason || user.kind !== 'response') {
    findings.push(
      finding('bitbucket.auth', 'inconclusive', userReason?.message ?? 'No answer from Bitbucket.', {
        subject: 'app_token',
        fix: userReason?.fix ?? 'Run again.',
        evidence: [evidenceFor.user ?? ''],
      }),
    );
  } else if (user.status === 200 || scopeError(user)) {
    findings.push(
      finding(
        'bitbucket.auth',
        'pass',
        user.status === 200
          ? 'The email and token authenticate with Bitbucket Cloud.'
          : 'The email and token authenticate with Bitbucket Cloud (the account details need read:user:bitbucket, which Entitle does not use).',
        { subject: 'app_token', evidence: [evidenceFor.user ?? ''] },
      ),
    );
  } else {
    findings.push(
      finding(
        'bitbucket.auth',
        'inconclusive',
        `Bitbucket answered HTTP ${user.status} to the account request.`,
        {
          subject: 'app_token',
          evidence: [evidenceFor.user ?? ''],
        },
      ),
    );
  }
  const ownAccountId = jsonBody(user, userSchema)?.account_id;

  if (credentialType && credentialType.value !== 'api_token') {
    findings.push(
      finding(
        'bitbucket.credential_type',
        'error',
        `Bitbucket reports the credential as ${KNOWN_CREDENTIAL_TYPES.has(credentialType.value) ? credentialType.value : 'another kind'}, not a user's API token. Only a user's API token with scopes can manage permissions for Entitle.`,
        { subject: 'app_token', evidence: [credentialType.evidence] },
      ),
    );
  }

  // Workspace.
  const workspaceChoice = chooseWorkspace(workspacesOutcome, requested, evidenceFor.workspaces ?? '');
  findings.push(workspaceChoice.finding);
  const workspace = workspaceChoice.workspace;

  // Level 2 (already sent at level 1 when the workspace was given).
  const [repositoriesOutcome, membersOutcome] = workspace
    ? (early ?? (await sendWorkspaceLevel(workspace)))
    : [undefined, undefined];

  const members = membersOutcome ? jsonBody(membersOutcome, membersPageSchema) : undefined;
  publishMembers(
    (members?.values ?? [])
      .map((m) => m.user?.account_id)
      .filter((id): id is string => id !== undefined && ACCOUNT_ID.test(id) && id !== ownAccountId),
  );

  // Repository.
  let repository: string | undefined;
  if (workspace && repositoriesOutcome) {
    const page = jsonBody(repositoriesOutcome, repositoriesPageSchema);
    const slug = page?.values[0]?.slug;
    const evidence = [evidenceFor['admin-repositories'] ?? ''];
    const reason = inconclusiveReason(repositoriesOutcome, BITBUCKET_HOST);
    if (slug && SLUG.test(slug)) {
      repository = slug;
      findings.push(
        finding('bitbucket.repository', 'pass', `The account administers repository ${workspace}/${slug}.`, {
          subject: `${workspace}/${slug}`,
          evidence,
        }),
      );
    } else if (page) {
      findings.push(
        finding(
          'bitbucket.repository',
          'warning',
          `The account administers no repository in workspace ${workspace}, so the repository-level probes were not run.`,
          { subject: workspace, evidence },
        ),
      );
    } else if (repositoriesOutcome.kind === 'response' && repositoriesOutcome.status === 404) {
      findings.push(
        finding('bitbucket.repository', 'error', `Workspace ${workspace} was not found.`, {
          subject: workspace,
          evidence,
          fix: 'Check the workspace ID (the slug in bitbucket.org/<workspace>/) given in the `workspace` input.',
        }),
      );
    } else {
      findings.push(
        finding(
          'bitbucket.repository',
          'inconclusive',
          reason?.message ??
            (scopeError(repositoriesOutcome)
              ? 'Could not list repositories: the token lacks a scope for it.'
              : 'Could not list the repositories the account administers.'),
          { subject: workspace, evidence, ...(reason ? { fix: reason.fix } : {}) },
        ),
      );
    }
  }

  // Level 3.
  if (workspace && repository) {
    const target = { workspace, repo_slug: repository, selected_user_id: `{${randomId()}}` };
    await Promise.all([
      send('repository-permissions', target, '?pagelen=1'),
      send('branch-restrictions', target, '?pagelen=1'),
      ...(options.probeWriteScopes
        ? [
            send('write-permission', target, '', { permission: IMPOSSIBLE_PERMISSION }),
            send('delete-permission', target),
          ]
        : []),
    ]);
  }
  if (!options.probeWriteScopes) {
    findings.push(
      finding(
        'bitbucket.write_probes_skipped',
        'notice',
        'probe-write-scopes is false: write:permission and delete:permission were judged from the granted-scopes list alone.',
      ),
    );
  }

  // IP allowlist: a refusal that is not about scopes, on workspace or repository resources.
  const forbidden = (Object.keys(outcomes) as ProbeId[]).filter(
    (id) => id !== 'user' && isNonScopeForbidden(outcomes[id] as HttpOutcome),
  );
  if (forbidden.length > 0) {
    findings.push(
      finding(
        'bitbucket.ip_allowlist',
        'warning',
        `Bitbucket refused ${forbidden.length === 1 ? 'a request' : `${forbidden.length} requests`} for reasons other than scopes. The workspace may restrict access by IP address; checks that depend on those requests are inconclusive.`,
        {
          subject: workspace ?? 'workspace',
          evidence: forbidden.map((id) => evidenceFor[id] ?? ''),
          fix: allowlistFix('the workspace'),
        },
      ),
    );
    if (forbidden.some((id) => id !== 'workspaces' && id !== 'application-property')) {
      const repo = findings.find((f) => f.id === 'bitbucket.repository' && f.severity === 'pass');
      if (repo) repo.severity = 'inconclusive';
    }
  }

  findings.push(...scopeVerdicts(introspection, results));

  const extra = extraScopes(introspection.granted);
  if (extra.length > 0) {
    findings.push(
      finding(
        'bitbucket.extra_scopes',
        'notice',
        `The token holds scopes Entitle does not need: ${extra.join(', ')}.`,
        {
          subject: 'app_token',
          evidence: introspection.evidence,
          fix: 'For least privilege, create a token with only the seven scopes Entitle needs.',
        },
      ),
    );
  }
  return findings;
}

type Send = (id: ProbeId, values?: Record<string, string>, query?: string) => Promise<HttpOutcome>;

/** The administered workspaces, following Bitbucket's `next` links (on its own host only). */
async function listWorkspaces(
  send: Send,
): Promise<{ outcome: HttpOutcome; slugs: string[] | undefined; truncated?: boolean }> {
  const slugs: string[] = [];
  let query = '?administrator=true&pagelen=100';
  for (let page = 1; ; page++) {
    const outcome = await send('workspaces', {}, query);
    const body = jsonBody(outcome, workspacesPageSchema);
    if (!body) return { outcome, slugs: page === 1 ? undefined : slugs };
    slugs.push(
      ...body.values
        .filter((v) => v.administrator !== false && SLUG.test(v.workspace.slug))
        .map((v) => v.workspace.slug),
    );
    const next = body.next;
    if (!next?.startsWith(`${BITBUCKET_API}/user/workspaces?`)) return { outcome, slugs };
    if (page >= MAX_WORKSPACE_PAGES) return { outcome, slugs, truncated: true };
    query = next.slice(`${BITBUCKET_API}/user/workspaces`.length);
  }
}

function chooseWorkspace(
  listed: { outcome: HttpOutcome; slugs: string[] | undefined; truncated?: boolean },
  requested: string | undefined,
  evidenceLine: string,
): { finding: Finding; workspace: string | undefined } {
  const evidence = [evidenceLine];
  const notAdmin =
    'Entitle manages permissions, so the account that owns the token must be an administrator of the workspace.';
  if (listed.slugs === undefined) {
    const reason = inconclusiveReason(listed.outcome, BITBUCKET_HOST);
    const message = reason?.message ?? 'Could not list the workspaces the account administers.';
    return {
      finding: finding('bitbucket.workspace', 'inconclusive', message, {
        subject: requested ?? 'workspace',
        evidence,
        ...(reason ? { fix: reason.fix } : {}),
      }),
      // A named workspace is still probed: its own requests say more.
      workspace: requested,
    };
  }
  const slugs = [...new Set(listed.slugs)].sort();
  const shown =
    slugs.slice(0, 20).join(', ') +
    (slugs.length > 20 ? `, and ${slugs.length - 20} more` : '') +
    (listed.truncated ? ` (listing stopped after ${MAX_WORKSPACE_PAGES} pages)` : '');
  if (requested) {
    if (slugs.some((s) => s.toLowerCase() === requested.toLowerCase())) {
      return {
        finding: finding('bitbucket.workspace', 'pass', `The account administers workspace ${requested}.`, {
          subject: requested,
          evidence,
        }),
        workspace: requested,
      };
    }
    return {
      finding: finding(
        'bitbucket.workspace',
        'error',
        `The account is not an administrator of workspace ${requested}. ${notAdmin}`,
        {
          subject: requested,
          evidence,
          fix: `Make the token's account an administrator of ${requested} (Workspace settings → User groups or Users), or set \`workspace\` to one it administers${slugs.length ? ` (${shown})` : ''}.`,
        },
      ),
      workspace: undefined,
    };
  }
  const chosen = slugs[0];
  if (chosen === undefined) {
    return {
      finding: finding('bitbucket.workspace', 'error', `The account administers no workspace. ${notAdmin}`, {
        subject: 'workspace',
        evidence,
        fix: "Make the token's account an administrator of the workspace Entitle manages, or use a token of an account that is.",
      }),
      workspace: undefined,
    };
  }
  return {
    finding: finding(
      'bitbucket.workspace',
      'pass',
      `The account administers ${slugs.length === 1 ? 'workspace' : `${slugs.length} workspaces:`} ${shown}${slugs.length > 1 ? `; probed ${chosen} (set \`workspace\` to choose)` : ''}.`,
      { subject: chosen, evidence },
    ),
    workspace: chosen,
  };
}
