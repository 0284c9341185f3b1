/**
 * The remote half of the engine: builds the one HTTP client from the options and runs the Bitbucket
 * (and Jira) checks concurrently. Loaded only for full runs, so an offline run never loads undici.
 */
import { checkBitbucket } from './bitbucket/checks.js';
import type { RemoteChecks } from './engine.js';
import { createDefaultDispatcher, createHttpClient, type Exchange } from './http.js';
import type { Options } from './inputs.js';
import { USER_AGENT } from './version.js';

/** Per-attempt cap; the run's deadline (timeout-seconds) bounds everything together. */
const REQUEST_TIMEOUT_MS = 20_000;

export interface RemoteDeps {
  log: (message: string) => void;
  onExchange?: (exchange: Exchange) => void;
}

export function createRemoteChecks(
  options: Pick<Options, 'timeoutSeconds' | 'maxRetries' | 'workspace' | 'probeWriteScopes'>,
  deps: RemoteDeps,
): RemoteChecks {
  return async (integration) => {
    const http = createHttpClient({
      dispatcher: createDefaultDispatcher(),
      deadline: Date.now() + options.timeoutSeconds * 1000,
      requestTimeoutMs: Math.min(REQUEST_TIMEOUT_MS, options.timeoutSeconds * 1000),
      maxRetries: options.maxRetries,
      userAgent: USER_AGENT,
      log: deps.log,
      ...(deps.onExchange ? { onExchange: deps.onExchange } : {}),
    });
    const bitbucket = checkBitbucket(
      integration,
      {
        ...(options.workspace ? { workspace: options.workspace } : {}),
        probeWriteScopes: options.probeWriteScopes,
      },
      { http },
    );
    return [...(await bitbucket.findings)];
  };
}
