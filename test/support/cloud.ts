/**
 * Bitbucket (and Jira) simulators behind real TLS on loopback, reached through a CONNECT proxy that
 * routes every tunnel to them. The action under test keeps its real API hosts: HTTPS_PROXY points at
 * this proxy and NODE_EXTRA_CA_CERTS at the test CA, the same mechanisms a self-hosted runner uses.
 */
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { type Dispatcher, ProxyAgent } from 'undici';
import { ADMIN_KEY, ADMIN_ORG_ID, AdminSimulator } from './admin-sim.js';
import { BitbucketSimulator, type BitbucketState } from './bitbucket-sim.js';
import { JiraSimulator, type JiraSite } from './jira-sim.js';
import { testPki } from './tls.js';

export interface HostHandler {
  /** `raw` is the body's bytes, for a host that takes binary uploads. */
  handle(req: http.IncomingMessage, res: http.ServerResponse, body: string, raw: Buffer): Promise<void>;
}

/**
 * Holds every request until the test releases them together, so the requests of a run fall into
 * waves: a request in wave n was sent after an answer of wave n-1 and could not have been sent
 * earlier. The number of waves is the number of round trips on the critical path, counted without
 * any clock.
 */
export class WaveGate {
  private held: (() => void)[] = [];
  private arrivals = 0;
  readonly waves: string[][] = [[]];

  hold(label: string): Promise<void> {
    this.arrivals++;
    (this.waves[this.waves.length - 1] as string[]).push(label);
    return new Promise((resolve) => this.held.push(resolve));
  }

  /** Waits until no request has arrived for a while, then answers every held request at once. */
  async releaseWhenSettled(done: () => boolean): Promise<void> {
    for (;;) {
      let seen = -1;
      while (seen !== this.arrivals) {
        seen = this.arrivals;
        // Generous: on a loaded machine a new TLS connection through the proxy can take a while.
        await new Promise((r) => setTimeout(r, 500));
      }
      if (this.held.length === 0) {
        if (done()) return;
        continue;
      }
      const release = this.held;
      this.held = [];
      this.waves.push([]);
      for (const r of release) r();
    }
  }
}

export interface Tunnel {
  host: string;
  at: number;
  /** The gate's wave when the tunnel was asked for: 0 before the first release; undefined without a gate. */
  wave: number | undefined;
}

/** Carries one direction of a tunnel, each chunk delayed by the same time, so order is kept. */
function carry(from: net.Socket, to: net.Socket, delayMs: number): void {
  if (delayMs <= 0) {
    from.pipe(to);
    return;
  }
  from.on('data', (chunk: Buffer) => setTimeout(() => to.destroyed || to.write(chunk), delayMs));
  from.on('end', () => setTimeout(() => to.end(), delayMs));
}

export interface Cloud {
  bitbucket: BitbucketSimulator;
  jira: JiraSimulator;
  /** Atlassian's API Access REST API (api.atlassian.com/admin/…), for the optional expiry source. */
  admin: AdminSimulator;
  /** Handlers for other hosts (Jira sites, the gateway, anything a test adds). */
  hosts: Map<string, HostHandler>;
  proxyUrl: string;
  caFile: string;
  /** Hosts (host:port) of every tunnel opened through the proxy. */
  tunnels: string[];
  /** Every tunnel with when it was asked for (ms, performance.now()) and the gate's wave then. */
  tunnelLog: Tunnel[];
  /**
   * Distance to the services, as a round trip in ms: the proxy answers CONNECT after one round trip
   * (its own connect to the far host) and holds every tunnelled chunk half a round trip each way, so
   * TLS handshakes pay it as they would. 0: loopback.
   */
  distanceMs: number;
  /** When set, requests wait for the gate (see WaveGate). */
  gate: WaveGate | undefined;
  /** Environment for a child process: proxy and CA. */
  env(): Record<string, string>;
  /** A dispatcher for in-process tests, equivalent to what the env gives a child process. */
  dispatcher(): Dispatcher;
  close(): Promise<void>;
}

export async function startCloud(bitbucketState: BitbucketState, jiraSites: JiraSite[] = []): Promise<Cloud> {
  const pki = testPki();
  const bitbucket = new BitbucketSimulator(bitbucketState);
  const jira = new JiraSimulator(jiraSites);
  const admin = new AdminSimulator({ orgId: ADMIN_ORG_ID, key: ADMIN_KEY, tokens: [], pageSize: 2 });
  // One host, two services: the Jira gateway (/ex/jira/…) and the admin APIs (/admin/…).
  const atlassianApi: HostHandler = {
    handle: (req, res) =>
      (req.url ?? '').startsWith('/admin/') ? admin.handle(req, res) : jira.handle(req, res),
  };
  const hosts = new Map<string, HostHandler>([
    ['api.bitbucket.org', bitbucket],
    ['api.atlassian.com', atlassianApi],
    ['*.atlassian.net', jira],
  ]);

  const server = https.createServer({ key: pki.key, cert: pki.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if (cloud.gate)
        await cloud.gate.hold(`${req.method} ${req.headers.host}${(req.url ?? '').split('?')[0]}`);
      const host = (req.headers.host ?? '').replace(/:443$/, '').toLowerCase();
      const handler =
        hosts.get(host) ?? [...hosts.entries()].find(([pattern]) => wildcard(pattern, host))?.[1];
      if (!handler) {
        res.writeHead(502, { 'content-type': 'text/plain' }).end('no simulator for this host');
        return;
      }
      const raw = Buffer.concat(chunks);
      handler.handle(req, res, raw.toString('utf8'), raw).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const httpsPort = (server.address() as AddressInfo).port;

  const tunnels: string[] = [];
  const tunnelLog: Tunnel[] = [];
  const sockets = new Set<net.Socket>();
  const proxy = http.createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    tunnelLog.push({
      host: req.url ?? '',
      at: performance.now(),
      wave: cloud.gate ? cloud.gate.waves.length - 1 : undefined,
    });
    const distance = cloud.distanceMs;
    const upstream = net.connect(httpsPort, '127.0.0.1', () => {
      setTimeout(() => {
        if (client.destroyed) return;
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) upstream.write(head);
        carry(upstream, client, distance / 2);
        carry(client, upstream, distance / 2);
      }, distance);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  const agents: ProxyAgent[] = [];
  const cloud: Cloud = {
    gate: undefined,
    bitbucket,
    jira,
    admin,
    hosts,
    proxyUrl,
    caFile: pki.caFile,
    tunnels,
    tunnelLog,
    distanceMs: 0,
    env: () => ({ HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: pki.caFile }),
    dispatcher: () => {
      const agent = new ProxyAgent({ uri: proxyUrl, requestTls: { ca: pki.ca } });
      agents.push(agent);
      return agent;
    },
    close: async () => {
      await Promise.all(agents.map((a) => a.close()));
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => proxy.close(r))]);
    },
  };
  return cloud;
}

function wildcard(pattern: string, host: string): boolean {
  return (
    pattern.startsWith('*.') &&
    host.endsWith(pattern.slice(1)) &&
    host.split('.').length === pattern.split('.').length
  );
}
