/**
 * What a request is and what became of it: four outcomes, so a check can tell "the credential is
 * wrong" (a response) from "we could not find out" (no answer in time, a network error, the run's
 * deadline or request cap), which is inconclusive, never a pass and never a missing scope.
 */
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'PUT' | 'DELETE';

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

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpOutcome>;
}

/** One request as sent and answered, for `--verbose` and for counting; never with headers. */
export interface Exchange {
  method: HttpMethod;
  host: string;
  path: string;
  attempt: number;
  /** The status, or the outcome's label, e.g. `network (ECONNREFUSED)`. */
  result: string;
  durationMs: number;
}

/** Per-attempt cap; the run's deadline (timeout-seconds) bounds everything together. */
export const REQUEST_TIMEOUT_MS = 20_000;

/** The one way an outcome is written: `403`, `network (ECONNREFUSED)`, `timeout`, `deadline`, `budget`. */
export function outcomeLabel(outcome: HttpOutcome): string {
  if (outcome.kind === 'response') return String(outcome.status);
  return outcome.kind === 'network' ? `network (${outcome.code})` : outcome.kind;
}

/** The network error code in a label written by outcomeLabel, for reading a transcript back. */
export function networkCodeOfLabel(label: string): string | undefined {
  return /^network \((.+)\)$/.exec(label)?.[1];
}

/** The JSON body validated against a schema, or undefined when it is absent or of another shape. */
export function jsonBody<T>(outcome: HttpOutcome, schema: z.ZodType<T>): T | undefined {
  if (outcome.kind !== 'response' || outcome.body.kind !== 'json') return undefined;
  const result = schema.safeParse(outcome.body.value);
  return result.success ? result.data : undefined;
}

/** The HTTP Basic credentials header; the only place a credential is put into a request. */
export function basicAuthorization(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}

/**
 * One attempt as sent and answered, for debug output and --verbose:
 * `GET api.bitbucket.org/2.0/user → 403 (41 ms)`, with the attempt when it was a retry.
 */
export function describeExchange(e: Exchange): string {
  return `${e.method} ${e.host}${e.path} → ${e.result} (${e.durationMs} ms)${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}`;
}
