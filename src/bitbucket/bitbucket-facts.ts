/**
 * Bitbucket's answers, parsed once into typed facts: each request's status, fault, error, scopes and
 * what its body holds, as the plan says to read it. Zod lives here; the gatherer decides what to ask
 * next from these facts, and the judges read nothing else.
 */
import { z } from 'zod';
import { field } from '../net/body-fields.js';
import { faultOf, type Reply } from '../net/faults.js';
import { type HttpOutcome, type HttpResponse, jsonBody, outcomeLabel } from '../net/outcome.js';
import { ACCOUNT_ID, isSlug, SCOPE_NAME } from './identifiers.js';
import { BITBUCKET_HOST, type ProbeId, probes } from './plan.js';

export interface ScopeError {
  readonly required?: readonly string[];
  readonly granted?: readonly string[];
}

/** A page of administered workspaces: their slugs (usable or not) and the next page's link. */
export interface WorkspacesPage {
  readonly administered: readonly string[];
  readonly next: string | undefined;
}

/** Everything the checks read of one Bitbucket request. */
export interface BitbucketProbe extends Reply {
  readonly id: ProbeId;
  /** The workspace a workspace- or repository-level request was sent for. */
  readonly workspace?: string;
  /** `GET /2.0/user → 403 (scope error)`: the evidence line. */
  readonly line: string;
  /** A 403 that says a scope is missing, with what it required and what was granted, when told. */
  readonly scopeError: ScopeError | undefined;
  /** The scopes Bitbucket lists as granted (x-oauth-scopes, or a scope error's detail). */
  readonly granted: readonly string[] | undefined;
  readonly credentialType: string | undefined;
  /** Bitbucket's own error message, from a JSON error body; never a text or HTML body. */
  readonly message: string | undefined;
  /** The plain-text 401 Bitbucket gives a wrong email and token pair. */
  readonly loginFailedText: boolean;
  /** The answer is an HTML page. */
  readonly html: boolean;
  /** What the body is, in words, for a finding: never any part of it. */
  readonly bodyShown: string;
  /** The change Bitbucket names when it answers a removed endpoint with 410 (CHANGE-2770). */
  readonly removedBy: string | undefined;
  /** A 2xx that is Bitbucket's own JSON of the planned shape (a page, an object, or a 204 with nothing). */
  readonly ownAnswer: boolean;
  /**
   * `X-RateLimit-NearLimit: true`: the account's hourly budget is nearly spent (documented for access
   * tokens; may never come for API tokens, so its absence says nothing).
   */
  readonly nearLimit: boolean;
  /** What the body holds, by the plan's `reads`. */
  readonly accountId?: string | undefined;
  readonly workspacesPage?: WorkspacesPage | undefined;
  /** Slugs of a repository page (usable or not); undefined when the body is not one. */
  readonly repositorySlugs?: readonly string[] | undefined;
  readonly memberIds?: readonly string[] | undefined;
}

const scopeErrorSchema = z.object({
  error: z.object({
    message: field('message'),
    detail: z
      .object({ required: z.array(field('scope')).optional(), granted: z.array(field('scope')).optional() })
      .optional()
      .catch(undefined),
  }),
});
const messageSchema = z.object({ error: z.object({ message: field('message') }) });
const pageShape = z.object({ values: z.array(z.unknown()) });
const objectShape = z.object({ type: field('type') });
const accountSchema = z.object({ account_id: field('user').optional() });
const workspacesSchema = z.object({
  values: z.array(
    z.object({ administrator: z.boolean().optional(), workspace: z.object({ slug: field('workspace') }) }),
  ),
  next: field('next').optional(),
});
const repositoriesSchema = z.object({ values: z.array(z.object({ slug: field('repo') })) });
const membersSchema = z.object({
  values: z.array(z.object({ user: z.object({ account_id: field('user').optional() }).optional() })),
});
/** Every schema a Bitbucket body is read by: what a transcript keeps of one (body-shape.ts). */
export const BITBUCKET_BODIES: readonly z.ZodType[] = [
  scopeErrorSchema,
  messageSchema,
  pageShape,
  objectShape,
  accountSchema,
  workspacesSchema,
  repositoriesSchema,
  membersSchema,
];

/**
 * The phrases the checks read in Bitbucket's text: a transcript keeps these of a message it does not
 * know, so that a replay reads the same facts.
 */
export const BITBUCKET_PHRASES = {
  scope: /scope/i,
  loginFailed: /login failed|incorrect login credentials/i,
  removedBy: /\bCHANGE-\d{1,6}\b/,
  tokenRejected: /invalid, expired, or not supported/i,
} as const;

export function splitScopes(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  // Stryker disable next-line Regex: with or without `+`, the empty pieces it leaves fail SCOPE_NAME.
  return header.split(/[\s,]+/).filter((s) => SCOPE_NAME.test(s));
}

function scopeErrorOf(outcome: HttpResponse): ScopeError | undefined {
  if (outcome.status !== 403) return undefined;
  const body = jsonBody(outcome, scopeErrorSchema);
  if (!body || !BITBUCKET_PHRASES.scope.test(body.error.message)) return undefined;
  // Never x-accepted-oauth-scopes: it names the old OAuth scopes (`repository:admin`), which are not
  // the API-token scopes and would read as missing ones.
  const required = body.error.detail?.required;
  const granted = body.error.detail?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']);
  return {
    ...(required ? { required: required.filter((s) => SCOPE_NAME.test(s)) } : {}),
    ...(granted ? { granted: granted.filter((s) => SCOPE_NAME.test(s)) } : {}),
  };
}

/**
 * A 2xx proves something only as Bitbucket's own answer: JSON of the expected shape (a page of values
 * for a list). A sign-in page or a captive portal's 200 proves nothing. A DELETE's 204 has no body.
 */
function ownAnswer(id: ProbeId, outcome: HttpResponse): boolean {
  if (outcome.status < 200 || outcome.status >= 300) return false;
  if (outcome.status === 204) return outcome.body.kind === 'empty';
  const shape: z.ZodType<unknown> = probes[id].answer === 'page' ? pageShape : objectShape;
  return jsonBody(outcome, shape) !== undefined;
}

function bodyFacts(id: ProbeId, outcome: HttpResponse): Partial<BitbucketProbe> {
  switch (probes[id].reads) {
    case 'account':
      return { accountId: jsonBody(outcome, accountSchema)?.account_id };
    case 'workspaces': {
      const page = jsonBody(outcome, workspacesSchema);
      if (!page) return {};
      const administered = page.values.filter((v) => v.administrator !== false).map((v) => v.workspace.slug);
      return { workspacesPage: { administered, next: page.next } };
    }
    case 'repositories':
      return { repositorySlugs: jsonBody(outcome, repositoriesSchema)?.values.map((v) => v.slug) };
    case 'members':
      return {
        memberIds: (jsonBody(outcome, membersSchema)?.values ?? [])
          .map((m) => m.user?.account_id)
          .filter((id): id is string => id !== undefined && ACCOUNT_ID.test(id)),
      };
    default:
      return {};
  }
}

/** The body in words: what kind it is, never what it says (an HTML page can embed a session). */
function bodyShown(outcome: HttpResponse, html: boolean): string {
  if (html) return 'an HTML page';
  switch (outcome.body.kind) {
    case 'json':
      return 'JSON';
    case 'text':
      return 'plain text';
    case 'empty':
      return 'no body';
    default:
      return 'a body that could not be read';
  }
}

/** Bitbucket's notice for a removed endpoint: `CHANGE-NNNN - Functionality has been deprecated`. */
function removedBy(outcome: HttpResponse, message: string | undefined): string | undefined {
  if (outcome.status !== 410) return undefined;
  const text = message ?? (outcome.body.kind === 'text' ? outcome.body.text : '');
  // Only the change's id is kept from the text; nothing else of it is ever repeated.
  return BITBUCKET_PHRASES.removedBy.exec(text)?.[0] ?? 'no change named';
}

function responseFacts(id: ProbeId, outcome: HttpResponse) {
  const scopeError = scopeErrorOf(outcome);
  const message = jsonBody(outcome, messageSchema)?.error.message;
  const html = /html/i.test(outcome.headers['content-type'] ?? '');
  return {
    scopeError,
    granted: scopeError?.granted ?? splitScopes(outcome.headers['x-oauth-scopes']),
    credentialType: outcome.headers['x-credential-type'] || undefined,
    message,
    loginFailedText: outcome.body.kind === 'text' && BITBUCKET_PHRASES.loginFailed.test(outcome.body.text),
    html,
    bodyShown: bodyShown(outcome, html),
    removedBy: removedBy(outcome, message),
    ownAnswer: ownAnswer(id, outcome),
    nearLimit: /^\s*true\s*$/i.test(outcome.headers['x-ratelimit-nearlimit'] ?? ''),
    ...bodyFacts(id, outcome),
  };
}

const NO_RESPONSE = {
  scopeError: undefined,
  granted: undefined,
  credentialType: undefined,
  message: undefined,
  loginFailedText: false,
  html: false,
  bodyShown: 'no answer',
  removedBy: undefined,
  ownAnswer: false,
  nearLimit: false,
} as const;

/** The facts of one request, from its outcome: the only place a Bitbucket body is parsed. */
export function bitbucketFacts(
  id: ProbeId,
  request: string,
  outcome: HttpOutcome,
  workspace?: string,
): BitbucketProbe {
  const response = outcome.kind === 'response' ? responseFacts(id, outcome) : NO_RESPONSE;
  const label = outcomeLabel(outcome);
  return Object.freeze({
    id,
    host: BITBUCKET_HOST,
    request,
    status: outcome.kind === 'response' ? outcome.status : undefined,
    fault: faultOf(outcome, BITBUCKET_HOST),
    label,
    line: `${request} → ${label}${response.scopeError ? ' (scope error)' : ''}`,
    ...response,
    ...(workspace ? { workspace } : {}),
  });
}

/** Usable slugs only: a slug a server sends must be safe in a request path before it enters one. */
export const usableSlugs = (slugs: readonly string[] | undefined) => (slugs ?? []).filter(isSlug);
