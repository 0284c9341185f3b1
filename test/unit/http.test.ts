import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient, type HttpClientOptions } from '../../src/net/client.js';
import { faultOf, reachability } from '../../src/net/faults.js';
import { type Exchange, type HttpOutcome, jsonBody, outcomeLabel } from '../../src/net/outcome.js';
import { parseRetryAfter } from '../../src/net/retry-policy.js';

/** The fix the network finding for this outcome gives, as a run reports it. */
const networkFix = (outcome: HttpOutcome, host: string) =>
  reachability([
    {
      host,
      request: 'GET /x',
      status: undefined,
      fault: faultOf(outcome, host),
      label: outcomeLabel(outcome),
    },
  ])[0]?.fix;

const ORIGIN = 'https://api.example.test';

let agent: MockAgent;
let clock: number;
let sleeps: number[];
let logs: string[];
let exchanges: Exchange[];

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  clock = 1_000_000;
  sleeps = [];
  logs = [];
  exchanges = [];
});
afterEach(async () => {
  await agent.close();
});

function client(overrides: Partial<HttpClientOptions> = {}) {
  return createHttpClient({
    dispatcher: agent,
    deadline: clock + 60_000,
    requestTimeoutMs: 10_000,
    maxRetries: 2,
    userAgent: 'entitle-bitbucket-check/test',
    log: (m) => logs.push(m),
    onExchange: (e) => exchanges.push(e),
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    ...overrides,
  });
}

const pool = () => agent.get(ORIGIN);
const json = { headers: { 'content-type': 'application/json' } };

describe('responses', () => {
  it('parses a JSON body and sends the User-Agent', async () => {
    pool()
      .intercept({ path: '/ok', method: 'GET', headers: { 'user-agent': 'entitle-bitbucket-check/test' } })
      .reply(200, { hello: 'world' }, json);
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/ok` });
    expect(outcome).toMatchObject({ kind: 'response', status: 200, attempts: 1, body: { kind: 'json' } });
    expect(jsonBody(outcome, z.object({ hello: z.string() }))).toEqual({ hello: 'world' });
    expect(jsonBody(outcome, z.object({ other: z.string() }))).toBeUndefined();
  });

  it('keeps a non-JSON body as text, and marks invalid JSON', async () => {
    pool()
      .intercept({ path: '/text', method: 'GET' })
      .reply(401, 'Login failed', { headers: { 'content-type': 'text/plain' } });
    pool().intercept({ path: '/bad', method: 'GET' }).reply(200, '{not json', json);
    expect(await client().send({ method: 'GET', url: `${ORIGIN}/text` })).toMatchObject({
      status: 401,
      body: { kind: 'text', text: 'Login failed' },
    });
    expect(await client().send({ method: 'GET', url: `${ORIGIN}/bad` })).toMatchObject({
      body: { kind: 'invalid-json' },
    });
  });

  it('does not read past the size cap', async () => {
    pool().intercept({ path: '/big', method: 'GET' }).reply(200, 'x'.repeat(2048), json);
    const outcome = await client({ maxBodyBytes: 1024 }).send({ method: 'GET', url: `${ORIGIN}/big` });
    expect(outcome).toMatchObject({ kind: 'response', body: { kind: 'too-large' } });
    expect(faultOf(outcome, 'api.example.test')?.message).toMatch(/larger than 1 MiB/);
  });

  it('does not follow a redirect', async () => {
    pool()
      .intercept({ path: '/moved', method: 'GET' })
      .reply(301, '', { headers: { location: 'https://elsewhere.test/' } });
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/moved` });
    expect(outcome).toMatchObject({
      kind: 'response',
      status: 301,
      headers: { location: 'https://elsewhere.test/' },
    });
    expect(exchanges).toHaveLength(1);
  });

  it('sends a JSON body', async () => {
    pool()
      .intercept({
        path: '/put',
        method: 'PUT',
        body: '{"permission":"x"}',
        headers: { 'content-type': 'application/json' },
      })
      .reply(400, { error: {} }, json);
    expect(
      await client().send({ method: 'PUT', url: `${ORIGIN}/put`, json: { permission: 'x' } }),
    ).toMatchObject({
      status: 400,
    });
  });
});

describe('retries', () => {
  it.each([400, 401, 403, 404])('never retries %i', async (status) => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(status, {}, json);
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({ status, attempts: 1 });
    expect(sleeps).toEqual([]);
  });

  it('does not retry a 429 without Retry-After: the limit is per rolling hour', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(429, 'Rate limit exceeded');
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({ kind: 'response', status: 429, attempts: 1 });
    expect(sleeps).toEqual([]);
    expect(faultOf(outcome, 'api.example.test')?.message).toMatch(
      /hourly request budget, shared by Entitle and any other automation using this account/,
    );
  });

  it('does not retry a 429 whose Retry-After is longer than 10 s', async () => {
    pool()
      .intercept({ path: '/x', method: 'GET' })
      .reply(429, '', { headers: { 'retry-after': '11' } });
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({ status: 429, attempts: 1 });
    expect(sleeps).toEqual([]);
  });

  it.each([502, 503, 504])('retries %i with exponential backoff and logs why', async (status) => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(status, 'busy').times(2);
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, {}, json);
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({ kind: 'response', status: 200, attempts: 3 });
    expect(sleeps).toEqual([375, 750]);
    expect(logs[0]).toBe(`Retrying GET api.example.test/x in 375 ms after HTTP ${status} (attempt 2 of 3).`);
  });

  it('returns the last response when retries run out', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(503, 'down').times(3);
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({ kind: 'response', status: 503, attempts: 3 });
    expect(faultOf(outcome, 'api.example.test')?.message).toBe(
      'api.example.test answered HTTP 503 (service unavailable) after 3 attempts.',
    );
  });

  it('honours Retry-After in seconds', async () => {
    pool()
      .intercept({ path: '/x', method: 'GET' })
      .reply(429, '', { headers: { 'retry-after': '7' } });
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, {}, json);
    await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(sleeps).toEqual([7000]);
    expect(logs[0]).toContain('HTTP 429 with Retry-After');
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(clock + 12_000).toUTCString();
    pool()
      .intercept({ path: '/x', method: 'GET' })
      .reply(503, '', { headers: { 'retry-after': at } });
    pool().intercept({ path: '/x', method: 'GET' }).reply(200, {}, json);
    await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(11_000);
    expect(sleeps[0]).toBeLessThanOrEqual(12_000);
  });

  it('does not wait past the deadline: the retry is cut short', async () => {
    pool()
      .intercept({ path: '/x', method: 'GET' })
      .reply(503, '', { headers: { 'retry-after': '120' } });
    const outcome = await client({ deadline: clock + 30_000 }).send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({ kind: 'response', status: 503, attempts: 1 });
    expect(sleeps).toEqual([]);
    expect(logs[0]).toMatch(/would pass the run's deadline/);
  });

  it('retries network errors, and reports the kind when they persist', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    pool().intercept({ path: '/x', method: 'GET' }).replyWithError(reset).times(3);
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({
      kind: 'network',
      code: 'ECONNRESET',
      description: 'connection reset',
      attempts: 3,
    });
    expect(logs).toHaveLength(2);
    expect(faultOf(outcome, 'api.example.test')?.message).toBe(
      'Could not reach api.example.test: connection reset (ECONNRESET) after 3 attempts.',
    );
  });

  it('does not retry an untrusted certificate', async () => {
    const cert = Object.assign(new Error('self-signed'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    pool().intercept({ path: '/x', method: 'GET' }).replyWithError(cert);
    const outcome = await client().send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toMatchObject({ kind: 'network', attempts: 1 });
    expect(networkFix(outcome, 'api.example.test')).toMatch(/NODE_EXTRA_CA_CERTS/);
  });
});

describe('time', () => {
  it('times out a slow answer', async () => {
    pool().intercept({ path: '/slow', method: 'GET' }).reply(200, {}, json).delay(500);
    const outcome = await client({ requestTimeoutMs: 50, now: Date.now, deadline: Date.now() + 60_000 }).send(
      {
        method: 'GET',
        url: `${ORIGIN}/slow`,
      },
    );
    expect(outcome).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(networkFix(outcome, 'api.example.test')).toMatch(/timeout-seconds/);
  });

  it('reports the deadline when it cuts an attempt short', async () => {
    pool().intercept({ path: '/slow', method: 'GET' }).reply(200, {}, json).delay(500);
    const outcome = await client({ requestTimeoutMs: 10_000, now: Date.now, deadline: Date.now() + 50 }).send(
      {
        method: 'GET',
        url: `${ORIGIN}/slow`,
      },
    );
    expect(outcome).toMatchObject({ kind: 'deadline' });
  });

  it('sends nothing once the deadline has passed', async () => {
    const outcome = await client({ deadline: clock - 1 }).send({ method: 'GET', url: `${ORIGIN}/x` });
    expect(outcome).toEqual({ kind: 'deadline', attempts: 0 });
    expect(exchanges).toEqual([]);
  });
});

describe('request cap', () => {
  it('sends no more than the cap, retries included, and says why', async () => {
    pool().intercept({ path: '/x', method: 'GET' }).reply(503, '').times(2);
    pool().intercept({ path: '/y', method: 'GET' }).reply(200, {}, json);
    const capped = client({ maxRequests: 2 });
    expect(await capped.send({ method: 'GET', url: `${ORIGIN}/x` })).toMatchObject({
      status: 503,
      attempts: 2,
    });
    const refused = await capped.send({ method: 'GET', url: `${ORIGIN}/y` });
    expect(refused).toEqual({ kind: 'budget', attempts: 0, limit: 2 });
    expect(faultOf(refused, 'api.example.test')?.message).toMatch(/cap of 2 requests/);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and dates, and ignores nonsense', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 1000)).toBe(4000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 9000)).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});
