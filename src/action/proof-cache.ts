/**
 * Where the action keeps proofs: the GitHub Actions cache, through @actions/cache's public API
 * (`restoreCache`, `saveCache`), loaded only by runs with `reuse-proof-hours` above 0. A key per run,
 * `entitle-bitbucket-check-proof-<fingerprint>-<run id>`, restored by its prefix: the newest proof of
 * the same credentials, from this branch or the default branch (the cache's own scoping).
 *
 * The library reports its faults through @actions/core, which writes workflow commands to stdout: a
 * 5xx would become the job's error annotation, in the library's words and with server text in it.
 * Once it is loaded, stdout is the runner's alone (the runner writes through its own handle), and what
 * the library writes is read only for whether it reported a fault. Every call is held to a deadline;
 * a call given up may still be running, which the action's exit ends.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_PROOF_BYTES, PROOF_KEY_PREFIX, type ProofStore } from '../proof/proof-format.js';
import { type Env, keepStdoutForRunner } from './runner.js';

type Cache = typeof import('@actions/cache');

/** Faults the library reported (an `::error::` or `::warning::` line) since it was loaded. */
let reportedFaults = 0;
let loaded: Promise<Cache> | undefined;

/** Loads the library once, and from then on keeps what it writes off the job's log. */
function loadCache(): Promise<Cache> {
  loaded ??= import('@actions/cache').then((cache) => {
    keepStdoutForRunner();
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (/^::(error|warning)\b/m.test(text)) reportedFaults++;
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof process.stdout.write;
    return cache;
  });
  return loaded;
}

/** The step within its deadline; a fault in the product's words, never the library's. */
async function within<T>(deadlineAt: number, step: () => Promise<T>): Promise<{ value?: T; fault?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ fault: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ fault: 'it did not answer in time' }),
      Math.max(0, deadlineAt - Date.now()),
    );
  });
  const running = step().then(
    (value) => ({ value }),
    () => ({ fault: 'the cache library failed' }),
  );
  try {
    return await Promise.race([running, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** At most one byte past the limit of the file, and only a regular file: never a link. */
function readBounded(file: string): string | undefined {
  try {
    if (!lstatSync(file).isFile()) return undefined;
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(MAX_PROOF_BYTES + 1);
      const length = readSync(fd, buffer, 0, buffer.length, 0);
      return buffer.subarray(0, length).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

export function actionsCacheStore(env: Env): ProofStore {
  const dir = path.join(env.RUNNER_TEMP || tmpdir(), 'entitle-bitbucket-check-proof');
  const file = path.join(dir, 'proof.json');
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? (env.GITHUB_RUN_ID as string) : '0';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const server = env.GITHUB_SERVER_URL ?? '';
  const fresh = () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  };
  return {
    runId,
    ...(server && repository
      ? { runLink: (id: string) => `${server}/${repository}/actions/runs/${id}` }
      : {}),
    restore: async (fingerprint, deadlineAt) => {
      const result = await within(deadlineAt, async () => {
        fresh();
        const cache = await loadCache();
        const before = reportedFaults;
        const key = await cache.restoreCache([dir], `${PROOF_KEY_PREFIX}${fingerprint}-${runId}`, [
          `${PROOF_KEY_PREFIX}${fingerprint}-`,
        ]);
        if (reportedFaults > before) return { fault: 'the cache service reported a fault' };
        return key === undefined ? {} : { text: readBounded(file) };
      });
      return result.fault ? { fault: result.fault } : (result.value ?? {});
    },
    save: async (fingerprint, text, deadlineAt) => {
      const result = await within(deadlineAt, async () => {
        fresh();
        writeFileSync(file, text, { mode: 0o600 });
        const cache = await loadCache();
        const before = reportedFaults;
        await cache.saveCache([dir], `${PROOF_KEY_PREFIX}${fingerprint}-${runId}`);
        return reportedFaults > before ? { fault: 'the cache service reported a fault' } : {};
      });
      return { ...(result.fault ? { fault: result.fault } : {}), ...(result.value ?? {}) };
    },
  };
}
