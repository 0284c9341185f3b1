/**
 * What the Bitbucket checks send, as data: each request, the operation it calls (method and path
 * template as in Atlassian's OpenAPI spec), and the scopes a scope-check pass proves. A test holds
 * this plan against the table derived from the spec, so a claim here cannot drift from Atlassian's.
 */

export const BITBUCKET_HOST = 'api.bitbucket.org';
export const BITBUCKET_API = `https://${BITBUCKET_HOST}/2.0`;

/** The scopes Entitle needs, in the order Entitle documents them. */
export const REQUIRED_SCOPES = [
  'admin:workspace:bitbucket',
  'admin:repository:bitbucket',
  'read:workspace:bitbucket',
  'read:repository:bitbucket',
  'read:permission:bitbucket',
  'write:permission:bitbucket',
  'delete:permission:bitbucket',
] as const;
export type RequiredScope = (typeof REQUIRED_SCOPES)[number];

export type ProbeId =
  | 'user'
  | 'workspaces'
  | 'workspace-members'
  | 'admin-repositories'
  | 'repository-permissions'
  | 'branch-restrictions'
  | 'write-permission'
  | 'delete-permission'
  | 'application-property';

/** What a request's body is read as, when it is read beyond an error: each shape is parsed once, in the facts. */
export type BodyShape = 'account' | 'workspaces' | 'repositories' | 'members';

/**
 * One planned request and the facts that come with it: what it calls, what its answer proves, and how
 * the judges read it. Adding a request is adding an entry here (and sending it in the gatherer).
 */
export interface Probe {
  id: ProbeId;
  method: 'GET' | 'PUT' | 'DELETE';
  /**
   * What it waits for: nothing (`account`), a workspace (`workspace`; sent at once when `workspace`
   * is given), or an administered repository (`repository`). Requests of one level go out together.
   */
  level: 'account' | 'workspace' | 'repository';
  /** The operation's path template, exactly as in the spec. */
  operation: string;
  /** Scopes proven granted when the request passes Bitbucket's scope check. */
  proves: RequiredScope[];
  /** Bitbucket answers it with a page of `values` (a list) or one object. */
  answer: 'page' | 'object';
  /** The body is read for this, beyond an error; undefined when only the status and error matter. */
  reads?: BodyShape;
  /**
   * A refusal for a reason other than scopes is judged (an IP allowlist, two-step verification…). Not
   * for the account request (judged as authentication) nor the made-up user's property, whose refusal
   * nobody has documented.
   */
  refusalJudged: boolean;
  /**
   * About the workspace's content: a refusal here, for a reason other than scopes, leaves the
   * repository's probes proving nothing.
   */
  content: boolean;
  /** A permission write: its success is an alarm, never proof; it stands for this one scope. */
  writeScope?: RequiredScope;
  /**
   * The error statuses a judge explains for this request (2xx, faults, 429, 5xx and 410 are judged
   * for every request); `any` when its judge reads every status. Any other answer is reported as
   * unexpected, never passed over.
   */
  explained: 'any' | readonly number[];
}

/** An app key and property name no real app uses, so the property lookup can only miss. */
export const PROBE_APP_KEY = 'entitle-bitbucket-check';
export const PROBE_PROPERTY = 'scope-probe';
/** Not a valid permission value: a write probe is rejected by validation even if its target existed. */
export const IMPOSSIBLE_PERMISSION = 'entitle-check-invalid-permission';

export const probes: Record<ProbeId, Probe> = {
  user: {
    id: 'user',
    level: 'account',
    method: 'GET',
    operation: '/user',
    proves: [],
    answer: 'object',
    reads: 'account',
    refusalJudged: false,
    content: false,
    explained: 'any',
  },
  workspaces: {
    id: 'workspaces',
    level: 'account',
    method: 'GET',
    operation: '/user/workspaces',
    proves: ['read:workspace:bitbucket'],
    answer: 'page',
    reads: 'workspaces',
    refusalJudged: true,
    content: false,
    explained: 'any',
  },
  'workspace-members': {
    id: 'workspace-members',
    level: 'workspace',
    method: 'GET',
    operation: '/workspaces/{workspace}/members',
    proves: ['read:workspace:bitbucket'],
    answer: 'page',
    reads: 'members',
    refusalJudged: true,
    content: true,
    explained: [403],
  },
  'admin-repositories': {
    id: 'admin-repositories',
    level: 'workspace',
    method: 'GET',
    operation: '/repositories/{workspace}',
    proves: ['read:repository:bitbucket'],
    answer: 'page',
    reads: 'repositories',
    refusalJudged: true,
    content: true,
    explained: 'any',
  },
  'repository-permissions': {
    id: 'repository-permissions',
    level: 'repository',
    method: 'GET',
    operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users',
    proves: ['read:repository:bitbucket'],
    answer: 'page',
    refusalJudged: true,
    content: true,
    explained: [403],
  },
  'branch-restrictions': {
    id: 'branch-restrictions',
    level: 'repository',
    method: 'GET',
    operation: '/repositories/{workspace}/{repo_slug}/branch-restrictions',
    proves: ['admin:repository:bitbucket'],
    answer: 'page',
    refusalJudged: true,
    content: true,
    explained: [403],
  },
  'write-permission': {
    id: 'write-permission',
    level: 'repository',
    method: 'PUT',
    operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
    proves: ['admin:repository:bitbucket', 'write:permission:bitbucket'],
    answer: 'object',
    refusalJudged: true,
    content: true,
    writeScope: 'write:permission:bitbucket',
    explained: [400, 402, 403, 404],
  },
  'delete-permission': {
    id: 'delete-permission',
    level: 'repository',
    method: 'DELETE',
    operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
    proves: ['admin:repository:bitbucket', 'delete:permission:bitbucket'],
    answer: 'object',
    refusalJudged: true,
    content: true,
    writeScope: 'delete:permission:bitbucket',
    explained: [400, 403, 404],
  },
  'application-property': {
    id: 'application-property',
    level: 'account',
    method: 'GET',
    operation: '/users/{selected_user}/properties/{app_key}/{property_name}',
    proves: ['admin:workspace:bitbucket'],
    answer: 'object',
    refusalJudged: false,
    content: false,
    explained: [403, 404],
  },
};

/** Fills a path template; every value is URL-encoded. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/** The path templates of Bitbucket's requests, for a transcript to name the values in a path. */
export const BITBUCKET_TEMPLATES: readonly string[] = Object.values(probes).map((p) => p.operation);

/**
 * How many Bitbucket requests the widest level sends at once: the connections a run opens together
 * with its first request, so that no later level waits for a connection of its own.
 */
export function widestLevel(options: { workspace?: string | undefined; probeWriteScopes: boolean }): number {
  const sent = Object.values(probes).filter((p) => options.probeWriteScopes || !p.writeScope);
  const width = (level: Probe['level']) => sent.filter((p) => p.level === level).length;
  // A named workspace's level goes out with the account's.
  const first = width('account') + (options.workspace ? width('workspace') : 0);
  return Math.max(first, width('workspace'), width('repository'));
}
