/**
 * Sends the Jira requests and records what came back; it judges nothing.
 *   round 1: the site (`/_edge/tenant_info`, no credentials), who am I (`/myself`), and the Browse
 *            users permission;
 *   round 2: after a 401 only, `/myself` through the api.atlassian.com gateway, to tell a scoped token
 *            from a wrong one; once authenticated, the emails of a sample of Bitbucket members.
 */
import { basicAuthorization, type HttpClient } from '../net/outcome.js';
import type { JiraCredentials } from '../structure/document-model.js';
import {
  accountOf,
  authState,
  cloudIdOf,
  JIRA_GATEWAY_HOST,
  type JiraEvidence,
  siteEndsChecks,
  siteState,
  usersReachable,
} from './jira-evidence.js';
import { type JiraReply, jiraFacts } from './jira-facts.js';

export const EMAIL_SAMPLE_SIZE = 10;

/** Jira's requests, as data: where each goes, and when it is sent. */
export const JIRA_PLAN = [
  { id: 'tenant-info', path: '/_edge/tenant_info', sent: 'always', credentials: false },
  { id: 'myself', path: '/rest/api/3/myself', sent: 'always', credentials: true },
  {
    id: 'permissions',
    path: '/rest/api/3/mypermissions?permissions=USER_PICKER',
    sent: 'always',
    credentials: true,
  },
  // Through the api.atlassian.com gateway, to tell a scoped token from a wrong one.
  {
    id: 'gateway-myself',
    path: '/ex/jira/{cloudId}/rest/api/3/myself',
    sent: 'after-rejection',
    credentials: true,
  },
  // The emails of a sample of Bitbucket members.
  { id: 'user-bulk', path: '/rest/api/3/user/bulk', sent: 'once-authenticated', credentials: true },
] as const;

/** The site's requests sent at once (round 1): its widest wave, so the connections a run opens to it. */
export const JIRA_FIRST_ROUND = JIRA_PLAN.filter((r) => r.sent === 'always').length;

export interface JiraDeps {
  http: HttpClient;
  /** Atlassian account ids of some Bitbucket workspace members; resolves when Bitbucket knows them. */
  memberAccountIds: Promise<string[]>;
}

export async function gatherJira(credentials: JiraCredentials, deps: JiraDeps): Promise<JiraEvidence> {
  const origin = new URL(credentials.url).origin.toLowerCase();
  const host = new URL(origin).host;
  const authorization = basicAuthorization(credentials.user, credentials.key);
  const get = async (url: string, shown: string, withCredentials = true): Promise<JiraReply> => {
    const headers: Record<string, string> = withCredentials ? { authorization } : {};
    const outcome = await deps.http.send({ method: 'GET', url, headers });
    return jiraFacts(new URL(url).host, `GET ${shown}`, outcome);
  };
  const onSite = (path: string, withCredentials = true) =>
    get(`${origin}${path}`, `${host}${path}`, withCredentials);

  const [tenant, myself, permissions] = (await Promise.all(
    JIRA_PLAN.filter((r) => r.sent === 'always').map((r) => onSite(r.path, r.credentials)),
  )) as [JiraReply, JiraReply, JiraReply];
  const round1: JiraEvidence = {
    origin,
    host,
    tenant,
    myself,
    permissions,
    gateway: undefined,
    emails: undefined,
  };
  if (siteEndsChecks(siteState(round1))) return Object.freeze(round1);

  const cloudId = cloudIdOf(round1);
  if (authState(round1) === 'rejected' && cloudId) {
    const path = `/ex/jira/${cloudId}/rest/api/3/myself`;
    const gateway = await get(`https://${JIRA_GATEWAY_HOST}${path}`, `${JIRA_GATEWAY_HOST}${path}`);
    return Object.freeze({ ...round1, gateway });
  }
  if (!usersReachable(round1)) return Object.freeze(round1);

  // The token owner's own email is always visible to itself, so it proves nothing.
  const ownAccountId = accountOf(round1)?.accountId;
  const sample = [...new Set(await deps.memberAccountIds)]
    .filter((id) => id !== ownAccountId)
    .slice(0, EMAIL_SAMPLE_SIZE);
  if (sample.length === 0) return Object.freeze({ ...round1, emails: { sample, lookup: undefined } });
  const query = sample.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
  const lookup = await get(
    `${origin}/rest/api/3/user/bulk?maxResults=${sample.length}&${query}`,
    `${host}/rest/api/3/user/bulk (${sample.length} members)`,
  );
  return Object.freeze({ ...round1, emails: Object.freeze({ sample, lookup }) });
}
