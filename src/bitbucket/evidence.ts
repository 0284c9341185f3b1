/**
 * What the Bitbucket checks gathered, as one immutable record, and the small pure readers the judges
 * share: which request answered what, the granted scopes, the credential type.
 */
import { z } from 'zod';
import { evidenceLine, type Probed } from '../evidence.js';
import { type HttpOutcome, type HttpResponse, jsonBody } from '../http.js';
import { SCOPE_NAME } from './identifiers.js';
import { type ProbeId, probes } from './plan.js';

export interface BitbucketProbe extends Probed {
  readonly id: ProbeId;
  /** The workspace a workspace- or repository-level request was sent for. */
  readonly workspace?: string;
}

export interface WorkspaceListing {
  /** Slugs of the workspaces the account administers; undefined when no page could be read. */
  readonly slugs: readonly string[] | undefined;
  /** The listing stopped at the page cap. */
  readonly truncated: boolean;
  /** Administered workspaces whose slug cannot be used in a request path (left out of `slugs`). */
  readonly unusable?: number;
}

export interface BitbucketEvidence {
  /** Every request sent, in the plan's order (pages of one request in the order sent). */
  readonly sent: readonly BitbucketProbe[];
  readonly workspaces: WorkspaceListing;
  /** The workspace the repository-level requests were sent for, if any. */
  readonly workspace: string | undefined;
  /**
   * Administered workspaces tried before it (none named) that refused the token (403 or 404), each
   * with the answer; or, when every one tried refused, the others.
   */
  readonly refusedWorkspaces: readonly { readonly slug: string; readonly line: string }[];
  /** The administered repository the probes were sent for, if any. */
  readonly repository: string | undefined;
}

export interface BitbucketOptions {
  /** The workspace to probe; otherwise the first administered one. */
  workspace?: string;
  /** Send the impossible PUT and DELETE; false relies on introspection alone for those scopes. */
  probeWriteScopes: boolean;
}

/** The last answer to a request of the plan, if it was sent (for the probed workspace, if it has one). */
export function probed(evidence: BitbucketEvidence, id: ProbeId): BitbucketProbe | undefined {
  return evidence.sent.findLast(
    (p) => p.id === id && (p.workspace === undefined || p.workspace === evidence.workspace),
  );
}

export function isUnauthorized(outcome: HttpOutcome | undefined): boolean {
  return outcome?.kind === 'response' && outcome.status === 401;
}

/** Bitbucket answered the account request with 401: the credentials do not authenticate. */
export function rejected(evidence: BitbucketEvidence): boolean {
  return isUnauthorized(probed(evidence, 'user')?.outcome);
}

const scopeErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    detail: z
      .object({ required: z.array(z.string()).optional(), granted: z.array(z.string()).optional() })
      .optional()
      .catch(undefined),
  }),
});

export function splitScopes(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  return header
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => SCOPE_NAME.test(s));
}

/** A 403 that says a scope is missing, with what it required and what was granted, when told. */
export function scopeError(outcome: HttpOutcome): { required?: string[]; granted?: string[] } | undefined {
  if (outcome.kind !== 'response' || outcome.status !== 403) return undefined;
  const body = jsonBody(outcome, scopeErrorSchema);
  if (!body || !/scope/i.test(body.error.message)) return undefined;
  // Never x-accepted-oauth-scopes: it names the old OAuth scopes (`repository:admin`), which are not
  // the API-token scopes and would read as missing ones.
  const required = body.error.detail?.required;
  const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
  return {
    ...(required ? { required: required.filter((s) => SCOPE_NAME.test(s)) } : {}),
    ...(granted ? { granted: granted.filter((s) => SCOPE_NAME.test(s)) } : {}),
  };
}

/** A workspace that answers its repository listing with 404 or a 403 not about scopes refuses the token. */
export function refusesToken(outcome: HttpOutcome): boolean {
  return outcome.kind === 'response' && (outcome.status === 404 || isNonScopeForbidden(outcome));
}

export function isNonScopeForbidden(outcome: HttpOutcome): boolean {
  return outcome.kind === 'response' && outcome.status === 403 && scopeError(outcome) === undefined;
}

/** Why Bitbucket refused a request, when it was not for scopes: read from its message. */
export type RefusalKind = 'two-step' | 'ip-allowlist' | 'auth-method' | 'no-access' | 'not-admin' | 'other';

const REFUSAL_PATTERNS: [RefusalKind, RegExp][] = [
  ['two-step', /two-step verification|2-step verification|two-factor|\b2fa\b/i],
  ['ip-allowlist', /\bIP\b|ip address|allowlist|whitelist/i],
  ['auth-method', /authentication method|app password|not supported for this/i],
  ['no-access', /access to (this|the) workspace|not a member|no access/i],
  ['not-admin', /\badmin(istrator)?\b/i],
];

const messageSchema = z.object({ error: z.object({ message: z.string() }) });

/** Bitbucket's own error message, from a JSON error body; never a text or HTML body. */
export function errorMessage(outcome: HttpOutcome | undefined): string | undefined {
  return outcome ? jsonBody(outcome, messageSchema)?.error.message : undefined;
}

export function refusalKind(outcome: HttpOutcome): RefusalKind {
  const message = errorMessage(outcome) ?? '';
  return REFUSAL_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
}

/**
 * A 2xx proves something only as Bitbucket's own answer: JSON of the expected shape (a page of values
 * for a list). A sign-in page or a captive portal's 200 proves nothing. A DELETE's 204 has no body.
 */
export function answeredAsBitbucket(probe: BitbucketProbe): boolean {
  const { outcome } = probe;
  if (outcome.kind !== 'response' || outcome.status < 200 || outcome.status >= 300) return false;
  if (outcome.status === 204) return outcome.body.kind === 'empty';
  return LIST_PROBES.has(probe.id)
    ? jsonBody(outcome, pageShape) !== undefined
    : jsonBody(outcome, objectShape) !== undefined;
}

const LIST_PROBES = new Set<ProbeId>([
  'workspaces',
  'workspace-members',
  'admin-repositories',
  'repository-permissions',
  'branch-restrictions',
]);
const pageShape = z.object({ values: z.array(z.unknown()) });
const objectShape = z.object({ type: z.string() });

/** A 2xx that is not Bitbucket's answer: something else answered in its place. */
export function isImpostor(probe: BitbucketProbe): boolean {
  const { outcome } = probe;
  return (
    outcome.kind === 'response' &&
    outcome.status >= 200 &&
    outcome.status < 300 &&
    !answeredAsBitbucket(probe)
  );
}

const scopeRemark = (response: HttpResponse) => (scopeError(response) ? 'scope error' : undefined);

/** `GET /2.0/user → 403 (scope error)` */
export function lineOf(probe: Probed): string {
  return evidenceLine(probe, scopeRemark);
}

/** The sent requests in the plan's order: the account request first, as its answer is the surest. */
export function inPlanOrder(sent: readonly BitbucketProbe[]): BitbucketProbe[] {
  const order = Object.keys(probes) as ProbeId[];
  return [...sent].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** The scopes Bitbucket lists as granted, and the request whose answer listed them. */
export interface Introspection {
  /** Undefined when no answer listed them. */
  granted: ReadonlySet<string> | undefined;
  evidence: string[];
}

export function introspect(evidence: BitbucketEvidence): Introspection {
  for (const probe of evidence.sent) {
    const { outcome } = probe;
    if (outcome.kind !== 'response') continue;
    const granted = scopeError(outcome)?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
    if (granted) return { granted: new Set(granted), evidence: [`${probe.request} → ${outcome.status}`] };
  }
  return { granted: undefined, evidence: [] };
}

/** The `x-credential-type` Bitbucket reports, from the first answer that carries one. */
export function credentialType(evidence: BitbucketEvidence): { value: string; evidence: string } | undefined {
  for (const probe of evidence.sent) {
    const value = probe.outcome.kind === 'response' ? probe.outcome.headers['x-credential-type'] : undefined;
    if (value) return { value, evidence: lineOf(probe) };
  }
  return undefined;
}
