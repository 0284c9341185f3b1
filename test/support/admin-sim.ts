/**
 * Atlassian's API Access REST API, as much as the optional expiry source reads: `GET
 * /admin/api-access/v1/orgs/{orgId}/api-tokens`, with an organization admin API key as a Bearer
 * token, answering the published shape ({ data: [{ id, label, status, createdAt, expiresAt,
 * lastActiveAt, user: { id, orgId, name, email } }], links: { self, next, prev } }), paged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface AdminToken {
  id: string;
  label: string;
  status: string;
  createdAt: string;
  expiresAt: string;
  lastActiveAt: string;
  user: { id: string; orgId: string; name: string; email: string };
}

export interface AdminState {
  orgId: string;
  key: string;
  tokens: AdminToken[];
  /** Tokens per page; `links.next` leads to the rest. */
  pageSize: number;
  /** Answer every request with this status instead (a fault, a refusal). */
  status?: number;
}

export const ADMIN_ORG_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const ADMIN_KEY = 'adminkey-TestOnly-NotARealKey-0123456789abcdefghijklmnop';

export function adminToken(label: string, email: string, expiresAt: string, status = 'ALLOWED'): AdminToken {
  return {
    id: `token-${label}`,
    label,
    status,
    createdAt: '2026-01-05T10:00:00.000Z',
    expiresAt: `${expiresAt}T10:00:00.000Z`,
    lastActiveAt: '2026-11-20T08:00:00.000Z',
    user: {
      id: '557058:00000000-0000-0000-0000-000000000001',
      orgId: ADMIN_ORG_ID,
      name: 'Integration Admin',
      email,
    },
  };
}

export class AdminSimulator {
  readonly requests: { path: string; query: string; status: number }[] = [];
  constructor(public state: AdminState) {}

  reset(state: AdminState): void {
    this.state = state;
    this.requests.length = 0;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://api.atlassian.com');
    const { status, json } = this.answer(url, req.headers.authorization);
    this.requests.push({ path: url.pathname, query: url.search, status });
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  }

  private answer(url: URL, authorization: string | undefined): { status: number; json: unknown } {
    const { state } = this;
    if (state.status) return { status: state.status, json: { code: state.status, message: 'Unavailable' } };
    if (authorization !== `Bearer ${state.key}`)
      return { status: 401, json: { code: 401, message: 'Unauthorized' } };
    const match = /^\/admin\/api-access\/v1\/orgs\/([^/]+)\/api-tokens$/.exec(url.pathname);
    if (!match || match[1] !== state.orgId) return { status: 404, json: { code: 404, message: 'Not found' } };
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const matching = state.tokens.filter((t) => q === '' || t.user.email.toLowerCase().includes(q));
    const start = Number(url.searchParams.get('cursor') ?? '0');
    const page = matching.slice(start, start + state.pageSize);
    const base = `https://api.atlassian.com${url.pathname}`;
    const next =
      start + state.pageSize < matching.length
        ? `${base}?q=${encodeURIComponent(q)}&cursor=${start + state.pageSize}`
        : undefined;
    return { status: 200, json: { data: page, links: { self: url.href, ...(next ? { next } : {}) } } };
  }
}
