/**
 * Sends one request with the production dispatcher and prints the outcome as JSON. Run in a child
 * process (Node strips the types), because NODE_EXTRA_CA_CERTS and the proxy variables are read
 * from the environment a process starts with.
 * Usage: node --import ./ts-resolve.mjs http-probe.ts URL [timeoutMs] [maxRetries]
 */
import { createHttpClient } from '../../src/net/client.ts';
import { createDefaultDispatcher } from '../../src/net/transport.ts';

const [url, timeout = '5000', retries = '0'] = process.argv.slice(2);
const logs: string[] = [];
const client = createHttpClient({
  dispatcher: createDefaultDispatcher({
    connectMs: Number(timeout),
    headersMs: Number(timeout),
    bodyMs: Number(timeout),
  }),
  deadline: Date.now() + 30_000,
  requestTimeoutMs: Number(timeout),
  maxRetries: Number(retries),
  userAgent: 'entitle-bitbucket-check/probe',
  log: (message) => logs.push(message),
});
const outcome = await client.send({ method: 'GET', url: url as string });
process.stdout.write(JSON.stringify({ outcome, logs }));
process.exit(0);
