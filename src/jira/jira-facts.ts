/**
 * Jira's answers, parsed once into typed facts: status, fault, the login verdict Jira gives in
 * X-Seraph-LoginReason, a redirect, and what the body holds. Zod lives here; the gatherer and the
 * judges read nothing else. Status alone proves nothing in Jira: it answers some requests with 200
 * for rejected credentials, marking them only with X-Seraph-LoginReason.
 */
import { z } from 'zod';
import { field } from '../net/body-fields.js';
import { faultOf, type Reply } from '../net/faults.js';
import { type HttpOutcome, type HttpResponse, jsonBody, outcomeLabel } from '../net/outcome.js';
import { SITE_SUFFIX } from '../structure/jira-url-check.js';

/** Where a redirect points: a Jira Cloud site's origin (the only form ever shown), or another host. */
export type Redirect = { kind: 'site'; origin: string } | { kind: 'elsewhere' };

export interface JiraAccount {
  readonly accountId: string;
  readonly accountType?: string | undefined;
  readonly active?: boolean | undefined;
}

/** Everything the checks read of one Jira request. */
export interface JiraReply extends Reply {
  /** `GET site.atlassian.net/rest/api/3/myself → 200 (X-Seraph-LoginReason: AUTHENTICATED_FAILED)` */
  readonly line: string;
  /** Seraph's verdict on the credentials, when it gives one that is not "OK". */
  readonly failedLogin: string | undefined;
  /** x-authentication-denied-reason was sent: a CAPTCHA stands in the way. */
  readonly denied: boolean;
  readonly redirect: Redirect | undefined;
  /** Atlassian's marker of a host with no product to serve the request. */
  readonly missingProduct: boolean;
  /** The gateway's 401 text for a scoped token without the scopes it needs. */
  readonly scopeMismatch: boolean;
  /** Jira's 401 for basic authentication with an account password instead of an API token. */
  readonly passwordRefused: boolean;
  readonly cloudId?: string | undefined;
  readonly account?: JiraAccount | undefined;
  /** The global permission Browse users and groups, when the answer names it. */
  readonly userPicker?: boolean | undefined;
  readonly users?: readonly { readonly accountId: string; readonly emailAddress?: string | undefined }[];
}

/** A cloud id that is safe in the gateway's request path. */
export const CLOUD_ID = /^[A-Za-z0-9-]{1,64}$/;
const tenantInfoSchema = z.object({ cloudId: field('cloud', z.string().regex(CLOUD_ID)) });
const myselfSchema = z.object({
  accountId: field('user', z.string().min(1)),
  accountType: field('type').optional(),
  active: z.boolean().optional(),
});
const permissionsSchema = z.object({
  permissions: z.object({ USER_PICKER: z.object({ havePermission: z.boolean() }) }),
});
const bulkUsersSchema = z.object({
  values: z.array(z.object({ accountId: field('user'), emailAddress: field('email').optional() })),
});
/** A 401's words: the gateway's `message`, the site's `errorMessages`. */
const refusalSchema = z.object({
  message: field('message').optional(),
  errorMessages: z.array(field('message')).optional(),
});
/** Every schema a Jira body is read by: what a transcript keeps of one (body-shape.ts). */
export const JIRA_BODIES: readonly z.ZodType[] = [
  tenantInfoSchema,
  myselfSchema,
  permissionsSchema,
  bulkUsersSchema,
  refusalSchema,
];

/** The only server-given URLs ever shown: `https://<site>.atlassian.net`, as an origin. */
export const SITE_ORIGIN = new RegExp(
  `^https://[a-z0-9][a-z0-9-]{0,62}${SITE_SUFFIX.replaceAll('.', '\\.')}$`,
);

function redirectOf(outcome: HttpResponse): Redirect | undefined {
  if (outcome.status < 300 || outcome.status >= 400) return undefined;
  try {
    const origin = new URL(outcome.headers.location ?? '').origin.toLowerCase();
    return SITE_ORIGIN.test(origin) ? { kind: 'site', origin } : { kind: 'elsewhere' };
  } catch {
    return { kind: 'elsewhere' };
  }
}

function failedLoginOf(outcome: HttpResponse): string | undefined {
  return outcome.headers['x-seraph-loginreason']
    ?.split(',')
    .map((r) => r.trim())
    .find((r) => r !== 'OK' && r !== '');
}

/** The phrases of a 401 the checks read: a transcript keeps these of a text it does not know. */
export const JIRA_PHRASES = {
  scopeMismatch: /scope does not match/i,
  // "Basic authentication with passwords is deprecated." (elastic/integrations#3684)
  passwordRefused: /basic auth(entication)? with passwords is deprecated/i,
} as const;

/** A 401's words, matched against known phrases only; nothing of them is ever repeated. */
function refusalText(outcome: HttpResponse): string {
  if (outcome.status !== 401) return '';
  const { body } = outcome;
  if (body.kind === 'text') return body.text;
  const refusal = jsonBody(outcome, refusalSchema);
  return [refusal?.message ?? '', ...(refusal?.errorMessages ?? [])].join('\n');
}

function responseFacts(outcome: HttpResponse) {
  return {
    failedLogin: failedLoginOf(outcome),
    denied: outcome.headers['x-authentication-denied-reason'] !== undefined,
    redirect: redirectOf(outcome),
    missingProduct: outcome.headers['atl-missing-tcs'] !== undefined,
    scopeMismatch: JIRA_PHRASES.scopeMismatch.test(refusalText(outcome)),
    passwordRefused: JIRA_PHRASES.passwordRefused.test(refusalText(outcome)),
    cloudId: jsonBody(outcome, tenantInfoSchema)?.cloudId,
    account: jsonBody(outcome, myselfSchema),
    userPicker: jsonBody(outcome, permissionsSchema)?.permissions.USER_PICKER.havePermission,
    users: jsonBody(outcome, bulkUsersSchema)?.values,
  };
}

const NO_RESPONSE = {
  failedLogin: undefined,
  denied: false,
  redirect: undefined,
  missingProduct: false,
  scopeMismatch: false,
  passwordRefused: false,
} as const;

/** The facts of one request, from its outcome: the only place a Jira body is parsed. */
export function jiraFacts(host: string, request: string, outcome: HttpOutcome): JiraReply {
  const response = outcome.kind === 'response' ? responseFacts(outcome) : NO_RESPONSE;
  const label = outcomeLabel(outcome);
  const reason = response.failedLogin;
  const remark = reason
    ? ` (X-Seraph-LoginReason: ${/^[A-Z_]{1,40}$/.test(reason) ? reason : 'failed'})`
    : '';
  return Object.freeze({
    host,
    request,
    status: outcome.kind === 'response' ? outcome.status : undefined,
    fault: faultOf(outcome, host),
    label,
    line: `${request} → ${label}${remark}`,
    ...response,
  });
}
