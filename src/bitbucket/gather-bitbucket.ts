/**
 * Sends the Bitbucket plan and records what came back; it judges nothing. Requests run in three
 * dependency levels, everything in a level at once:
 *   1. who am I (+ granted scopes), administered workspaces, an application-property probe
 *      (and, when `workspace` is given, the level-2 requests too);
 *   2. an administered repository and a sample of members in the chosen workspace;
 *   3. repository probes: read permissions, branch restrictions, and the impossible write and delete.
 * Credentials that do not authenticate stop it after level 1.
 */
import { randomUUID } from 'node:crypto';
import { basicAuthorization, type HttpClient } from '../net/outcome.js';
import type { Integration } from '../structure/document-model.js';
import {
  administeredSlugs,
  type BitbucketEvidence,
  type BitbucketOptions,
  inPlanOrder,
  MAX_WORKSPACE_PAGES,
  MAX_WORKSPACE_TRIES,
  refusesToken,
  type WorkspaceListing,
} from './bitbucket-evidence.js';
import { type BitbucketProbe, bitbucketFacts, usableSlugs } from './bitbucket-facts.js';
import { isSlug } from './identifiers.js';
import {
  BITBUCKET_API,
  fillPath,
  IMPOSSIBLE_PERMISSION,
  PROBE_APP_KEY,
  PROBE_PROPERTY,
  type ProbeId,
  probes,
} from './plan.js';

const MEMBER_SAMPLE = 20;

export interface GatherDeps {
  http: HttpClient;
  randomId?: () => string;
  /** Called once the member sample is known, so the Jira check can start before level 3 ends. */
  publishMembers?: (accountIds: string[]) => void;
}
type Send = (
  id: ProbeId,
  values?: Record<string, string>,
  query?: string,
  json?: unknown,
) => Promise<BitbucketProbe>;

/** Sends one planned request and records its facts. */
function sender(integration: Integration, http: HttpClient, sent: BitbucketProbe[]): Send {
  const authorization = basicAuthorization(integration.email, integration.app_token);
  return async (id, values = {}, query = '', json) => {
    const probe = probes[id];
    const path = fillPath(probe.operation, values);
    const outcome = await http.send({
      method: probe.method,
      url: `${BITBUCKET_API}${path}${query}`,
      headers: { authorization },
      ...(json !== undefined ? { json } : {}),
    });
    // Shown with braces as Bitbucket writes its ids ({uuid}), not percent-encoded as sent.
    const request = `${probe.method} /2.0${path.replace(/%7B/gi, '{').replace(/%7D/gi, '}')}`;
    const record = bitbucketFacts(id, request, outcome, values.workspace);
    sent.push(record);
    return record;
  };
}

/** Level 3: the repository's probes, the impossible write and delete among them unless turned off. */
function repositoryProbes(send: Send, target: Record<string, string>, probeWriteScopes: boolean) {
  return Promise.all([
    send('repository-permissions', target, '?pagelen=1'),
    send('branch-restrictions', target, '?pagelen=1'),
    ...(probeWriteScopes
      ? [
          send('write-permission', target, '', { permission: IMPOSSIBLE_PERMISSION }),
          send('delete-permission', target),
        ]
      : []),
  ]);
}

export async function gatherBitbucket(
  integration: Integration,
  options: BitbucketOptions,
  deps: GatherDeps,
): Promise<BitbucketEvidence> {
  const randomId = deps.randomId ?? randomUUID;
  const sent: BitbucketProbe[] = [];
  const send = sender(integration, deps.http, sent);
  const workspaceLevel = (workspace: string): Promise<WorkspaceLevel> =>
    Promise.all([
      send('admin-repositories', { workspace }, '?role=admin&pagelen=1'),
      send('workspace-members', { workspace }, `?pagelen=${MEMBER_SAMPLE}`),
    ]);
  const done = (
    listing: WorkspaceListing,
    chosen?: ChosenWorkspace,
    repository?: string,
  ): BitbucketEvidence =>
    Object.freeze({
      sent: Object.freeze(inPlanOrder(sent)),
      workspaces: listing,
      workspace: chosen?.slug,
      refusedWorkspaces: chosen?.refused ?? [],
      repository,
    });

  const requested = options.workspace;
  const [user, listing, , early] = await Promise.all([
    send('user'),
    listWorkspaces(send),
    send('application-property', {
      selected_user: `{${randomId()}}`,
      app_key: PROBE_APP_KEY,
      property_name: PROBE_PROPERTY,
    }),
    requested ? workspaceLevel(requested) : Promise.resolve(undefined),
  ]);
  if (user.status === 401) return done(listing);

  const chosen = await chooseWorkspace(workspaceCandidates(listing, requested), early, workspaceLevel);
  if (chosen === undefined) return done(listing);
  const [repositories, members] = chosen.level;
  deps.publishMembers?.(memberSample(members, user.accountId));
  const repository = firstRepository(repositories);
  if (repository === undefined) return done(listing, chosen);
  const target = { workspace: chosen.slug, repo_slug: repository, selected_user_id: `{${randomId()}}` };
  await repositoryProbes(send, target, options.probeWriteScopes);
  return done(listing, chosen, repository);
}

type WorkspaceLevel = [BitbucketProbe, BitbucketProbe];
interface ChosenWorkspace {
  slug: string;
  level: WorkspaceLevel;
  refused: { slug: string; line: string }[];
}

/**
 * The first candidate that does not refuse the token (a token can be limited to some workspaces);
 * when every one refuses, the first, with the others listed. One at a time: each try costs a round
 * trip, and the first usually answers.
 */
async function chooseWorkspace(
  candidates: string[],
  early: WorkspaceLevel | undefined,
  workspaceLevel: (workspace: string) => Promise<WorkspaceLevel>,
): Promise<ChosenWorkspace | undefined> {
  const tried: ChosenWorkspace[] = [];
  const refusedList = (list: ChosenWorkspace[]) => list.map((t) => ({ slug: t.slug, line: t.level[0].line }));
  for (const slug of candidates) {
    const level = tried.length === 0 && early ? early : await workspaceLevel(slug);
    if (!refusesToken(level[0])) return { slug, level, refused: refusedList(tried) };
    tried.push({ slug, level, refused: [] });
  }
  const [first, ...others] = tried;
  return first && { ...first, refused: refusedList(others) };
}

/** The administered workspaces, following Bitbucket's `next` links (on its own host only). */
async function listWorkspaces(send: Send): Promise<WorkspaceListing> {
  const slugs: string[] = [];
  let unusable = 0;
  let query = '?administrator=true&pagelen=100';
  for (let page = 1; ; page++) {
    const body = (await send('workspaces', {}, query)).workspacesPage;
    if (!body) return { slugs: page === 1 ? undefined : slugs, truncated: false, unusable };
    const usable = usableSlugs(body.administered);
    slugs.push(...usable);
    unusable += body.administered.length - usable.length;
    const next = body.next;
    if (!next?.startsWith(`${BITBUCKET_API}/user/workspaces?`)) return { slugs, truncated: false, unusable };
    if (page >= MAX_WORKSPACE_PAGES) return { slugs, truncated: true, unusable };
    query = next.slice(`${BITBUCKET_API}/user/workspaces`.length);
  }
}

/**
 * The workspaces to probe, in order: the named one when the account administers it (or when the
 * listing could not be read, since its own requests then say more); else the first few administered.
 */
export function workspaceCandidates(listing: WorkspaceListing, requested: string | undefined): string[] {
  if (listing.slugs === undefined) return requested ? [requested] : [];
  const slugs = administeredSlugs(listing);
  if (requested) return slugs.some((s) => s.toLowerCase() === requested.toLowerCase()) ? [requested] : [];
  return slugs.slice(0, MAX_WORKSPACE_TRIES);
}

/** A few members' account ids for the Jira email check; the token owner's own email proves nothing. */
function memberSample(members: BitbucketProbe, ownAccountId: string | undefined): string[] {
  return (members.memberIds ?? []).filter((id) => id !== ownAccountId);
}

/** The listed repository, when its slug is safe in a request path. */
function firstRepository(listing: BitbucketProbe): string | undefined {
  const slug = listing.repositorySlugs?.[0];
  return slug !== undefined && isSlug(slug) ? slug : undefined;
}
