/**
 * A Jira Cloud simulator: sites with users, the Browse users permission and per-user email
 * visibility; classic and scoped tokens (a scoped token works only through the api.atlassian.com
 * gateway); missing and renamed sites; CAPTCHA lockout; IP allowlists; and the trap of answering
 * rejected credentials with 200 and `X-Seraph-LoginReason: AUTHENTICATED_FAILED`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface JiraUser {
  accountId: string;
  email: string;
  displayName: string;
  accountType: 'atlassian' | 'app' | 'customer';
  active: boolean;
  emailVisible: boolean;
}

export interface JiraToken {
  value: string;
  email: string;
  kind: 'classic' | 'scoped';
  /** A scoped token without the scopes the gateway's endpoint needs. */
  lacksScopes?: true;
}

export interface JiraSite {
  host: string;
  cloudId: string;
  users: JiraUser[];
  tokens: JiraToken[];
  /** Account ids holding the global permission Browse users and groups (USER_PICKER). */
  userPicker: string[];
  /** Emails locked behind a CAPTCHA after failed logins. */
  captcha?: string[];
  ipAllowlisted?: boolean;
  /** Every path answers 301 to this origin. */
  renamedTo?: string;
  /** How 401 bodies look on this site; they vary on the real service. */
  unauthorizedBody?: 'json' | 'text' | 'xml' | 'password';
  /** /myself answers rejected credentials with 200 and an anonymous-looking account (the trap). */
  myselfTrap?: boolean;
  /** /mypermissions rejects the credentials (200, AUTHENTICATED_FAILED) even though /myself accepts them. */
  permissionsAuthFails?: boolean;
  /** The login-url a CAPTCHA answer names; by default the site's login page. */
  captchaLoginUrl?: string;
  /** Jira was removed from the site: tenant_info still answers, the REST API gives 404 atl-missing-tcs. */
  jiraRemoved?: boolean;
}

export interface JiraRequest {
  host: string;
  method: string;
  path: string;
  query: string;
  withCredentials: boolean;
  status: number;
}

export const JIRA_HOST = 'example.atlassian.net';

export function defaultJiraSites(key: string, email = 'integration@example.com'): JiraSite[] {
  const users: JiraUser[] = [1, 2, 3, 4].map((n) => ({
    accountId: `557058:00000000-0000-0000-0000-00000000000${n}`,
    email: n === 1 ? email : `member${n}@example.com`,
    displayName: n === 1 ? 'Integration Admin' : `Member ${n}`,
    accountType: 'atlassian',
    active: true,
    emailVisible: n !== 4,
  }));
  return [
    {
      host: JIRA_HOST,
      cloudId: '11111111-2222-4333-8444-555555555555',
      users,
      tokens: [{ value: key, email, kind: 'classic' }],
      userPicker: users.map((u) => u.accountId),
    },
  ];
}

export class JiraSimulator {
  sites: JiraSite[];
  readonly requests: JiraRequest[] = [];
  latencyMs = 0;

  constructor(sites: JiraSite[]) {
    this.sites = sites;
  }

  reset(sites: JiraSite[]): void {
    this.sites = sites;
    this.requests.length = 0;
    this.latencyMs = 0;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:443$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host}`);
    const record: JiraRequest = {
      host,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      withCredentials: req.headers.authorization !== undefined,
      status: 0,
    };
    this.requests.push(record);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    const reply = host === 'api.atlassian.com' ? this.gateway(url, req) : this.site(host, url, req);
    record.status = reply.status;
    const headers = { ...reply.headers };
    if (reply.json !== undefined) headers['content-type'] = 'application/json;charset=UTF-8';
    res
      .writeHead(reply.status, headers)
      .end(reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? ''));
  }

  private login(site: JiraSite, authorization: string | undefined, gateway: boolean) {
    const basic = /^Basic (.+)$/.exec(authorization ?? '');
    if (!basic) return { state: 'anonymous' as const };
    const decoded = Buffer.from(basic[1] as string, 'base64').toString('utf8');
    const email = decoded.slice(0, decoded.indexOf(':'));
    const secret = decoded.slice(decoded.indexOf(':') + 1);
    if (site.captcha?.includes(email.toLowerCase())) return { state: 'captcha' as const };
    const token = site.tokens.find(
      (t) => t.value === secret && t.email.toLowerCase() === email.toLowerCase(),
    );
    const user = site.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
    const accepted =
      token && user && (gateway ? token.kind === 'scoped' && !token.lacksScopes : token.kind === 'classic');
    return accepted ? { state: 'ok' as const, user } : { state: 'failed' as const };
  }

  private scopedToken(site: JiraSite, authorization: string | undefined): JiraToken | undefined {
    const basic = /^Basic (.+)$/.exec(authorization ?? '');
    const decoded = Buffer.from(basic?.[1] ?? '', 'base64').toString('utf8');
    const secret = decoded.slice(decoded.indexOf(':') + 1);
    return site.tokens.find((t) => t.value === secret && t.kind === 'scoped');
  }

  private unauthorized(site: JiraSite): Reply {
    const headers = {
      'x-seraph-loginreason': 'AUTHENTICATED_FAILED',
      'www-authenticate': 'Basic realm="protected-area"',
    };
    switch (site.unauthorizedBody ?? 'json') {
      case 'text':
        return {
          status: 401,
          headers: { ...headers, 'content-type': 'text/plain' },
          text: 'Basic authentication failed.',
        };
      case 'password':
        // Basic authentication with an account password instead of an API token.
        return {
          status: 401,
          headers: { ...headers, 'content-type': 'text/plain' },
          text: 'Basic authentication with passwords is deprecated.',
        };
      case 'xml':
        return {
          status: 401,
          headers: { ...headers, 'content-type': 'application/xml' },
          text: '<status><status-code>401</status-code><message>Client must be authenticated</message></status>',
        };
      default:
        return {
          status: 401,
          headers,
          json: {
            errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
          },
        };
    }
  }

  private site(host: string, url: URL, req: IncomingMessage): Reply {
    const site = this.sites.find((s) => s.host === host);
    if (!site) {
      return {
        status: 404,
        headers: { 'atl-missing-tcs': 'true', 'content-type': 'text/html' },
        text: '<html><body>Site temporarily unavailable</body></html>',
      };
    }
    if (site.renamedTo)
      return { status: 301, headers: { location: `${site.renamedTo}${url.pathname}${url.search}` } };
    if (site.ipAllowlisted) {
      return {
        status: 403,
        headers: { 'content-type': 'text/plain' },
        text: 'Access from your IP address is not allowed.',
      };
    }
    if (url.pathname === '/_edge/tenant_info') return { status: 200, json: { cloudId: site.cloudId } };
    if (site.jiraRemoved) {
      return {
        status: 404,
        headers: { 'atl-missing-tcs': 'true', 'content-type': 'text/html' },
        text: '<html><body>Site temporarily unavailable</body></html>',
      };
    }

    const login = this.login(site, req.headers.authorization, false);
    if (login.state === 'captcha') {
      return {
        status: 403,
        headers: {
          'x-seraph-loginreason': 'AUTHENTICATION_DENIED',
          'x-authentication-denied-reason': `CAPTCHA_CHALLENGE; login-url=${site.captchaLoginUrl ?? `https://${host}/login.jsp`}`,
          'content-type': 'text/html',
        },
        text: '<html>CAPTCHA required</html>',
      };
    }
    const ok = login.state === 'ok' ? login.user : undefined;
    const failedHeader = { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' };
    switch (url.pathname) {
      case '/rest/api/3/myself':
        if (ok) return { status: 200, headers: { 'x-seraph-loginreason': 'OK' }, json: account(ok) };
        if (site.myselfTrap && login.state === 'failed') {
          return {
            status: 200,
            headers: failedHeader,
            json: { accountId: 'anonymous', accountType: 'atlassian', active: true },
          };
        }
        return this.unauthorized(site);
      case '/rest/api/3/mypermissions': {
        // The trap: rejected or absent credentials still get 200, answered as for an anonymous user.
        const rejected = !ok || site.permissionsAuthFails;
        const have = !rejected && site.userPicker.includes(ok.accountId);
        return {
          status: 200,
          headers: rejected ? failedHeader : { 'x-seraph-loginreason': 'OK' },
          json: { permissions: { USER_PICKER: { id: '27', key: 'USER_PICKER', havePermission: have } } },
        };
      }
      case '/rest/api/3/user/bulk': {
        // Needs only access to Jira, not Browse users and groups; emails follow each profile's visibility.
        if (!ok) return { status: 200, headers: failedHeader, json: { values: [], isLast: true } };
        const ids = url.searchParams.getAll('accountId');
        const values = site.users
          .filter((u) => ids.includes(u.accountId))
          .map((u) => {
            const { emailAddress, ...rest } = account(u);
            return u.emailVisible || u.accountId === ok.accountId ? { ...rest, emailAddress } : rest;
          });
        return {
          status: 200,
          headers: { 'x-seraph-loginreason': 'OK' },
          json: { startAt: 0, total: values.length, isLast: true, values },
        };
      }
      default:
        return { status: 404, json: { errorMessages: ['Not found'] } };
    }
  }

  private gateway(url: URL, req: IncomingMessage): Reply {
    const match = /^\/ex\/jira\/([^/]+)(\/.*)$/.exec(url.pathname);
    const site = this.sites.find((s) => s.cloudId === match?.[1]);
    if (!match || !site) return { status: 404, json: { message: 'Not found' } };
    const login = this.login(site, req.headers.authorization, true);
    if (login.state !== 'ok') {
      const scoped = this.scopedToken(site, req.headers.authorization);
      // "scope does not match" names a scoped token that lacks the scopes; anything else is plain.
      const message = scoped?.lacksScopes
        ? 'Unauthorized; scope does not match'
        : 'Client must be authenticated to access this resource.';
      return { status: 401, json: { code: 401, message } };
    }
    if (match[2] === '/rest/api/3/myself') return { status: 200, json: account(login.user) };
    return { status: 404, json: { message: 'Not found' } };
  }
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

function account(user: JiraUser) {
  return {
    accountId: user.accountId,
    accountType: user.accountType,
    active: user.active,
    displayName: user.displayName,
    emailAddress: user.email,
  };
}
