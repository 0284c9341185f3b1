/**
 * One attempt over undici, through its public API: the proxy-aware agent, a request with per-phase
 * limits and a hard stop of its own, a body read up to a cap. An attempt is answered or thrown; a
 * throw becomes an outcome here, named by its error code.
 */
import { type Dispatcher, EnvHttpProxyAgent, Pool } from 'undici';
import { MAX_JSON_DEPTH, nestingDepth } from './json-depth.js';
import { describeNetworkCode } from './network-codes.js';
import type { HttpOutcome, HttpRequest, HttpResponse } from './outcome.js';
import { type ConnectionPlan, warmingFactory } from './warm-pool.js';

export type { ConnectionPlan, Dispatcher };

/**
 * Limits per phase of a request. Beneath them, every attempt also has a hard stop of its own (see
 * attemptWithin), because undici does not always honour an abort signal, for instance while a proxy
 * that accepted the connection says nothing.
 */
export interface PhaseLimits {
  connectMs: number;
  headersMs: number;
  /** Between two chunks of the body; the hard stop bounds a body that trickles. */
  bodyMs: number;
}

/**
 * The production dispatcher: honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), as
 * self-hosted runners behind a corporate proxy need. TLS trusts Node's store, which includes
 * NODE_EXTRA_CA_CERTS, so a TLS-inspecting proxy's CA works too.
 */
export function createDefaultDispatcher(
  limits: PhaseLimits,
  connections: ConnectionPlan = () => undefined,
): Dispatcher {
  return new EnvHttpProxyAgent({
    // Each origin's planned connections, opened together with its first request (warm-pool.ts).
    factory: warmingFactory(connections),
    // TCP and TLS, to the proxy and (through its tunnel) to the server.
    connectTimeout: limits.connectMs,
    headersTimeout: limits.headersMs,
    bodyTimeout: limits.bodyMs,
    // The proxy's answer to CONNECT: undici's proxy client has no limit of its own on it.
    clientFactory: (origin: URL, options: object) =>
      new Pool(origin, { ...options, headersTimeout: limits.connectMs, bodyTimeout: limits.connectMs }),
  });
}

export const MAX_BODY_BYTES = 1024 * 1024;

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
  // One depth limit for every parse of server JSON: deeper than any answer the checks read is not
  // read at all, so nothing downstream (judges, scrubbing, recording) recurses into it.
  if (nestingDepth(text) > MAX_JSON_DEPTH) return { kind: 'invalid-json' } as const;
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown } as const;
  } catch {
    return { kind: 'invalid-json' } as const;
  }
}

export interface AttemptSettings {
  dispatcher: Dispatcher;
  userAgent: string;
  maxBodyBytes?: number;
}

/** One attempt, answered or thrown; the caller turns a throw into an outcome. */
async function attempt(
  settings: AttemptSettings,
  req: HttpRequest,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<HttpResponse> {
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: 'application/json',
    ...req.headers,
  };
  let body: string | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = 'application/json';
  }
  const url = new URL(req.url);
  const response = await settings.dispatcher.request({
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
  const parsed = await readBody(response.body, flat['content-type'], settings.maxBodyBytes ?? MAX_BODY_BYTES);
  return { kind: 'response', status: response.statusCode, headers: flat, body: parsed, attempts: 0 };
}

/**
 * The attempt, stopped at its time limit whatever undici does: the stop aborts the request and
 * settles at once, so a hung connection, tunnel or body can delay a run by no more than the limit.
 */
export async function attemptWithin(
  settings: AttemptSettings,
  req: HttpRequest,
  timeoutMs: number,
): Promise<HttpResponse> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  const running = attempt(settings, req, timeoutMs, controller.signal);
  // The losing side of the race must not become an unhandled rejection.
  running.catch(() => {});
  try {
    return await Promise.race([running, stop]);
  } finally {
    clearTimeout(timer);
  }
}

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

/** A thrown attempt as an outcome: a timeout (or the deadline, when that cut it short), or a network error. */
export function failedOutcome(
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
