/**
 * What the Jira checks gathered, as one immutable record, and the pure readers that the gathering
 * (to decide what to ask next) and the judges share. Status alone proves nothing here: Jira answers
 * some requests with 200 for rejected credentials, marking them only with X-Seraph-LoginReason.
 */
import { z } from 'zod';
import { evidenceLine, type Probed } from '../evidence.js';
import { type HttpOutcome, type HttpResponse, inconclusiveReason, jsonBody } from '../http.js';

export const JIRA_GATEWAY_HOST = 'api.atlassian.com';

export interface JiraEvidence {
  /** The site's origin, `https://<site>.atlassian.net`, and its host. */
  readonly origin: string;
  readonly host: string;
  /** `/_edge/tenant_info`, sent without credentials. */
  readonly tenant: Probed;
  readonly myself: Probed;
  readonly permissions: Probed;
  /** `/myself` again through the gateway: sent only after the site refused the credentials. */
  readonly gateway: Probed | undefined;
  /** The email check, once authenticated: the members sampled and the lookup (none when no sample). */
  readonly emails: { readonly sample: readonly string[]; readonly lookup: Probed | undefined } | undefined;
}

const tenantInfoSchema = z.object({ cloudId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });
const myselfSchema = z.object({
  accountId: z.string().min(1),
  accountType: z.string().optional(),
  active: z.boolean().optional(),
});

/** Seraph's verdict on the credentials, when it gives one that is not "OK". */
export function failedLogin(outcome: HttpOutcome): string | undefined {
  if (outcome.kind !== 'response') return undefined;
  return outcome.headers['x-seraph-loginreason']
    ?.split(',')
    .map((r) => r.trim())
    .find((r) => r !== 'OK' && r !== '');
}

const loginRemark = (response: HttpResponse) => {
  const reason = failedLogin(response);
  if (!reason) return undefined;
  return `X-Seraph-LoginReason: ${/^[A-Z_]{1,40}$/.test(reason) ? reason : 'failed'}`;
};

/** `GET site.atlassian.net/rest/api/3/myself → 200 (X-Seraph-LoginReason: AUTHENTICATED_FAILED)` */
export function lineOf(probe: Probed): string {
  return evidenceLine(probe, loginRemark);
}

/** Where a redirect points: a Jira Cloud site's origin (the only form ever shown), or another host. */
export type Redirect = { kind: 'site'; origin: string } | { kind: 'elsewhere' };

/** The only server-given URLs ever shown: `https://<site>.atlassian.net`, as an origin. */
const SITE_ORIGIN = /^https:\/\/[a-z0-9][a-z0-9-]{0,62}\.atlassian\.net$/;

export function redirectOf(outcome: HttpOutcome): Redirect | undefined {
  if (outcome.kind !== 'response' || outcome.status < 300 || outcome.status >= 400) return undefined;
  try {
    const origin = new URL(outcome.headers.location ?? '').origin.toLowerCase();
    return SITE_ORIGIN.test(origin) ? { kind: 'site', origin } : { kind: 'elsewhere' };
  } catch {
    return { kind: 'elsewhere' };
  }
}

export function cloudIdOf(evidence: JiraEvidence): string | undefined {
  return jsonBody(evidence.tenant.outcome, tenantInfoSchema)?.cloudId;
}

export function accountOf(evidence: JiraEvidence): z.infer<typeof myselfSchema> | undefined {
  return jsonBody(evidence.myself.outcome, myselfSchema);
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

/** A 404 marked `atl-missing-tcs`: Atlassian's answer where there is no product to serve it. */
function missingProduct(outcome: HttpOutcome): boolean {
  return (
    outcome.kind === 'response' && outcome.status === 404 && outcome.headers['atl-missing-tcs'] !== undefined
  );
}

export function siteState(evidence: JiraEvidence): SiteState {
  const tenant = evidence.tenant.outcome;
  if (redirectOf(tenant) ?? redirectOf(evidence.myself.outcome)) return 'moved';
  if (
    tenant.kind === 'response' &&
    (tenant.status === 404 || tenant.headers['atl-missing-tcs'] !== undefined)
  )
    return 'missing';
  if (tenant.kind === 'response' && tenant.status === 403) return 'refused';
  if (inconclusiveReason(tenant, evidence.host)) return 'unreachable';
  if (cloudIdOf(evidence) === undefined) return 'not-atlassian';
  // The site answers, but its REST API does not: Jira was removed from it, or never added.
  return missingProduct(evidence.myself.outcome) ? 'no-jira' : 'live';
}

export function siteEndsChecks(state: SiteState): boolean {
  return state === 'moved' || state === 'missing' || state === 'no-jira' || state === 'not-atlassian';
}

/** The gateway's 401 for a scoped token without the scopes it needs: it names the scopes. */
export function scopeMismatch(outcome: HttpOutcome): boolean {
  if (outcome.kind !== 'response' || outcome.status !== 401) return false;
  const text =
    outcome.body.kind === 'json'
      ? JSON.stringify(outcome.body.value)
      : outcome.body.kind === 'text'
        ? outcome.body.text
        : '';
  return /scope does not match/i.test(text);
}

/** What `/myself` says of the credentials. A pass needs a 200 with an account and no failing reason. */
export type AuthState = 'authenticated' | 'captcha' | 'rejected' | 'forbidden' | 'unknown';

export function authState(evidence: JiraEvidence): AuthState {
  const { outcome } = evidence.myself;
  const failure = failedLogin(outcome);
  const status = outcome.kind === 'response' ? outcome.status : undefined;
  if (status === 200 && accountOf(evidence) && !failure) return 'authenticated';
  const denied = outcome.kind === 'response' ? outcome.headers['x-authentication-denied-reason'] : undefined;
  if (denied !== undefined || failure === 'AUTHENTICATION_DENIED') return 'captcha';
  if (status === 401 || failure === 'AUTHENTICATED_FAILED') return 'rejected';
  if (status === 403) return 'forbidden';
  return 'unknown';
}

/** Authenticated, and not then refused on the permissions request: the user checks can be judged. */
export function usersReachable(evidence: JiraEvidence): boolean {
  return authState(evidence) === 'authenticated' && !failedLogin(evidence.permissions.outcome);
}
