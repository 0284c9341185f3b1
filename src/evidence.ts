/**
 * What a remote check keeps of each request it sent: the request as shown to users (method and path,
 * never headers) and its outcome. Judges read these records; evidence lines are made from them.
 */
import type { Exchange, HttpOutcome, HttpResponse } from './http.js';

export interface Probed {
  /** The host the request went to. */
  readonly host: string;
  /** The request as shown in evidence, e.g. `GET /2.0/user`; never carries a credential. */
  readonly request: string;
  readonly outcome: HttpOutcome;
}

/** Outcomes that got no answer at all: the network, a proxy, TLS or time stood in the way. */
export function unanswered(outcome: HttpOutcome): boolean {
  return outcome.kind === 'network' || outcome.kind === 'timeout' || outcome.kind === 'deadline';
}

/** A remark on a response, such as "scope error", that its remote knows how to read. */
export type ResponseRemark = (response: HttpResponse) => string | undefined;

/** `403 (scope error)`, `network (ECONNREFUSED)`, `timeout`. */
export function describeOutcome(outcome: HttpOutcome, remark?: ResponseRemark): string {
  if (outcome.kind === 'network') return `network (${outcome.code})`;
  if (outcome.kind !== 'response') return outcome.kind;
  const note = remark?.(outcome);
  return note ? `${outcome.status} (${note})` : String(outcome.status);
}

/** `GET /2.0/user → 403 (scope error)` */
export function evidenceLine(probed: Probed, remark?: ResponseRemark): string {
  return `${probed.request} → ${describeOutcome(probed.outcome, remark)}`;
}

export function statusOf(outcome: HttpOutcome): number | undefined {
  return outcome.kind === 'response' ? outcome.status : undefined;
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
