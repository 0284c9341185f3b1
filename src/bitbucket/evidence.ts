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
}

export interface WorkspaceListing {
  /** Slugs of the workspaces the account administers; undefined when no page could be read. */
  readonly slugs: readonly string[] | undefined;
  /** The listing stopped at the page cap. */
  readonly truncated: boolean;
}

export interface BitbucketEvidence {
  /** Every request sent, in the plan's order (pages of one request in the order sent). */
  readonly sent: readonly BitbucketProbe[];
  readonly workspaces: WorkspaceListing;
  /** The workspace the repository-level requests were sent for, if any. */
  readonly workspace: string | undefined;
  /** The administered repository the probes were sent for, if any. */
  readonly repository: string | undefined;
}

export interface BitbucketOptions {
  /** The workspace to probe; otherwise the first administered one. */
  workspace?: string;
  /** Send the impossible PUT and DELETE; false relies on introspection alone for those scopes. */
  probeWriteScopes: boolean;
}

/** The last answer to a request of the plan, if it was sent. */
export function probed(evidence: BitbucketEvidence, id: ProbeId): BitbucketProbe | undefined {
  return evidence.sent.findLast((p) => p.id === id);
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
  const required = body.error.detail?.required ?? splitScopes(outcome.headers['x-accepted-oauth-scopes']);
  const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
  return {
    ...(required ? { required: required.filter((s) => SCOPE_NAME.test(s)) } : {}),
    ...(granted ? { granted: granted.filter((s) => SCOPE_NAME.test(s)) } : {}),
  };
}

export function isNonScopeForbidden(outcome: HttpOutcome): boolean {
  return outcome.kind === 'response' && outcome.status === 403 && scopeError(outcome) === undefined;
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
