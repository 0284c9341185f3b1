/** The shapes of Bitbucket identifiers the checks accept, from the user or from Bitbucket itself. */

/** Workspace and repository slugs: letters, digits, `-`, `_` and `.`. */
export const SLUG = /^[A-Za-z0-9_.-]{1,128}$/;
/** Atlassian account ids, e.g. `557058:0b1c…`. */
export const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
/** Scope names as Atlassian writes them, e.g. read:repository:bitbucket. */
export const SCOPE_NAME = /^[a-z][a-z_-]*(:[a-z][a-z_-]*){1,3}$/;

/** Every credential kind Bitbucket is known to name in x-credential-type: a user's API token and the others. */
export const CREDENTIAL_TYPE_NAMES = [
  'api_token',
  'app_password',
  'apikey',
  'repo_access_token',
  'project_access_token',
  'workspace_access_token',
  'access_token',
  'oauth2',
  'jwt',
  'session',
] as const;
export type CredentialTypeName = (typeof CREDENTIAL_TYPE_NAMES)[number];

/**
 * A slug that is safe in a request path: of the allowed characters, and not a dot segment (`.` or
 * `..`), which a URL resolver would read as "this folder" or "the parent". Slugs a server sends are
 * held to this before they enter a path, as the `workspace` input is.
 */
export function isSlug(value: string): boolean {
  return SLUG.test(value) && value !== '.' && value !== '..';
}
