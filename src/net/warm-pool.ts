/**
 * Connections opened before they are needed. A run's requests come in dependent waves, and a later
 * wave can be wider than the first (Bitbucket's repository probes): over HTTP/1.1 each extra request
 * would open a connection then, paying the proxy's CONNECT and a TLS handshake on the critical path.
 * So when an origin's first request is sent, as many connections as its widest wave needs are opened
 * at once, in parallel, and later waves take them. undici has no pre-connect of its own (nodejs/undici
 * #317); this uses its public parts only: an agent's `factory` builds each origin's Pool with the
 * connector the agent would use (through the proxy's tunnel, when there is one), and the Pool's
 * `connect` option takes an opened socket before it dials a new one.
 */
import type { Socket } from 'node:net';
import { buildConnector, type Dispatcher, Pool } from 'undici';

/** How many connections an origin's widest wave needs; undefined for an origin the plan does not name. */
export type ConnectionPlan = (origin: string) => number | undefined;

type Opened = Promise<{ socket: Socket } | { error: Error }>;
const ignore = () => {};

function open(connector: buildConnector.connector, url: URL): Opened {
  return new Promise((resolve) =>
    connector(
      { host: url.host, hostname: url.hostname, protocol: url.protocol, port: url.port },
      (error, socket) => {
        if (error || !socket) {
          resolve({ error: error ?? new Error('no socket') });
          return;
        }
        // While it waits, a reset must not be an unhandled error; undici listens once it takes it.
        socket.on('error', ignore);
        resolve({ socket });
      },
    ),
  );
}

/** A Pool whose first connections are opened together, as soon as it is made. */
class WarmPool extends Pool {
  readonly #opened: Opened[];

  constructor(origin: string | URL, options: Pool.Options, count: number) {
    const connector =
      typeof options.connect === 'function'
        ? options.connect
        : buildConnector({
            ...options.connect,
            ...(typeof options.connectTimeout === 'number' ? { timeout: options.connectTimeout } : {}),
          });
    const opened = Array.from({ length: count }, () => open(connector, new URL(origin)));
    super(origin, {
      ...options,
      // No more than planned: a connection that is a moment from being free again (undici frees it
      // after the answer is read) is waited for, never replaced by a new one.
      connections: count,
      connect: (connectOptions, callback) => {
        const next = opened.shift();
        if (!next) {
          connector(connectOptions, callback);
          return;
        }
        next.then((result) => {
          // A connection that failed fails the request that takes it, as its own would have; one
          // closed while it waited is replaced.
          if ('error' in result) callback(result.error, null);
          else if (result.socket.destroyed || !result.socket.writable) connector(connectOptions, callback);
          else {
            result.socket.off('error', ignore);
            callback(null, result.socket);
          }
        });
      },
    });
    this.#opened = opened;
  }

  /** Connections opened but never taken are closed with the pool. */
  #closeUnused(): void {
    for (const next of this.#opened.splice(0)) {
      next.then((result) => {
        if ('socket' in result) result.socket.destroy();
      });
    }
  }

  override close(): Promise<void>;
  override close(callback: () => void): void;
  override close(...args: [] | [() => void]): Promise<void> | void {
    this.#closeUnused();
    return (super.close as (...a: unknown[]) => Promise<void> | void)(...args);
  }

  override destroy(): Promise<void>;
  override destroy(err: Error | null): Promise<void>;
  override destroy(callback: () => void): void;
  override destroy(err: Error | null, callback: () => void): void;
  override destroy(...args: unknown[]): Promise<void> | void {
    this.#closeUnused();
    return (super.destroy as (...a: unknown[]) => Promise<void> | void)(...args);
  }
}

/** The agent option that makes each origin's Pool open its planned connections at once. */
export function warmingFactory(plan: ConnectionPlan) {
  return (origin: string | URL, options: object): Dispatcher => {
    const count = plan(new URL(origin).origin);
    return count === undefined
      ? new Pool(origin, options)
      : new WarmPool(origin, options as Pool.Options, count);
  };
}
