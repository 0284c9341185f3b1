/**
 * A Bitbucket Cloud simulator for the tests. Which scopes each operation requires comes from the
 * table derived from Atlassian's OpenAPI spec (test/fixtures/bitbucket-operations.json), and the
 * simulator enforces it before it looks up any resource or validates any body, as Bitbucket does.
 * It holds state and records every request, so a test can prove that nothing changed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUIRED_SCOPES } from '../../src/bitbucket/plan.js';
import operationsTable from '../fixtures/bitbucket-operations.json' with { type: 'json' };

export interface Operation {
  method: string;
  path: string;
  scopes: string[];
  /** The old OAuth names of those scopes, which Bitbucket sends in x-accepted-oauth-scopes. */
  legacy: string[];
  auth: string[];
}

export const operations: Operation[] = operationsTable.operations;

export interface SimAccount {
  email: string;
  uuid: string;
  accountId: string;
  displayName: string;
}

export type TokenKind = 'api_token' | 'classic' | 'expired' | 'revoked' | 'app_password';

export interface SimToken {
  value: string;
  email: string;
  kind: TokenKind;
  scopes: string[];
  /** What x-credential-type says; api_token unless a test says otherwise. */
  credentialType?: string;
  /** API tokens can be limited to some workspaces; others refuse them. */
  workspaces?: string[];
}

export interface SimRepository {
  slug: string;
  /** Account uuids with admin on the repository. */
  admins: string[];
  /** Explicit user permissions: account uuid → read | write | admin. */
  userPermissions: Record<string, string>;
  branchRestrictions: { id: number; kind: string; pattern: string }[];
}

export interface SimWorkspace {
  slug: string;
  uuid: string;
  admins: string[];
  members: string[];
  ipAllowlisted?: boolean;
  repositories: SimRepository[];
}

export interface BitbucketState {
  accounts: SimAccount[];
  tokens: SimToken[];
  workspaces: SimWorkspace[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  email: string | undefined;
  body: string;
  status: number;
  /** The operation matched in the spec's table, if any. */
  operation: string | undefined;
}

export type Fault = 'reset' | 'hang' | 429 | 500 | 502 | 503 | 504;

/** Refusals that are not about scopes, each with the body Bitbucket gives (as far as is known). */
export type Refusal = 'two-step' | 'auth-method' | 'not-admin' | 'no-access' | 'other';
export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  'two-step': 'To access this repository, enable two-step verification.',
  'auth-method': 'This endpoint does not support the authentication method used.',
  'not-admin': 'You do not have admin access to this repository.',
  'no-access': 'You do not have access to this workspace.',
  other: 'Repository is read-only during maintenance.',
};

/** A sign-in page, as a captive portal or an intercepting proxy gives in Bitbucket's place. */
export const SIGN_IN_PAGE =
  '<!doctype html><html><head><title>Sign in</title></head><body>Sign in to continue</body></html>';

const SCOPE_MESSAGE = 'Your credentials lack one or more required privilege scopes.';
const LOGIN_FAILED =
  'Login failed due to incorrect login credentials or method. Please check your credentials and try again.';
const TOKEN_INVALID = 'Token is invalid, expired, or not supported for this endpoint.';

interface Route {
  op: Operation;
  regex: RegExp;
  params: string[];
}

const routes: Route[] = operations
  .map((op) => {
    const params: string[] = [];
    const pattern = op.path
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a, b) => {
        params.push(a ?? b);
        return '([^/]+)';
      });
    return { op, regex: new RegExp(`^/2\\.0${pattern}/?$`), params };
  })
  // Literal segments win over parameters: /user/workspaces before /user/{x}.
  .sort((a, b) => a.params.length - b.params.length);

export function findOperation(
  method: string,
  path: string,
): { op: Operation; params: Record<string, string> } | undefined {
  for (const route of routes) {
    if (route.op.method !== method) continue;
    const match = route.regex.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.params.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] as string);
    });
    return { op: route.op, params };
  }
  return undefined;
}

/** The seven scopes Entitle needs; a healthy token holds exactly these. */
export const ALL_SEVEN: string[] = [...REQUIRED_SCOPES];

/** A small world: one admin account with a healthy token, one workspace, two repositories. */
export function defaultBitbucketState(token: string, email = 'integration@example.com'): BitbucketState {
  const admin: SimAccount = {
    email,
    uuid: '{a0000000-0000-4000-8000-000000000001}',
    accountId: '557058:00000000-0000-0000-0000-000000000001',
    displayName: 'Integration Admin',
  };
  const members: SimAccount[] = [2, 3, 4].map((n) => ({
    email: `member${n}@example.com`,
    uuid: `{a0000000-0000-4000-8000-00000000000${n}}`,
    accountId: `557058:00000000-0000-0000-0000-00000000000${n}`,
    displayName: `Member ${n}`,
  }));
  return {
    accounts: [admin, ...members],
    tokens: [{ value: token, email, kind: 'api_token', scopes: [...ALL_SEVEN] }],
    workspaces: [
      {
        slug: 'acme',
        uuid: '{b0000000-0000-4000-8000-000000000001}',
        admins: [admin.uuid],
        members: [admin.uuid, ...members.map((m) => m.uuid)],
        repositories: [
          {
            slug: 'platform',
            admins: [admin.uuid],
            userPermissions: { [admin.uuid]: 'admin', [members[0]?.uuid as string]: 'write' },
            branchRestrictions: [{ id: 1, kind: 'push', pattern: 'main' }],
          },
          { slug: 'docs', admins: [admin.uuid], userPermissions: {}, branchRestrictions: [] },
        ],
      },
    ],
  };
}

/** An answer a test gives a request: JSON, plain text, or an HTML page. */
export interface SimAnswer {
  status: number;
  json?: unknown;
  text?: string;
  html?: string;
}

/** Bitbucket's answer to an endpoint it removed (CHANGE-2770 removed four in 2026). */
export const REMOVED = (change = 'CHANGE-2770'): SimAnswer => ({
  status: 410,
  json: { type: 'error', error: { message: `${change} - Functionality has been deprecated` } },
});

/** Some Bitbucket 404s are HTML pages that embed the caller's profile and a short-lived web token. */
export const PROFILE_PAGE = (displayName: string, webToken: string): SimAnswer => ({
  status: 404,
  html: `<!doctype html><html><head><script>window.__initial__={"user":{"display_name":"${displayName}"},"csrfToken":"${webToken}"}</script></head><body>Page not found</body></html>`,
});

interface Reply {
  status: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export class BitbucketSimulator {
  state: BitbucketState;
  readonly requests: RecordedRequest[] = [];
  latencyMs = 0;
  /** Send X-RateLimit-NearLimit: true on authenticated answers: the account's budget is nearly spent. */
  nearLimit = false;
  /** Leave out x-oauth-scopes and the scope-error detail, to test the checks without introspection. */
  hideGrantedScopes = false;
  /** Decides a fault for a request (by operation path and method), or none. */
  fault: ((method: string, path: string, attempt: number) => Fault | undefined) | undefined;
  /** Decides a refusal that is not about scopes, after the scope check, by method and path. */
  refusal: ((method: string, path: string) => Refusal | undefined) | undefined;
  /** The message of an `other` refusal, when a test needs one of its own (say, one that echoes). */
  otherRefusalMessage: ((authorization: string) => string) | undefined;
  /** Something in Bitbucket's place answers these requests with 200 and a sign-in page. */
  impostor: ((method: string, path: string) => boolean) | undefined;
  /** A middlebox or a changed service answers the permission PUT and DELETE with success. */
  writesSucceed = false;
  /** A Retry-After header on a 429 fault, when set; the real service's is not known. */
  retryAfterSeconds: number | undefined;
  /**
   * An answer of its own for a request that passed authentication and the scope check, by method and
   * path: a removed endpoint (410), the plan's seat limit (402), an HTML page, a status nobody expects.
   */
  answer: ((method: string, path: string) => SimAnswer | undefined) | undefined;
  /** What the application-property lookup of an unknown user answers: unknown on the real service. */
  propertyProbeStatus: 403 | 404 = 404;
  private attempts = new Map<string, number>();

  constructor(state: BitbucketState) {
    this.state = state;
  }

  /** Back to a fresh world: new state, no recorded requests, no faults or latency. */
  reset(state: BitbucketState): void {
    this.state = state;
    this.requests.length = 0;
    this.attempts.clear();
    this.fault = undefined;
    this.refusal = undefined;
    this.otherRefusalMessage = undefined;
    this.impostor = undefined;
    this.answer = undefined;
    this.writesSucceed = false;
    this.propertyProbeStatus = 404;
    this.retryAfterSeconds = undefined;
    this.latencyMs = 0;
    this.hideGrantedScopes = false;
    this.nearLimit = false;
  }

  snapshot(): string {
    return JSON.stringify(this.state);
  }

  async handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://api.bitbucket.org');
    const method = req.method ?? 'GET';
    const key = `${method} ${url.pathname}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      email: undefined,
      body,
      status: 0,
      operation: undefined,
    };
    this.requests.push(record);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));

    const fault = this.fault?.(method, url.pathname, attempt);
    if (fault === 'reset') {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault === 'hang') {
      record.status = -2;
      return;
    }
    if (fault !== undefined) {
      record.status = fault;
      const retryAfter =
        fault === 429 && this.retryAfterSeconds !== undefined
          ? { 'retry-after': String(this.retryAfterSeconds) }
          : {};
      res
        .writeHead(fault, { 'content-type': 'text/plain', ...retryAfter })
        .end(fault === 429 ? 'Rate limit exceeded' : 'Server error');
      return;
    }

    if (this.impostor?.(method, url.pathname)) {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SIGN_IN_PAGE);
      return;
    }
    const reply = this.respond(method, url, req.headers.authorization, body, record);
    record.status = reply.status;
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.text !== undefined) {
      headers['content-type'] ??= 'text/plain';
      res.writeHead(reply.status, headers).end(reply.text);
    } else if (reply.body !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
    } else {
      res.writeHead(reply.status, headers).end();
    }
  }

  private respond(
    method: string,
    url: URL,
    authorization: string | undefined,
    body: string,
    record: RecordedRequest,
  ): Reply {
    const found = findOperation(method, url.pathname);
    if (!found) return { status: 404, body: { type: 'error', error: { message: 'Resource not found' } } };
    record.operation = `${found.op.method} ${found.op.path}`;

    // Authentication.
    const basic = /^Basic (.+)$/.exec(authorization ?? '');
    if (!basic) return { status: 401, text: LOGIN_FAILED };
    const decoded = Buffer.from(basic[1] as string, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const email = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    record.email = email;
    const token = this.state.tokens.find((t) => t.value === secret);
    // App passwords (removed) get the old plain-text refusal; an API token with another account's
    // email gets the same JSON 401 as an invalid token, as the real service answers.
    if (!token || token.kind === 'app_password') return { status: 401, text: LOGIN_FAILED };
    if (token.email.toLowerCase() !== email.toLowerCase()) {
      return { status: 401, body: { type: 'error', error: { message: TOKEN_INVALID } } };
    }
    if (token.kind !== 'api_token') {
      return { status: 401, body: { type: 'error', error: { message: TOKEN_INVALID } } };
    }
    const account = this.state.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
    if (!account) return { status: 401, text: LOGIN_FAILED };

    const headers: Record<string, string> = {
      'x-credential-type': token.credentialType ?? 'api_token',
      // The old OAuth names, as the real service sends them; never the scopes of API tokens.
      'x-accepted-oauth-scopes': found.op.legacy.join(', '),
    };
    if (!this.hideGrantedScopes) headers['x-oauth-scopes'] = token.scopes.join(', ');
    // Documented for access tokens once the hourly budget is nearly spent; unknown for API tokens.
    if (this.nearLimit) headers['x-ratelimit-nearlimit'] = 'true';
    const withHeaders = (reply: Reply): Reply => ({ ...reply, headers: { ...headers, ...reply.headers } });

    // Scopes, before any resource lookup or body validation.
    const missing = found.op.scopes.filter((s) => !token.scopes.includes(s));
    if (missing.length > 0) {
      return withHeaders({
        status: 403,
        body: {
          type: 'error',
          error: {
            message: SCOPE_MESSAGE,
            ...(this.hideGrantedScopes
              ? {}
              : { detail: { required: found.op.scopes, granted: token.scopes } }),
          },
        },
      });
    }

    const own = this.answer?.(method, url.pathname);
    if (own) {
      const type = own.html ? 'text/html; charset=utf-8' : own.text !== undefined ? 'text/plain' : undefined;
      return withHeaders({
        status: own.status,
        ...(own.json !== undefined ? { body: own.json } : { text: own.html ?? own.text ?? '' }),
        ...(type ? { headers: { 'content-type': type } } : {}),
      });
    }
    const params = found.params;
    const workspace = params.workspace
      ? this.state.workspaces.find((w) => w.slug === params.workspace || w.uuid === params.workspace)
      : undefined;
    const refusal = this.refusal?.(method, url.pathname);
    const limited = token.workspaces !== undefined && workspace && !token.workspaces.includes(workspace.slug);
    if (refusal || limited) {
      const message =
        refusal === 'other' && this.otherRefusalMessage
          ? this.otherRefusalMessage(authorization ?? '')
          : REFUSAL_MESSAGES[refusal ?? 'no-access'];
      return withHeaders({ status: 403, body: { type: 'error', error: { message } } });
    }
    if (workspace?.ipAllowlisted) {
      return withHeaders({
        status: 403,
        body: {
          type: 'error',
          error: { message: 'Your IP address is not allowed to access this workspace.' },
        },
      });
    }
    return withHeaders(this.operation(found.op, params, url, account, workspace, body));
  }

  private operation(
    op: Operation,
    params: Record<string, string>,
    url: URL,
    account: SimAccount,
    workspace: SimWorkspace | undefined,
    body: string,
  ): Reply {
    const notFound: Reply = { status: 404, body: { type: 'error', error: { message: 'Not found' } } };
    const forbidden: Reply = {
      status: 403,
      body: { type: 'error', error: { message: 'You do not have admin access to this repository.' } },
    };
    const page = <T>(values: T[]) => {
      const pagelen = Math.min(Number(url.searchParams.get('pagelen') ?? 10), 100);
      const number = Number(url.searchParams.get('page') ?? 1);
      const slice = values.slice((number - 1) * pagelen, number * pagelen);
      const next = number * pagelen < values.length ? new URL(url.href) : undefined;
      next?.searchParams.set('page', String(number + 1));
      return {
        pagelen,
        page: number,
        size: values.length,
        values: slice,
        ...(next ? { next: next.href } : {}),
      };
    };
    const findUser = (id: string | undefined) =>
      this.state.accounts.find((a) => a.uuid === id || a.accountId === id);
    const repository = workspace?.repositories.find((r) => r.slug === params.repo_slug);
    const isRepoAdmin = (r: SimRepository) =>
      r.admins.includes(account.uuid) || workspace?.admins.includes(account.uuid);
    const key = `${op.method} ${op.path}`;

    switch (key) {
      case 'GET /user':
        return {
          status: 200,
          body: {
            type: 'user',
            uuid: account.uuid,
            account_id: account.accountId,
            display_name: account.displayName,
          },
        };
      case 'GET /user/workspaces': {
        const onlyAdmin = url.searchParams.get('administrator');
        const values = this.state.workspaces
          .filter((w) => w.members.includes(account.uuid))
          .map((w) => ({ type: 'workspace_access', administrator: w.admins.includes(account.uuid), w }))
          .filter((v) => onlyAdmin === null || String(v.administrator) === onlyAdmin)
          .map(({ w, ...v }) => ({
            ...v,
            workspace: { type: 'workspace_base', slug: w.slug, uuid: w.uuid },
          }));
        return { status: 200, body: page(values) };
      }
      case 'GET /workspaces/{workspace}/members': {
        if (!workspace?.members.includes(account.uuid)) return notFound;
        const values = workspace.members.map((uuid) => {
          const member = findUser(uuid) as SimAccount;
          return {
            type: 'workspace_membership',
            user: { type: 'user', uuid, account_id: member.accountId, display_name: member.displayName },
            workspace: { slug: workspace.slug },
          };
        });
        return { status: 200, body: page(values) };
      }
      case 'GET /repositories/{workspace}': {
        if (!workspace) return notFound;
        const role = url.searchParams.get('role');
        const repos = workspace.repositories.filter((r) => (role === 'admin' ? isRepoAdmin(r) : true));
        return {
          status: 200,
          body: page(
            repos.map((r) => ({
              type: 'repository',
              slug: r.slug,
              full_name: `${workspace.slug}/${r.slug}`,
            })),
          ),
        };
      }
      case 'GET /repositories/{workspace}/{repo_slug}/permissions-config/users': {
        if (!repository) return notFound;
        if (!isRepoAdmin(repository)) return forbidden;
        const values = Object.entries(repository.userPermissions).map(([uuid, permission]) => ({
          type: 'repository_user_permission',
          permission,
          user: { uuid, account_id: findUser(uuid)?.accountId },
        }));
        return { status: 200, body: page(values) };
      }
      case 'GET /repositories/{workspace}/{repo_slug}/branch-restrictions':
        if (!repository) return notFound;
        if (!isRepoAdmin(repository)) return forbidden;
        return { status: 200, body: page(repository.branchRestrictions) };
      case 'PUT /repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}': {
        if (!repository) return notFound;
        if (!isRepoAdmin(repository)) return forbidden;
        let permission: unknown;
        try {
          permission = (JSON.parse(body) as { permission?: unknown }).permission;
        } catch {
          permission = undefined;
        }
        if (this.writesSucceed)
          return { status: 200, body: { type: 'repository_user_permission', permission } };
        if (permission !== 'read' && permission !== 'write' && permission !== 'admin') {
          return { status: 400, body: { type: 'error', error: { message: 'Invalid permission value.' } } };
        }
        const user = findUser(params.selected_user_id);
        if (!user || !workspace?.members.includes(user.uuid)) return notFound;
        repository.userPermissions[user.uuid] = permission;
        return { status: 200, body: { type: 'repository_user_permission', permission } };
      }
      case 'DELETE /repositories/{workspace}/{repo_slug}/permissions-config/users/{selected_user_id}': {
        if (!repository) return notFound;
        if (!isRepoAdmin(repository)) return forbidden;
        if (this.writesSucceed) return { status: 204 };
        const user = findUser(params.selected_user_id);
        if (!user || !(user.uuid in repository.userPermissions)) return notFound;
        delete repository.userPermissions[user.uuid];
        return { status: 204 };
      }
      case 'GET /users/{selected_user}/properties/{app_key}/{property_name}':
        return this.propertyProbeStatus === 404
          ? notFound
          : { status: 403, body: { type: 'error', error: { message: 'Access denied.' } } };
      default:
        return {
          status: 501,
          body: { type: 'error', error: { message: `The simulator does not implement ${key}.` } },
        };
    }
  }
}
