/**
 * The one HTTP client every remote check uses: attempts within the run's deadline, bounded retries,
 * and a cap on requests per run. Every request ends as one of the outcomes in outcome.ts.
 *
 * Retries are written here rather than taken from undici's retry interceptor: the interceptor turns
 * a status that is still retryable after the last attempt into an error, losing the response (its
 * status, headers and body) that the checks classify, and it knows nothing of the run's deadline.
 */
import {
  type Exchange,
  type HttpClient,
  type HttpOutcome,
  type HttpRequest,
  outcomeLabel,
} from './outcome.js';
import { backoffMs, formatMs, isRetryable, retryReason } from './retry-policy.js';
import { type AttemptSettings, attemptWithin, failedOutcome } from './transport.js';

export interface HttpClientOptions extends AttemptSettings {
  /** Epoch milliseconds by which the whole run must be over. */
  deadline: number;
  /** Upper bound for one attempt. */
  requestTimeoutMs: number;
  maxRetries: number;
  log: (message: string) => void;
  onExchange?: (exchange: Exchange) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** First backoff delay; doubled per attempt, with jitter. */
  backoffBaseMs?: number;
  /** Most attempts the client sends in its lifetime, retries included. */
  maxRequests?: number;
  /** The proxy (`host:port`) a URL is reached through, named in outcomes that got no answer. */
  proxyFor?: (url: URL) => string | undefined;
  /** Every attempt's outcome, for a transcript; it sends nothing and waits for nothing. */
  onOutcome?: (request: HttpRequest, outcome: HttpOutcome, durationMs: number) => void;
}

/** A healthy run sends about a dozen requests; this bounds a run that pages or retries far more. */
export const MAX_REQUESTS = 40;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long to wait before the next attempt, or undefined when it would pass the deadline. */
function retryDelay(
  options: HttpClientOptions,
  now: number,
  next: number,
  outcome: HttpOutcome,
  where: string,
): number | undefined {
  const base = options.backoffBaseMs ?? 500;
  const { wait, retryAfter } = backoffMs(next, outcome, now, base, options.random ?? Math.random);
  if (now + wait >= options.deadline) {
    options.log(`Not retrying ${where}: waiting ${formatMs(wait)} would pass the run's deadline.`);
    return undefined;
  }
  const reason = retryReason(outcome, retryAfter);
  options.log(
    `Retrying ${where} in ${formatMs(wait)} after ${reason} (attempt ${next} of ${options.maxRetries + 1}).`,
  );
  return wait;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const maxRequests = options.maxRequests ?? MAX_REQUESTS;
  let sent = 0;

  const delayBefore = (next: number, outcome: HttpOutcome, where: string) =>
    retryDelay(options, now(), next, outcome, where);

  /** One attempt, reported to the listeners; never throws. */
  const attemptOnce = async (req: HttpRequest, url: URL, attempts: number, remaining: number) => {
    const timeoutMs = Math.min(options.requestTimeoutMs, remaining);
    const started = now();
    const proxy = options.proxyFor?.(url);
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
    const { method } = req;
    const exchange = { method, host: url.host, path: url.pathname, attempt: attempts, durationMs };
    options.onExchange?.({ ...exchange, result: outcomeLabel(outcome) });
    return outcome;
  };

  return {
    async send(req) {
      const url = new URL(req.url);
      const where = `${req.method} ${url.host}${url.pathname}`;
      let last: HttpOutcome | undefined;
      for (let attempts = 1; ; attempts++) {
        const remaining = options.deadline - now();
        if (remaining <= 0) return { kind: 'deadline', attempts: attempts - 1 };
        // Out of requests: the last answer, if there was one, says more than the cap does.
        if (sent >= maxRequests)
          return last ?? { kind: 'budget', attempts: attempts - 1, limit: maxRequests };
        sent++;
        const outcome = await attemptOnce(req, url, attempts, remaining);
        if (!isRetryable(outcome, now()) || attempts > options.maxRetries) return outcome;
        last = outcome;
        const wait = delayBefore(attempts + 1, outcome, where);
        if (wait === undefined) return outcome;
        await sleep(wait);
      }
    },
  };
}
