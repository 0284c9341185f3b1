/**
 * What the Jira checks gathered, as one immutable record of facts, and the pure readers that the
 * gatherer (to decide what to ask next) and the judges share.
 */
import type { RecordedExpiry } from '../entitle.js';
import type { JiraAccount, JiraReply } from './jira-facts.js';

export const JIRA_GATEWAY_HOST = 'api.atlassian.com';

export interface JiraOptions {
  /** jira_credentials.key's expiry as its owner recorded it, against the run's day. */
  keyExpiry?: RecordedExpiry;
}

export interface JiraEvidence {
  /** The site's origin, `https://<site>.atlassian.net`, and its host. */
  readonly origin: string;
  readonly host: string;
  /** `/_edge/tenant_info`, sent without credentials. */
  readonly tenant: JiraReply;
  readonly myself: JiraReply;
  readonly permissions: JiraReply;
  /** `/myself` again through the gateway: sent only after the site refused the credentials. */
  readonly gateway: JiraReply | undefined;
  /** The email check, once authenticated: the members sampled and the lookup (none when no sample). */
  readonly emails: { readonly sample: readonly string[]; readonly lookup: JiraReply | undefined } | undefined;
}

/** Every Jira request, in the order sent. */
export function sentTo(evidence: JiraEvidence): JiraReply[] {
  return [
    evidence.tenant,
    evidence.myself,
    evidence.permissions,
    ...(evidence.gateway ? [evidence.gateway] : []),
    ...(evidence.emails?.lookup ? [evidence.emails.lookup] : []),
  ];
}

export function cloudIdOf(evidence: JiraEvidence): string | undefined {
  return evidence.tenant.cloudId;
}

export function accountOf(evidence: JiraEvidence): JiraAccount | undefined {
  return evidence.myself.account;
}

/**
 * What the site request and `/myself` say of the site. `moved`, `missing` and `not-atlassian` end
 * the Jira checks: the credentials are not worth sending there.
 */
export type SiteState =
  | 'moved'
  | 'missing'
  | 'no-jira'
  | 'refused'
  | 'unreachable'
  | 'not-atlassian'
  | 'live';

export function siteState(evidence: JiraEvidence): SiteState {
  const { tenant, myself } = evidence;
  if (tenant.redirect ?? myself.redirect) return 'moved';
  if (tenant.status === 404 || tenant.missingProduct) return 'missing';
  if (tenant.status === 403) return 'refused';
  if (tenant.fault) return 'unreachable';
  if (cloudIdOf(evidence) === undefined) return 'not-atlassian';
  // The site answers, but its REST API does not: a 404 marked atl-missing-tcs, Atlassian's answer
  // where there is no product to serve it. Jira was removed from the site, or never added.
  return myself.status === 404 && myself.missingProduct ? 'no-jira' : 'live';
}

export function siteEndsChecks(state: SiteState): boolean {
  return state === 'moved' || state === 'missing' || state === 'no-jira' || state === 'not-atlassian';
}

/** What `/myself` says of the credentials. A pass needs a 200 with an account and no failing reason. */
export type AuthState = 'authenticated' | 'captcha' | 'rejected' | 'forbidden' | 'unknown';

export function authState(evidence: JiraEvidence): AuthState {
  const { myself } = evidence;
  const failure = myself.failedLogin;
  if (myself.status === 200 && accountOf(evidence) && !failure) return 'authenticated';
  if (myself.denied || failure === 'AUTHENTICATION_DENIED') return 'captcha';
  if (myself.status === 401 || failure === 'AUTHENTICATED_FAILED') return 'rejected';
  if (myself.status === 403) return 'forbidden';
  return 'unknown';
}

/** Authenticated, and not then refused on the permissions request: the user checks can be judged. */
export function usersReachable(evidence: JiraEvidence): boolean {
  return authState(evidence) === 'authenticated' && !evidence.permissions.failedLogin;
}
