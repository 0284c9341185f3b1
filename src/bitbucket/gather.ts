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
import { z } from 'zod';
import { basicAuthorization } from '../evidence.js';
import { type HttpClient, type HttpOutcome, jsonBody } from '../http.js';
import type { Integration } from '../integration/schema.js';
import {
  type BitbucketEvidence,
  type BitbucketOptions,
  type BitbucketProbe,
  inPlanOrder,
  isUnauthorized,
  lineOf,
  refusesToken,
  type WorkspaceListing,
} from './evidence.js';
import { ACCOUNT_ID, isSlug } from './identifiers.js';
import {
  BITBUCKET_API,
  BITBUCKET_HOST,
  fillPath,
  IMPOSSIBLE_PERMISSION,
  PROBE_APP_KEY,
  PROBE_PROPERTY,
  type ProbeId,
  probes,
} from './plan.js';

export const MAX_WORKSPACE_PAGES = 5;
/** Administered workspaces tried in turn when the first refuses the token. */
export const MAX_WORKSPACE_TRIES = 3;
const MEMBER_SAMPLE = 20;

export interface GatherDeps {
  http: HttpClient;
  randomId?: () => string;
  /** Called once the member sample is known, so the Jira check can start before level 3 ends. */
  publishMembers?: (accountIds: string[]) => void;
}

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

type Send = (
  id: ProbeId,
  values?: Record<string, string>,
  query?: string,
  json?: unknown,
) => Promise<BitbucketProbe>;

export async function gatherBitbucket(
  integration: Integration,
  options: BitbucketOptions,
  deps: GatherDeps,
): Promise<BitbucketEvidence> {
  const authorization = basicAuthorization(integration.email, integration.app_token);
  const randomId = deps.randomId ?? randomUUID;
  const sent: BitbucketProbe[] = [];
  const send: Send = async (id, values = {}, query = '', json) => {
    const probe = probes[id];
    const path = fillPath(probe.operation, values);
    const outcome = await deps.http.send({
      method: probe.method,
      url: `${BITBUCKET_API}${path}${query}`,
      headers: { authorization },
      ...(json !== undefined ? { json } : {}),
    });
    const record: BitbucketProbe = {
      id,
      host: BITBUCKET_HOST,
      // Shown with braces as Bitbucket writes its ids ({uuid}), not percent-encoded as sent.
      request: `${probe.method} /2.0${path.replace(/%7B/gi, '{').replace(/%7D/gi, '}')}`,
      outcome,
      ...(values.workspace ? { workspace: values.workspace } : {}),
    };
    sent.push(record);
    return record;
  };
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
  if (isUnauthorized(user.outcome)) return done(listing);

  const chosen = await chooseWorkspace(workspaceCandidates(listing, requested), early, workspaceLevel);
  if (chosen === undefined) return done(listing);
  const [repositories, members] = chosen.level;
  deps.publishMembers?.(memberSample(members.outcome, jsonBody(user.outcome, userSchema)?.account_id));
  const repository = pickRepository(repositories.outcome);
  if (repository === undefined) return done(listing, chosen);

  const target = { workspace: chosen.slug, repo_slug: repository, selected_user_id: `{${randomId()}}` };
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
  const refusedList = (list: ChosenWorkspace[]) =>
    list.map((t) => ({ slug: t.slug, line: lineOf(t.level[0]) }));
  for (const slug of candidates) {
    const level = tried.length === 0 && early ? early : await workspaceLevel(slug);
    if (!refusesToken(level[0].outcome)) return { slug, level, refused: refusedList(tried) };
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
    const { outcome } = await send('workspaces', {}, query);
    const body = jsonBody(outcome, workspacesPageSchema);
    if (!body) return { slugs: page === 1 ? undefined : slugs, truncated: false, unusable };
    const administered = body.values.filter((v) => v.administrator !== false).map((v) => v.workspace.slug);
    slugs.push(...administered.filter(isSlug));
    unusable += administered.filter((slug) => !isSlug(slug)).length;
    const next = body.next;
    if (!next?.startsWith(`${BITBUCKET_API}/user/workspaces?`)) return { slugs, truncated: false, unusable };
    if (page >= MAX_WORKSPACE_PAGES) return { slugs, truncated: true, unusable };
    query = next.slice(`${BITBUCKET_API}/user/workspaces`.length);
  }
}

/** Administered workspace slugs, each once, sorted: the first is probed when none is named. */
export function administeredSlugs(listing: WorkspaceListing): string[] {
  return [...new Set(listing.slugs ?? [])].sort();
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

export function pickRepository(outcome: HttpOutcome): string | undefined {
  const slug = jsonBody(outcome, repositoriesPageSchema)?.values[0]?.slug;
  return slug !== undefined && isSlug(slug) ? slug : undefined;
}

/** A few members' account ids for the Jira email check; the token owner's own email proves nothing. */
function memberSample(outcome: HttpOutcome, ownAccountId: string | undefined): string[] {
  return (jsonBody(outcome, membersPageSchema)?.values ?? [])
    .map((m) => m.user?.account_id)
    .filter((id): id is string => id !== undefined && ACCOUNT_ID.test(id) && id !== ownAccountId);
}
