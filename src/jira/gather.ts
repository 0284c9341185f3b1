/**
 * Sends the Jira requests and records what came back; it judges nothing.
 *   round 1: the site (`/_edge/tenant_info`, no credentials), who am I (`/myself`), and the Browse
 *            users permission;
 *   round 2: after a 401 only, `/myself` through the api.atlassian.com gateway, to tell a scoped token
 *            from a wrong one; once authenticated, the emails of a sample of Bitbucket members.
 */
import { basicAuthorization, type Probed } from '../evidence.js';
import type { HttpClient } from '../http.js';
import type { JiraCredentials } from '../integration/schema.js';
import {
  accountOf,
  authState,
  cloudIdOf,
  JIRA_GATEWAY_HOST,
  type JiraEvidence,
  siteEndsChecks,
  siteState,
  usersReachable,
} from './evidence.js';

export const EMAIL_SAMPLE_SIZE = 10;

export interface JiraDeps {
  http: HttpClient;
  /** Atlassian account ids of some Bitbucket workspace members; resolves when Bitbucket knows them. */
  memberAccountIds: Promise<string[]>;
}

export async function gatherJira(credentials: JiraCredentials, deps: JiraDeps): Promise<JiraEvidence> {
  const origin = new URL(credentials.url).origin.toLowerCase();
  const host = new URL(origin).host;
  const authorization = basicAuthorization(credentials.user, credentials.key);
  const get = async (url: string, shown: string, withCredentials = true): Promise<Probed> => ({
    host: new URL(url).host,
    request: `GET ${shown}`,
    outcome: await deps.http.send({ method: 'GET', url, headers: withCredentials ? { authorization } : {} }),
  });
  const onSite = (path: string, withCredentials = true) =>
    get(`${origin}${path}`, `${host}${path}`, withCredentials);

  const [tenant, myself, permissions] = await Promise.all([
    onSite('/_edge/tenant_info', false),
    onSite('/rest/api/3/myself'),
    onSite('/rest/api/3/mypermissions?permissions=USER_PICKER'),
  ]);
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
