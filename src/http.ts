/**
 * The one HTTP client every remote check uses. It turns every request into one of four outcomes,
 * so a check can tell "the credential is wrong" (a response) from "we could not find out" (timeout,
 * network error, deadline), which is inconclusive, never a pass and never a missing scope.
 *
 * Retries are written here rather than taken from undici's retry interceptor: the interceptor turns
 * a status that is still retryable after the last attempt into an error, losing the response (its
 * status, headers and body) that the checks classify, and it knows nothing of the run's deadline.
 */
import type { Dispatcher } from 'undici';
import api from 'undici/lib/api/index.js';
import DispatcherBase from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import Pool from 'undici/lib/dispatcher/pool.js';

// What undici's index does to give every dispatcher request(), connect() and the rest; loading these
// parts rather than the index leaves fetch, WebSocket, the cache and the mocks out of every full run.
Object.assign(DispatcherBase.prototype, api);

export type { Dispatcher };

import type { z } from 'zod';

/**
 * The production dispatcher: honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as
 * self-hosted runners behind a corporate proxy need. TLS trusts Node's store, which includes
 * NODE_EXTRA_CA_CERTS, so a TLS-inspecting proxy's CA works too.
 */
export function createDefaultDispatcher(limits: PhaseLimits): Dispatcher {
  return new EnvHttpProxyAgent({
    // TCP and TLS, to the proxy and (through its tunnel) to the server.
    connectTimeout: limits.connectMs,
    headersTimeout: limits.headersMs,
    bodyTimeout: limits.bodyMs,
    // The proxy's answer to CONNECT: undici's proxy client has no limit of its own on it.
    clientFactory: (origin: URL, options: object) =>
      new Pool(origin, { ...options, headersTimeout: limits.connectMs, bodyTimeout: limits.connectMs }),
  });
}

/**
 * Limits per phase of a request. Beneath them, every attempt also has a hard stop of its own (see
 * send), because undici does not always honour an abort signal, for instance while a proxy that
 * accepted the connection says nothing.
 */
export interface PhaseLimits {
  connectMs: number;
  headersMs: number;
  /** Between two chunks of the body; the hard stop bounds a body that trickles. */
  bodyMs: number;
}

export const MAX_BODY_BYTES = 1024 * 1024;
/** Statuses worth another attempt; 400, 401, 403 and 404 never are. */
export const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

export type HttpMethod = 'GET' | 'PUT' | 'DELETE' | 'POST' | 'HEAD';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  /** A JSON body; sent with `Content-Type: application/json`. */
  json?: unknown;
}

/**
 * The body as received. Text bodies are kept only so checks can match known phrases; they are never
 * logged or rendered, since error pages can embed session data.
 */
export type ResponseBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid-json' }
  | { kind: 'text'; text: string }
  | { kind: 'empty' }
  | { kind: 'too-large' };

export type HttpOutcome =
  | {
      kind: 'response';
      status: number;
      headers: Record<string, string>;
      body: ResponseBody;
      attempts: number;
    }
  | { kind: 'timeout'; attempts: number; timeoutMs: number; proxy?: string }
  | { kind: 'network'; attempts: number; code: string; description: string; proxy?: string }
  | { kind: 'deadline'; attempts: number; proxy?: string }
  | { kind: 'budget'; attempts: number; limit: number };

export type HttpResponse = Extract<HttpOutcome, { kind: 'response' }>;

/** One request as sent and answered, for `--verbose` and for counting; never with headers. */
export interface Exchange {
  method: HttpMethod;
  host: string;
  path: string;
  attempt: number;
  /** The status, or the outcome's kind with its error code, e.g. `network (ECONNREFUSED)`. */
  result: string;
  durationMs: number;
}

export interface HttpClientOptions {
  dispatcher: Dispatcher;
  /** Epoch milliseconds by which the whole run must be over. */
  deadline: number;
  /** Upper bound for one attempt. */
  requestTimeoutMs: number;
  maxRetries: number;
  userAgent: string;
  log: (message: string) => void;
  onExchange?: (exchange: Exchange) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  maxBodyBytes?: number;
  /** First backoff delay; doubled per attempt, with jitter. */
  backoffBaseMs?: number;
  /** Most attempts the client sends in its lifetime, retries included. */
  maxRequests?: number;
  /** The proxy (`host:port`) a URL is reached through, named in outcomes that got no answer. */
  proxyFor?: (url: URL) => string | undefined;
  /** Every attempt's outcome, for a transcript; it sends nothing and waits for nothing. */
  onOutcome?: (request: HttpRequest, outcome: HttpOutcome, durationMs: number) => void;
}

/** A healthy run sends 13 requests; this bounds a run that pages or retries far more than that. */
export const MAX_REQUESTS = 40;

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpOutcome>;
}

const NETWORK_DESCRIPTIONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'connection closed unexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_PRX_CONN: 'the proxy refused or failed the connection',
  UND_ERR_PRX_TLS: 'TLS with the proxy failed',
  UND_ERR_CLOSED: 'connection closed',
  EPROTO: 'TLS handshake failed',
  ECONNABORTED: 'connection aborted',
};

/** Certificate problems repeat identically on every attempt; they are reported, not retried. */
const CERTIFICATE_CODES =
  /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_TLS_CERT|HOSTNAME_MISMATCH|ERR_SSL_|ERR_TLS_INVALID)/;

function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      code !== 'UND_ERR' &&
      code !== 'UND_ERR_ABORTED' &&
      code !== 'UND_ERR_ABORT'
    ) {
      return code;
    }
    current = (current as { cause?: unknown }).cause;
  }
  const message = error instanceof Error ? error.message : '';
  if (/Proxy response \(\d+\)/.test(message)) return 'UND_ERR_PRX_CONN';
  return 'UNKNOWN';
}

export function describeNetworkCode(code: string): string {
  if (Object.hasOwn(NETWORK_DESCRIPTIONS, code)) return NETWORK_DESCRIPTIONS[code] as string;
  if (CERTIFICATE_CODES.test(code)) return 'the server certificate was not trusted';
  return 'the connection failed';
}

function isTimeout(error: unknown, code: string): boolean {
  const name = (error as { name?: string }).name;
  return (
    name === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'ABORT_ERR' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  );
}

/** Milliseconds from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());
}

async function readBody(body: Dispatcher.ResponseData['body'], contentType: string | undefined, cap: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > cap) {
      body.destroy();
      return { kind: 'too-large' } as const;
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return { kind: 'empty' } as const;
  const text = Buffer.concat(chunks).toString('utf8');
  if (!isJsonType(contentType)) return { kind: 'text', text } as const;
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown } as const;
  } catch {
    return { kind: 'invalid-json' } as const;
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One attempt, answered or thrown; the caller turns a throw into an outcome. */
async function attempt(
  options: HttpClientOptions,
  req: HttpRequest,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Extract<HttpOutcome, { kind: 'response' }>> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: 'application/json',
    ...req.headers,
  };
  let body: string | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = 'application/json';
  }
  const url = new URL(req.url);
  const response = await options.dispatcher.request({
    origin: url.origin,
    path: `${url.pathname}${url.search}`,
    method: req.method,
    headers,
    body,
    signal,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const flat = flattenHeaders(response.headers);
  const parsed = await readBody(response.body, flat['content-type'], options.maxBodyBytes ?? MAX_BODY_BYTES);
  return { kind: 'response', status: response.statusCode, headers: flat, body: parsed, attempts: 0 };
}

/**
 * The attempt, stopped at its time limit whatever undici does: the stop aborts the request and
 * settles at once, so a hung connection, tunnel or body can delay a run by no more than the limit.
 */
async function attemptWithin(
  options: HttpClientOptions,
  req: HttpRequest,
  timeoutMs: number,
): Promise<Extract<HttpOutcome, { kind: 'response' }>> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const running = attempt(options, req, timeoutMs, controller.signal);
  // The losing side of the race must not become an unhandled rejection.
  running.catch(() => {});
  try {
    return await Promise.race([running, stop]);
  } finally {
    clearTimeout(timer);
  }
}

function failedOutcome(
  error: unknown,
  attempts: number,
  timeoutMs: number,
  cutByDeadline: boolean,
): HttpOutcome {
  const code = errorCode(error);
  if (isTimeout(error, code) && code !== 'UND_ERR_CONNECT_TIMEOUT') {
    return cutByDeadline ? { kind: 'deadline', attempts } : { kind: 'timeout', attempts, timeoutMs };
  }
  return { kind: 'network', attempts, code, description: describeNetworkCode(code) };
}

function resultOf(outcome: HttpOutcome): string {
  if (outcome.kind === 'response') return String(outcome.status);
  return outcome.kind === 'network' ? `network (${outcome.code})` : outcome.kind;
}

/**
 * A 429 is worth another attempt only when Retry-After asks for a short wait: Atlassian counts
 * requests over a rolling hour, so without it (or with a long one) a retry spends more of a budget
 * that Entitle shares, and fails again.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;

function isRetryable(outcome: HttpOutcome, now: number): boolean {
  if (outcome.kind === 'response' && outcome.status === 429) {
    const wait = parseRetryAfter(outcome.headers['retry-after'], now);
    return wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_MS;
  }
  return (
    (outcome.kind === 'response' && RETRYABLE_STATUSES.has(outcome.status)) ||
    (outcome.kind === 'network' && !CERTIFICATE_CODES.test(outcome.code))
  );
}

function retryReason(outcome: HttpOutcome, retryAfter: number | undefined): string {
  if (outcome.kind === 'response')
    return `HTTP ${outcome.status}${retryAfter !== undefined ? ' with Retry-After' : ''}`;
  return outcome.kind === 'network' ? `${outcome.description} (${outcome.code})` : outcome.kind;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const backoffBase = options.backoffBaseMs ?? 500;
  const maxRequests = options.maxRequests ?? MAX_REQUESTS;
  let sent = 0;

  /** How long to wait before the next attempt, or undefined when it would pass the deadline. */
  const delayBefore = (next: number, outcome: HttpOutcome, where: string): number | undefined => {
    const retryAfter =
      outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], now()) : undefined;
    const wait = Math.round(retryAfter ?? backoffBase * 2 ** (next - 2) * (0.5 + random() / 2));
    if (now() + wait >= options.deadline) {
      options.log(`Not retrying ${where}: waiting ${formatMs(wait)} would pass the run's deadline.`);
      return undefined;
    }
    const reason = retryReason(outcome, retryAfter);
    options.log(
      `Retrying ${where} in ${formatMs(wait)} after ${reason} (attempt ${next} of ${options.maxRetries + 1}).`,
    );
    return wait;
  };

  return {
    async send(req) {
      const url = new URL(req.url);
      const where = `${req.method} ${url.host}${url.pathname}`;
      const proxy = options.proxyFor?.(url);
      let last: HttpOutcome | undefined;
      for (let attempts = 1; ; attempts++) {
        const remaining = options.deadline - now();
        if (remaining <= 0) return { kind: 'deadline', attempts: attempts - 1 };
        // Out of requests: the last answer, if there was one, says more than the cap does.
        if (sent >= maxRequests)
          return last ?? { kind: 'budget', attempts: attempts - 1, limit: maxRequests };
        sent++;
        const timeoutMs = Math.min(options.requestTimeoutMs, remaining);
        const started = now();
        performance.mark('ebc:request');
        const outcome: HttpOutcome = await attemptWithin(options, req, timeoutMs).then(
          (response) => ({ ...response, attempts }),
          (error: unknown) => ({
            ...failedOutcome(error, attempts, timeoutMs, timeoutMs < options.requestTimeoutMs),
            ...(proxy ? { proxy } : {}),
          }),
        );
        performance.mark('ebc:answer');
        const durationMs = Math.max(0, Math.round(now() - started));
        options.onOutcome?.(req, outcome, durationMs);
        options.onExchange?.({
          method: req.method,
          host: url.host,
          path: url.pathname,
          attempt: attempts,
          result: resultOf(outcome),
          durationMs,
        });
        if (!isRetryable(outcome, now()) || attempts > options.maxRetries) return outcome;
        last = outcome;
        const wait = delayBefore(attempts + 1, outcome, where);
        if (wait === undefined) return outcome;
        await sleep(wait);
      }
    },
  };
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The JSON body validated against a schema, or undefined when it is absent or of another shape. */
export function jsonBody<T>(outcome: HttpOutcome, schema: z.ZodType<T>): T | undefined {
  if (outcome.kind !== 'response' || outcome.body.kind !== 'json') return undefined;
  const result = schema.safeParse(outcome.body.value);
  return result.success ? result.data : undefined;
}

const STATUS_NAMES: Record<number, string> = {
  429: 'too many requests',
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

/**
 * Why an outcome proves nothing, for an inconclusive finding: what happened, with the host, and what
 * to try. Undefined when the outcome is a response that says something about the credentials.
 */
export function inconclusiveReason(
  outcome: HttpOutcome,
  host: string,
): { message: string; fix: string } | undefined {
  const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : '';
  const via = 'proxy' in outcome && outcome.proxy ? ` through the proxy ${outcome.proxy}` : '';
  const network =
    `Check that the runner can reach ${host} (on self-hosted runners: HTTPS_PROXY and NO_PROXY, and ` +
    'NODE_EXTRA_CA_CERTS for a TLS-inspecting proxy), then run again.';
  switch (outcome.kind) {
    case 'timeout':
      return {
        message: `No answer from ${host}${via} within ${Math.round(outcome.timeoutMs / 1000)} s${tries}.`,
        fix: `${network} Raise \`timeout-seconds\` if the network is slow.`,
      };
    case 'budget':
      return {
        message: `The run's cap of ${outcome.limit} requests was reached before the request to ${host} could be sent.`,
        fix: 'Run again; if it recurs, report it: a healthy run sends far fewer requests.',
      };
    case 'deadline':
      return {
        message: `No answer from ${host}${via} before the run's deadline${tries}.`,
        fix: 'Raise `timeout-seconds`, or run again when the network is less busy.',
      };
    case 'network':
      return {
        message: `Could not reach ${host}${via}: ${outcome.description} (${outcome.code})${tries}.`,
        fix:
          outcome.description === 'the server certificate was not trusted'
            ? `The TLS certificate presented for ${host} is not trusted. Behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA certificate file.`
            : network,
      };
    case 'response': {
      const { status } = outcome;
      if (status === 429) {
        return {
          message: `${host} refused the request: the token's request limit is reached (HTTP 429)${tries}. Atlassian counts requests over a rolling hour, and Entitle's requests with this token count too.`,
          fix: "Run again after the rolling hour has freed requests (up to an hour); schedule this check no more often than needed, since it spends the token's limit that Entitle shares.",
        };
      }
      if (status >= 500) {
        return {
          message: `${host} answered HTTP ${status}${STATUS_NAMES[status] ? ` (${STATUS_NAMES[status]})` : ''}${tries}.`,
          fix: 'The service had a fault; run again later, and check https://status.atlassian.com.',
        };
      }
      if (outcome.body.kind === 'too-large') {
        return {
          message: `${host} sent a response larger than 1 MiB, which was not read.`,
          fix: 'Run again; if it persists, report it with the request named in the details.',
        };
      }
      return undefined;
    }
  }
}
