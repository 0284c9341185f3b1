/**
 * Which outcomes are worth another attempt, and how long to wait. Atlassian counts requests per
 * account over a rolling hour, a budget Entitle shares, so a retry has to be worth it.
 */
import { isCertificateCode } from './network-codes.js';
import type { HttpOutcome } from './outcome.js';

/** Statuses worth another attempt; 400, 401, 403 and 404 never are. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * A 429 is worth another attempt only when Retry-After asks for a short wait: without it (or with a
 * long one) a retry spends more of a budget that Entitle shares, and fails again.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;

/** Milliseconds from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function isRetryable(outcome: HttpOutcome, now: number): boolean {
  if (outcome.kind === 'response' && outcome.status === 429) {
    const wait = parseRetryAfter(outcome.headers['retry-after'], now);
    return wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_MS;
  }
  return (
    (outcome.kind === 'response' && RETRYABLE_STATUSES.has(outcome.status)) ||
    (outcome.kind === 'network' && !isCertificateCode(outcome.code))
  );
}

export function retryReason(outcome: HttpOutcome, retryAfter: number | undefined): string {
  if (outcome.kind === 'response')
    return `HTTP ${outcome.status}${retryAfter !== undefined ? ' with Retry-After' : ''}`;
  return outcome.kind === 'network' ? `${outcome.description} (${outcome.code})` : outcome.kind;
}

/** How long before attempt `next`: Retry-After when given, else exponential backoff with jitter. */
export function backoffMs(
  next: number,
  outcome: HttpOutcome,
  now: number,
  base: number,
  random: () => number,
): { wait: number; retryAfter: number | undefined } {
  const retryAfter =
    outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], now) : undefined;
  return { wait: Math.round(retryAfter ?? base * 2 ** (next - 2) * (0.5 + random() / 2)), retryAfter };
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
