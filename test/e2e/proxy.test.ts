/**
 * The HTTP client through a real forward proxy (Debian's squid) to a local TLS server whose
 * certificate comes from a test CA, trusted through NODE_EXTRA_CA_CERTS, as on a self-hosted runner
 * behind a TLS-inspecting corporate proxy. Each request runs in a child process so the proxy and CA
 * variables are read at start-up, as in production.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNode } from '../support/action.js';
import { findSquid, type Squid, startSquid } from '../support/squid.js';
import { testPki } from '../support/tls.js';

const probe = path.resolve(import.meta.dirname, '../support/http-probe.ts');
/** Node runs the sources as they are; this resolves their `.js` imports to the `.ts` files. */
const sourceImports = path.resolve(import.meta.dirname, '../support/ts-resolve.mjs');
const squidBinary = findSquid();
const inCi = process.env.CI === 'true';
const skipReason = squidBinary
  ? undefined
  : 'squid is not installed (.ci/run installs it: apt-get install squid)';
if (skipReason && !inCi) console.warn(`Skipping the proxy tests: ${skipReason}.`);

describe.skipIf(skipReason !== undefined && !inCi)('HTTP client through squid', () => {
  let squid: Squid;
  let server: https.Server;
  let origin: string;
  let busyCalls = 0;

  beforeAll(async () => {
    if (!squidBinary) throw new Error(skipReason);
    const pki = testPki();
    server = https.createServer({ key: pki.key, cert: pki.cert }, (req, res) => {
      if (req.url === '/ok') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      } else if (req.url === '/slow') {
        setTimeout(() => res.writeHead(200).end(), 3000).unref();
      } else if (req.url === '/reset') {
        req.socket.destroy();
      } else if (req.url === '/busy') {
        busyCalls++;
        if (busyCalls === 1)
          res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down');
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    squid = await startSquid(squidBinary);
  });

  afterAll(async () => {
    await squid?.stop();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  const send = async (urlPath: string, env: Record<string, string>, timeoutMs = 5000, retries = 0) => {
    const result = await spawnNode(
      ['--import', sourceImports, probe, `${origin}${urlPath}`, String(timeoutMs), String(retries)],
      {
        PATH: process.env.PATH ?? '',
        ...env,
      },
    );
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { outcome: Record<string, unknown>; logs: string[] };
  };
  const viaSquid = () => ({ HTTPS_PROXY: squid.url, NODE_EXTRA_CA_CERTS: testPki().caFile });
  const tunnelled = () =>
    squid.accessLog().filter((line) => line.includes(`CONNECT ${origin.slice(8)}`)).length;

  it('tunnels through the proxy and trusts the CA from NODE_EXTRA_CA_CERTS', async () => {
    const before = tunnelled();
    const { outcome } = await send('/ok', viaSquid());
    expect(outcome).toMatchObject({
      kind: 'response',
      status: 200,
      body: { kind: 'json', value: { ok: true } },
    });
    expect(tunnelled()).toBe(before + 1);
  });

  it('works with the lower-case variable too', async () => {
    const { outcome } = await send('/ok', { https_proxy: squid.url, NODE_EXTRA_CA_CERTS: testPki().caFile });
    expect(outcome).toMatchObject({ kind: 'response', status: 200 });
  });

  it('reports an untrusted certificate without the CA, and does not retry it', async () => {
    const { outcome } = await send('/ok', { HTTPS_PROXY: squid.url }, 5000, 2);
    expect(outcome).toMatchObject({
      kind: 'network',
      attempts: 1,
      description: 'the server certificate was not trusted',
    });
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const before = squid.accessLog().length;
    const { outcome } = await send('/ok', { ...viaSquid(), NO_PROXY: '127.0.0.1' });
    expect(outcome).toMatchObject({ kind: 'response', status: 200 });
    expect(squid.accessLog().length).toBe(before);
  });

  it('times out a server slower than the timeout', async () => {
    const { outcome } = await send('/slow', viaSquid(), 500);
    expect(outcome).toMatchObject({ kind: 'timeout' });
  });

  it('reports a server that resets connections as a network error, after retrying', async () => {
    const { outcome, logs } = await send('/reset', viaSquid(), 5000, 1);
    expect(outcome).toMatchObject({ kind: 'network', attempts: 2 });
    expect(logs).toHaveLength(1);
  });

  it('waits for Retry-After on 429, then succeeds', async () => {
    const { outcome, logs } = await send('/busy', viaSquid(), 5000, 2);
    expect(outcome).toMatchObject({ kind: 'response', status: 200, attempts: 2 });
    expect(logs[0]).toMatch(/in 1\.0 s after HTTP 429 with Retry-After/);
  });
});
