/**
 * The Jira Cloud checks for the optional jira_credentials, which Entitle uses only to read the email
 * addresses Bitbucket hides. Status alone proves nothing here: Jira answers some endpoints with 200
 * for rejected credentials, marking them only with `X-Seraph-LoginReason: AUTHENTICATED_FAILED`.
 *
 *   round 1: J2 the site (`/_edge/tenant_info`), J3 who am I (`/myself`), J6 Browse users permission
 *   round 2: J3b on a 401 only, the same credentials through the api.atlassian.com gateway, to tell a
 *            scoped token from a wrong one; J7 email visibility of a sample of Bitbucket members.
 */
import { z } from 'zod';
import { allowlistFix } from '../entitle.js';
import { type Finding, finding } from '../findings.js';
import { type HttpClient, type HttpOutcome, inconclusiveReason, jsonBody } from '../http.js';
import type { JiraCredentials } from '../integration/schema.js';

export const JIRA_GATEWAY_HOST = 'api.atlassian.com';
export const EMAIL_SAMPLE_SIZE = 10;

export interface JiraDeps {
  http: HttpClient;
  /** Atlassian account ids of some Bitbucket workspace members; resolves when Bitbucket knows them. */
  memberAccountIds: Promise<string[]>;
}

const tenantInfoSchema = z.object({ cloudId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });
const myselfSchema = z.object({
  accountId: z.string().min(1),
  accountType: z.string().optional(),
  active: z.boolean().optional(),
});
const permissionsSchema = z.object({
  permissions: z.object({ USER_PICKER: z.object({ havePermission: z.boolean() }) }),
});
const bulkUsersSchema = z.object({
  values: z.array(z.object({ accountId: z.string(), emailAddress: z.string().optional() })),
});

/** Seraph's verdict on the credentials, when it gives one that is not "OK". */
function failedLogin(outcome: HttpOutcome): string | undefined {
  if (outcome.kind !== 'response') return undefined;
  const reason = outcome.headers['x-seraph-loginreason'];
  if (reason === undefined) return undefined;
  const failing = reason
    .split(',')
    .map((r) => r.trim())
    .find((r) => r !== 'OK' && r !== '');
  return failing;
}

function status(outcome: HttpOutcome): number | undefined {
  return outcome.kind === 'response' ? outcome.status : undefined;
}

function describeOutcome(outcome: HttpOutcome): string {
  if (outcome.kind !== 'response') return outcome.kind;
  const reason = failedLogin(outcome);
  return `${outcome.status}${reason ? ` (X-Seraph-LoginReason: ${/^[A-Z_]{1,40}$/.test(reason) ? reason : 'failed'})` : ''}`;
}

/** The https origin a redirect points to, when it is a plain one; nothing else is shown. */
function redirectOrigin(outcome: HttpOutcome): string | undefined {
  if (outcome.kind !== 'response' || outcome.status < 300 || outcome.status >= 400) return undefined;
  try {
    const url = new URL(outcome.headers.location ?? '');
    return url.protocol === 'https:' && /^[a-z0-9.-]+$/i.test(url.hostname) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const AUTH_FIX =
  'Set jira_credentials.user to the email of the Atlassian account that created the token, and jira_credentials.key to a classic API token ("Create API token" at https://id.atlassian.com/manage-profile/security/api-tokens) that has not expired or been revoked; API tokens last at most a year.';

export async function checkJira(credentials: JiraCredentials, deps: JiraDeps): Promise<Finding[]> {
  const origin = new URL(credentials.url).origin.toLowerCase();
  const host = new URL(origin).host;
  const authorization = `Basic ${Buffer.from(`${credentials.user}:${credentials.key}`).toString('base64')}`;
  const findings: Finding[] = [];
  const get = (url: string, withCredentials = true) =>
    deps.http.send({ method: 'GET', url, headers: withCredentials ? { authorization } : {} });
  const line = (path: string, outcome: HttpOutcome, where = host) =>
    `GET ${where}${path} → ${describeOutcome(outcome)}`;

  // Round 1. The site check sends no credentials.
  const [tenant, myself, permissions] = await Promise.all([
    get(`${origin}/_edge/tenant_info`, false),
    get(`${origin}/rest/api/3/myself`),
    get(`${origin}/rest/api/3/mypermissions?permissions=USER_PICKER`),
  ]);

  // J2: the site.
  const tenantEvidence = [line('/_edge/tenant_info', tenant)];
  const moved = redirectOrigin(tenant) ?? redirectOrigin(myself);
  const cloudId = jsonBody(tenant, tenantInfoSchema)?.cloudId;
  const siteReason = inconclusiveReason(tenant, host);
  if (moved) {
    findings.push(
      finding(
        'jira.site',
        'error',
        `The Jira site ${origin} redirects to ${moved}; it was probably renamed. The credentials were not sent there.`,
        {
          subject: 'jira_credentials.url',
          evidence: tenantEvidence,
          fix: `If ${moved} is your Jira site, set jira_credentials.url to ${moved}.`,
        },
      ),
    );
    return findings;
  }
  if (
    status(tenant) === 404 ||
    (tenant.kind === 'response' && tenant.headers['atl-missing-tcs'] !== undefined)
  ) {
    findings.push(
      finding('jira.site', 'error', `There is no Jira Cloud site at ${origin}.`, {
        subject: 'jira_credentials.url',
        evidence: tenantEvidence,
        fix: 'Check the site name: it is the address you open Jira with, https://<site>.atlassian.net.',
      }),
    );
    return findings;
  }
  if (status(tenant) === 403) {
    findings.push(
      finding(
        'jira.site',
        'inconclusive',
        `${origin} refused the site request; it may allow access only from listed IP addresses.`,
        {
          subject: 'jira_credentials.url',
          evidence: tenantEvidence,
          fix: allowlistFix('the Jira site'),
        },
      ),
    );
  } else if (siteReason) {
    findings.push(
      finding('jira.site', 'inconclusive', siteReason.message, {
        subject: 'jira_credentials.url',
        evidence: tenantEvidence,
        fix: siteReason.fix,
      }),
    );
  } else if (cloudId === undefined) {
    findings.push(
      finding('jira.site', 'error', `${origin} did not answer as an Atlassian Cloud site does.`, {
        subject: 'jira_credentials.url',
        evidence: tenantEvidence,
        fix: 'Set jira_credentials.url to your Jira Cloud site, https://<site>.atlassian.net.',
      }),
    );
    return findings;
  } else {
    findings.push(
      finding('jira.site', 'pass', `${origin} is a Jira Cloud site.`, {
        subject: 'jira_credentials.url',
        evidence: tenantEvidence,
      }),
    );
  }

  // J3: authentication. Pass only on 200 with an accountId and no failing login reason.
  const myselfEvidence = [line('/rest/api/3/myself', myself)];
  const me = jsonBody(myself, myselfSchema);
  const myselfFailure = failedLogin(myself);
  const denied = myself.kind === 'response' ? myself.headers['x-authentication-denied-reason'] : undefined;
  let authenticated = false;
  if (status(myself) === 200 && me && !myselfFailure) {
    authenticated = true;
    findings.push(
      finding('jira.auth', 'pass', 'The Jira credentials authenticate.', {
        subject: 'jira_credentials.key',
        evidence: myselfEvidence,
      }),
    );
  } else if (denied !== undefined || myselfFailure === 'AUTHENTICATION_DENIED') {
    const login = /login-url=(https:\/\/[a-z0-9.-]+\.atlassian\.net\/[^\s;,]*)/i.exec(denied ?? '')?.[1];
    findings.push(
      finding(
        'jira.captcha',
        'error',
        'Jira refuses these credentials until someone signs in through the browser: too many failed logins triggered a CAPTCHA.',
        {
          subject: 'jira_credentials.user',
          evidence: myselfEvidence,
          fix: `Sign in once as that user at ${login ?? `${origin}/login.jsp`} and solve the CAPTCHA, then run again. Check the key first, so the failures do not start again.`,
        },
      ),
    );
  } else if (status(myself) === 401 || myselfFailure === 'AUTHENTICATED_FAILED') {
    findings.push(await explainUnauthorized(cloudId, myselfEvidence, get));
  } else if (status(myself) === 403) {
    findings.push(
      finding(
        'jira.auth',
        'inconclusive',
        'Jira refused the request without saying the credentials are wrong; the site may allow access only from listed IP addresses.',
        {
          subject: 'jira_credentials.url',
          evidence: myselfEvidence,
          fix: allowlistFix('the Jira site'),
        },
      ),
    );
  } else {
    const reason = inconclusiveReason(myself, host);
    findings.push(
      finding(
        'jira.auth',
        'inconclusive',
        reason?.message ?? `Jira answered HTTP ${status(myself) ?? '?'} without an account.`,
        {
          subject: 'jira_credentials.key',
          evidence: myselfEvidence,
          fix: reason?.fix ?? 'Run again; if it persists, check the site and the credentials.',
        },
      ),
    );
  }
  if (!authenticated) return findings;

  // J4: identity.
  if (me?.accountType !== undefined && me.accountType !== 'atlassian') {
    findings.push(
      finding(
        'jira.account',
        'error',
        'The Jira credentials belong to an account that is not a regular Atlassian user account.',
        {
          subject: 'jira_credentials.user',
          evidence: myselfEvidence,
        },
      ),
    );
  } else if (me?.active === false) {
    findings.push(
      finding('jira.account', 'error', 'The Jira account is deactivated.', {
        subject: 'jira_credentials.user',
        evidence: myselfEvidence,
      }),
    );
  } else {
    findings.push(
      finding('jira.account', 'pass', 'The Jira account is an active user account.', {
        subject: 'jira_credentials.user',
      }),
    );
  }

  // J6: Browse users and groups. A failing login reason makes any status an authentication failure.
  const permissionEvidence = [line('/rest/api/3/mypermissions?permissions=USER_PICKER', permissions)];
  const havePermission = jsonBody(permissions, permissionsSchema)?.permissions.USER_PICKER.havePermission;
  if (failedLogin(permissions)) {
    findings.push(
      finding(
        'jira.auth',
        'error',
        'Jira rejected the credentials on the permissions request (it answered as for an anonymous user).',
        {
          subject: 'jira_credentials.key',
          evidence: permissionEvidence,
          fix: AUTH_FIX,
        },
      ),
    );
    return findings;
  }
  const permissionReason = inconclusiveReason(permissions, host);
  if (havePermission === true) {
    findings.push(
      finding('jira.browse_users', 'pass', 'The account has the global permission Browse users and groups.', {
        evidence: permissionEvidence,
      }),
    );
  } else if (havePermission === false) {
    findings.push(
      finding(
        'jira.browse_users',
        'warning',
        'The account lacks the global permission Browse users and groups, which reading other users needs.',
        { evidence: permissionEvidence },
      ),
    );
  } else {
    findings.push(
      finding(
        'jira.browse_users',
        'inconclusive',
        permissionReason?.message ?? 'Could not read the account’s global permissions.',
        {
          evidence: permissionEvidence,
          fix: permissionReason?.fix ?? 'Run again.',
        },
      ),
    );
  }

  // J7: email visibility of other users.
  findings.push(await checkEmailVisibility(origin, host, me?.accountId, deps, get));

  // J8: expiry cannot be read.
  findings.push(
    finding(
      'jira.token_expiry',
      'notice',
      'API tokens expire (at most a year after creation), and the expiry date cannot be read through the API.',
      { subject: 'jira_credentials.key' },
    ),
  );
  return findings;
}

async function explainUnauthorized(
  cloudId: string | undefined,
  evidence: string[],
  get: (url: string, withCredentials?: boolean) => Promise<HttpOutcome>,
): Promise<Finding> {
  // J3b: a scoped token is refused on the site but accepted through the gateway for the same tenant.
  if (cloudId) {
    const path = `/ex/jira/${cloudId}/rest/api/3/myself`;
    const gateway = await get(`https://${JIRA_GATEWAY_HOST}${path}`);
    evidence.push(`GET ${JIRA_GATEWAY_HOST}${path} → ${describeOutcome(gateway)}`);
    if (gateway.kind === 'response' && gateway.status === 200 && !failedLogin(gateway)) {
      return finding(
        'jira.scoped_token',
        'error',
        'jira_credentials.key is an API token with scopes: the site refuses it and only the api.atlassian.com gateway accepts it. Entitle calls the site, so it needs a classic API token.',
        {
          subject: 'jira_credentials.key',
          evidence,
          fix: 'Create a classic API token ("Create API token", not "with scopes") at https://id.atlassian.com/manage-profile/security/api-tokens and store it as jira_credentials.key.',
        },
      );
    }
  }
  return finding(
    'jira.auth',
    'error',
    'Jira rejected the credentials: the user is not the token owner’s email, or the token is wrong, expired or revoked.',
    { subject: 'jira_credentials.key', evidence, fix: AUTH_FIX },
  );
}

async function checkEmailVisibility(
  origin: string,
  host: string,
  ownAccountId: string | undefined,
  deps: JiraDeps,
  get: (url: string) => Promise<HttpOutcome>,
): Promise<Finding> {
  // The token owner's own email is always visible to itself, so it proves nothing.
  const sample = [...new Set(await deps.memberAccountIds)]
    .filter((id) => id !== ownAccountId)
    .slice(0, EMAIL_SAMPLE_SIZE);
  if (sample.length === 0) {
    return finding(
      'jira.email_visibility',
      'notice',
      'Email visibility was not checked: no Bitbucket workspace members other than the token owner were available to sample.',
      {
        fix: 'Nothing to do unless email matching matters; the Bitbucket findings say why no members were read.',
      },
    );
  }
  const query = sample.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
  const path = `/rest/api/3/user/bulk?maxResults=${sample.length}&${query}`;
  const outcome = await get(`${origin}${path}`);
  const evidence = [
    `GET ${host}/rest/api/3/user/bulk (${sample.length} members) → ${describeOutcome(outcome)}`,
  ];
  if (failedLogin(outcome)) {
    return finding('jira.auth', 'error', 'Jira rejected the credentials on the user lookup.', {
      subject: 'jira_credentials.key',
      evidence,
      fix: AUTH_FIX,
    });
  }
  const users = jsonBody(outcome, bulkUsersSchema);
  if (!users) {
    const reason = inconclusiveReason(outcome, host);
    return finding(
      'jira.email_visibility',
      reason ? 'inconclusive' : 'warning',
      reason?.message ?? `Jira did not return the sampled users (HTTP ${status(outcome) ?? '?'}).`,
      {
        evidence,
        fix: reason?.fix ?? 'Grant the account the global permission Browse users and groups.',
      },
    );
  }
  const found = users.values.filter((u) => sample.includes(u.accountId));
  const withEmail = found.filter((u) => (u.emailAddress ?? '') !== '').length;
  if (withEmail === 0) {
    return finding(
      'jira.email_visibility',
      'warning',
      `None of the ${found.length} sampled Bitbucket members came back with an email address, so Entitle cannot match them by email.`,
      {
        evidence,
        fix: "Emails are hidden by each user's profile visibility. An organization admin can make them visible (admin.atlassian.com → the managed accounts' profile visibility), or users can set email visibility to Anyone.",
      },
    );
  }
  return finding(
    'jira.email_visibility',
    'notice',
    `${withEmail} of ${found.length} sampled Bitbucket members have an email address visible to the account.`,
    {
      evidence,
      fix: 'Members without a visible email cannot be matched by Entitle; their profile visibility hides it.',
    },
  );
}
