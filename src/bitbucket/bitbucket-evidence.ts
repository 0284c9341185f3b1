/**
 * What the Bitbucket checks gathered, as one immutable record of facts, and the small pure readers
 * that the gatherer (to decide what to ask next) and the judges share.
 */
import type { RecordedExpiry } from '../entitle.js';
import type { BitbucketProbe } from './bitbucket-facts.js';
import { type ProbeId, probes } from './plan.js';

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
  /** app_token's expiry as its owner recorded it, against the run's day. */
  tokenExpiry?: RecordedExpiry;
}

/** Pages of the administered-workspaces listing read at most. */
export const MAX_WORKSPACE_PAGES = 5;
/** Administered workspaces tried in turn when the first refuses the token. */
export const MAX_WORKSPACE_TRIES = 3;

/** The last answer to a request of the plan, if it was sent (for the probed workspace, if it has one). */
export function probed(evidence: BitbucketEvidence, id: ProbeId): BitbucketProbe | undefined {
  return evidence.sent.findLast(
    (p) => p.id === id && (p.workspace === undefined || p.workspace === evidence.workspace),
  );
}

/** Bitbucket answered the account request with 401: the credentials do not authenticate. */
export function rejected(evidence: BitbucketEvidence): boolean {
  return probed(evidence, 'user')?.status === 401;
}

export function isNonScopeForbidden(probe: BitbucketProbe): boolean {
  return probe.status === 403 && probe.scopeError === undefined;
}

/**
 * A refusal for a reason other than scopes: a 403 without the scope error, or a 401 on any request
 * but the account's (the credentials were accepted there, so a later 401 is a policy, such as an
 * organization blocking API tokens, never a certain "wrong token").
 */
export function isRefusal(probe: BitbucketProbe): boolean {
  return isNonScopeForbidden(probe) || (probe.status === 401 && probe.id !== 'user');
}

/** A workspace that answers its repository listing with 404 or a 403 not about scopes refuses the token. */
export function refusesToken(probe: BitbucketProbe): boolean {
  return probe.status === 404 || isNonScopeForbidden(probe);
}

/** A 2xx that is not Bitbucket's answer: something else answered in its place. */
export function isImpostor(probe: BitbucketProbe): boolean {
  const { status } = probe;
  return status !== undefined && status >= 200 && status < 300 && !probe.ownAnswer;
}

/** Why Bitbucket refused a request, when it was not for scopes: read from its message. */
export type RefusalKind = 'two-step' | 'ip-allowlist' | 'auth-method' | 'no-access' | 'not-admin' | 'other';

/**
 * The known phrasings of each cause, matched by meaning rather than one sentence, in the order they
 * are tried. The REST bodies for an IP allowlist and for two-step verification are not published.
 */
export const REFUSAL_PATTERNS: readonly [RefusalKind, RegExp][] = [
  // "To access this repository, enable two-step verification." (Atlassian support page); "enable
  // two-step authentication" (Atlassian KB, Git over HTTPS); "2-step", "two-factor", "2FA".
  [
    'two-step',
    /two-step (verification|authentication)|2-step (verification|authentication)|two-factor|\b2fa\b/i,
  ],
  // Atlassian's access-control page: requests from addresses outside the workspace's IP allowlist.
  ['ip-allowlist', /\bIP\b|ip address|allowlist|whitelist/i],
  // The spec on the permission writes: "not accessible by this authentication mechanism"; older
  // bodies name the method or app passwords.
  ['auth-method', /authentication (method|mechanism)|app password|not supported for this/i],
  ['no-access', /access to (this|the) workspace|not a member|no access/i],
  ['not-admin', /\badmin(istrator)?\b/i],
];

/** The finding that names each kind of refusal: a check that a refusal stopped defers to it. */
export const REFUSAL_FINDING: Record<RefusalKind, string> = {
  'two-step': 'bitbucket.two_step',
  'ip-allowlist': 'bitbucket.ip_allowlist',
  'auth-method': 'bitbucket.auth_method',
  'no-access': 'bitbucket.no_access',
  'not-admin': 'bitbucket.not_admin',
  other: 'bitbucket.refused',
};

export function refusalKind(probe: BitbucketProbe): RefusalKind {
  const message = probe.message ?? '';
  return REFUSAL_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0] ?? 'other';
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
  const listing = evidence.sent.find((p) => p.status !== undefined && p.granted !== undefined);
  if (!listing) return { granted: undefined, evidence: [] };
  // Named by where the list came from, not by the answer's status: a pass row citing "→ 403" misleads.
  const where = listing.scopeError ? 'the scope error' : 'x-oauth-scopes';
  return { granted: new Set(listing.granted), evidence: [`${listing.request} (${where})`] };
}

/** The `x-credential-type` Bitbucket reports, from the first answer that carries one. */
export function credentialType(evidence: BitbucketEvidence): { value: string; evidence: string } | undefined {
  const named = evidence.sent.find((p) => p.credentialType !== undefined);
  return named && { value: named.credentialType as string, evidence: named.line };
}

/** Administered workspace slugs, each once, sorted: the first is probed when none is named. */
export function administeredSlugs(listing: WorkspaceListing): string[] {
  return [...new Set(listing.slugs ?? [])].sort();
}
