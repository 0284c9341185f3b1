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

export interface Probe {
  id: ProbeId;
  method: 'GET' | 'PUT' | 'DELETE';
  /** The operation's path template, exactly as in the spec. */
  operation: string;
  /** Scopes proven granted when the request passes Bitbucket's scope check. */
  proves: RequiredScope[];
  /** What it is for, for the README and the evidence. */
  purpose: string;
}

/** An app key and property name no real app uses, so the property lookup can only miss. */
export const PROBE_APP_KEY = 'entitle-bitbucket-check';
export const PROBE_PROPERTY = 'scope-probe';
/** Not a valid permission value: a write probe is rejected by validation even if its target existed. */
export const IMPOSSIBLE_PERMISSION = 'entitle-check-invalid-permission';

export const probes: Record<ProbeId, Probe> = {
  user: {
    id: 'user',
    method: 'GET',
    operation: '/user',
    proves: [],
    purpose: 'authenticate, and read the granted scopes from the answer',
  },
  workspaces: {
    id: 'workspaces',
    method: 'GET',
    operation: '/user/workspaces',
    proves: ['read:workspace:bitbucket'],
    purpose: 'list the workspaces the account administers',
  },
  'workspace-members': {
    id: 'workspace-members',
    method: 'GET',
    operation: '/workspaces/{workspace}/members',
    proves: ['read:workspace:bitbucket'],
    purpose: "read a sample of the workspace's members (for the Jira email check)",
  },
  'admin-repositories': {
    id: 'admin-repositories',
    method: 'GET',
    operation: '/repositories/{workspace}',
    proves: ['read:repository:bitbucket'],
    purpose: 'find one repository the account administers',
  },
  'repository-permissions': {
    id: 'repository-permissions',
    method: 'GET',
    operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users',
    proves: ['read:repository:bitbucket'],
    purpose: "read the repository's user permissions (needs repository admin)",
  },
  'branch-restrictions': {
    id: 'branch-restrictions',
    method: 'GET',
    operation: '/repositories/{workspace}/{repo_slug}/branch-restrictions',
    proves: ['admin:repository:bitbucket'],
    purpose: 'read branch restrictions',
  },
  'write-permission': {
    id: 'write-permission',
    method: 'PUT',
    operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
    proves: ['admin:repository:bitbucket', 'write:permission:bitbucket'],
    purpose:
      'a permission write that cannot succeed: a random, non-existent user and an invalid permission value',
  },
  'delete-permission': {
    id: 'delete-permission',
    method: 'DELETE',
    operation: '/repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}',
    proves: ['admin:repository:bitbucket', 'delete:permission:bitbucket'],
    purpose: 'a permission delete that cannot succeed: a random, non-existent user',
  },
  'application-property': {
    id: 'application-property',
    method: 'GET',
    operation: '/users/{selected_user}/properties/{app_key}/{property_name}',
    proves: ['admin:workspace:bitbucket'],
    purpose: 'read an application property of a random, non-existent user',
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
