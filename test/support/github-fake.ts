/** A local fake of the GitHub REST API's issue endpoints, reached through GITHUB_API_URL. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  comments: string[];
  /** Who opened it; github-actions[bot] when opened with a workflow token. */
  author?: string;
  labels?: string[];
}

export interface GitHubFake {
  url: string;
  issues: FakeIssue[];
  requests: { method: string; path: string }[];
  /** Tokens that may read but not write issues. */
  readOnlyTokens: Set<string>;
  /** Personal tokens and the login each acts as; any other token is a workflow token (github-actions[bot]). */
  logins: Map<string, string>;
  /** When set, every request is answered with this status (a fault of the GitHub API). */
  failWith: number | undefined;
  /** Installation tokens of a GitHub App, and the bot each acts as (`<app>[bot]`); `/user` refuses them. */
  appBots: Map<string, string>;
  /** How many of the next `GET /user` requests fail with 502 (a transient fault). */
  userFaults: number;
  /** The fake as a host of the cloud (api.github.com behind its proxy, with the test CA). */
  handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void>;
  close(): Promise<void>;
}

export async function startGitHubFake(): Promise<GitHubFake> {
  const fake: Omit<GitHubFake, 'url' | 'close' | 'handle'> = {
    issues: [],
    requests: [],
    readOnlyTokens: new Set(),
    logins: new Map(),
    failWith: undefined,
    appBots: new Map(),
    userFaults: 0,
  };
  // One handler, served on loopback (GITHUB_API_URL) or as api.github.com behind the cloud's proxy.
  const handle = (req: http.IncomingMessage, res: http.ServerResponse, text: string) => {
    {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      fake.requests.push({ method, path: url.pathname });
      const token = (req.headers.authorization ?? '').replace(/^(token|Bearer) /i, '');
      const send = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const body = text ? JSON.parse(text) : {};
      if (fake.failWith !== undefined) {
        send(fake.failWith, { message: 'Server Error' });
        return;
      }
      if (method !== 'GET' && fake.readOnlyTokens.has(token)) {
        send(403, { message: 'Resource not accessible by integration', status: '403' });
        return;
      }
      const login = fake.logins.get(token);
      if (method === 'GET' && url.pathname === '/user' && fake.userFaults > 0) {
        fake.userFaults--;
        return send(502, { message: 'Bad Gateway' });
      }
      if (method === 'GET' && url.pathname === '/user') {
        // As GitHub answers the workflow's installation token.
        if (!login) return send(403, { message: 'Resource not accessible by integration', status: '403' });
        return send(200, { login });
      }
      const author = login ?? fake.appBots.get(token) ?? 'github-actions[bot]';
      const m = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(\d+))?(\/comments)?$/.exec(url.pathname);
      if (!m) return send(404, { message: 'Not Found' });
      const number = m[3] ? Number(m[3]) : undefined;
      const issue = fake.issues.find((i) => i.number === number);
      if (method === 'GET' && number === undefined) {
        const state = url.searchParams.get('state') ?? 'open';
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const creator = url.searchParams.get('creator');
        const list = fake.issues
          .filter((i) => i.state === state)
          .filter((i) => labels.every((l) => i.labels?.includes(l)))
          .filter((i) => creator === null || i.author === creator)
          .slice((page - 1) * perPage, page * perPage);
        return send(
          200,
          list.map((i) => ({
            number: i.number,
            title: i.title,
            body: i.body,
            state: i.state,
            user: { login: i.author ?? 'someone', type: (i.author ?? '').endsWith('[bot]') ? 'Bot' : 'User' },
            labels: (i.labels ?? []).map((name) => ({ name })),
          })),
        );
      }
      if (method === 'POST' && number === undefined) {
        const created: FakeIssue = {
          number: fake.issues.length + 1,
          title: body.title,
          body: body.body,
          state: 'open',
          comments: [],
          author,
          labels: body.labels ?? [],
        };
        fake.issues.push(created);
        return send(201, { number: created.number });
      }
      if (!issue) return send(404, { message: 'Not Found' });
      if (method === 'POST' && m[4]) {
        issue.comments.push(body.body);
        return send(201, { id: issue.comments.length });
      }
      if (method === 'PATCH') {
        if (body.body !== undefined) issue.body = body.body;
        if (body.state !== undefined) issue.state = body.state;
        return send(200, { number: issue.number, state: issue.state });
      }
      return send(404, { message: 'Not Found' });
    }
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The same object the server reads, so a test's settings (failWith) reach it.
  return Object.assign(fake, {
    handle: async (req: http.IncomingMessage, res: http.ServerResponse, text: string) =>
      handle(req, res, text),
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as GitHubFake;
}
