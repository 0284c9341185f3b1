/**
 * Debian's squid as a real forward proxy for the proxy tests. `.ci/run` installs it; where it is
 * missing or cannot start outside CI, the tests that need it are skipped with the reason.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export interface Squid {
  port: number;
  url: string;
  /** Lines of squid's access log so far. */
  accessLog(): string[];
  stop(): Promise<void>;
}

export function findSquid(): string | undefined {
  for (const candidate of ['/usr/sbin/squid', '/usr/local/sbin/squid'])
    if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('which', ['squid'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`squid exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('squid did not start listening in time');
}

/**
 * Starts squid on loopback. With `parent` (a proxy's http://host:port), squid forwards every request,
 * CONNECT tunnels included, through that proxy and never goes direct: so a run's real API hosts reach
 * the simulators behind it, through squid, as through a corporate proxy.
 */
export async function startSquid(binary: string, parent?: string): Promise<Squid> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ebc-squid-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const accessLog = path.join(dir, 'access.log');
  const config = path.join(dir, 'squid.conf');
  writeFileSync(
    config,
    [
      `http_port 127.0.0.1:${port}`,
      'acl loopback src 127.0.0.1/32',
      'acl CONNECT method CONNECT',
      'http_access allow loopback',
      'http_access deny all',
      'cache deny all',
      `access_log stdio:${accessLog}`,
      `cache_log ${path.join(dir, 'cache.log')}`,
      `pid_filename ${path.join(dir, 'squid.pid')}`,
      `coredump_dir ${dir}`,
      'cache_effective_user proxy',
      'shutdown_lifetime 0 seconds',
      'logfile_rotate 0',
      'dns_nameservers 127.0.0.1',
      ...(parent
        ? [
            `cache_peer ${new URL(parent).hostname} parent ${new URL(parent).port} 0 no-query no-digest default`,
            'never_direct allow all',
          ]
        : []),
      '',
    ].join('\n'),
  );
  writeFileSync(accessLog, '');
  chmodSync(accessLog, 0o666);
  const child = spawn(binary, ['-N', '-f', config], { stdio: 'ignore' });
  try {
    await waitForPort(port, child, 15_000);
  } catch (error) {
    child.kill('SIGKILL');
    const log = existsSync(path.join(dir, 'cache.log'))
      ? readFileSync(path.join(dir, 'cache.log'), 'utf8')
      : '';
    throw new Error(`${(error as Error).message}\n${log.split('\n').slice(-15).join('\n')}`);
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    accessLog: () => readFileSync(accessLog, 'utf8').split('\n').filter(Boolean),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether the squid tests run here: always in CI (where a missing squid fails them), else when installed. */
export const squidTestsRun = findSquid() !== undefined || process.env.CI === 'true';

/**
 * Squid for one describe block, in front of a parent proxy (the cloud's): started before its tests,
 * stopped after. The returned function gives the running squid.
 */
export function useSquid(parent: () => string): () => Squid {
  let squid: Squid | undefined;
  beforeAll(async () => {
    const binary = findSquid();
    if (!binary) throw new Error('squid is not installed (.ci/run installs it: apt-get install squid)');
    squid = await startSquid(binary, parent());
  });
  afterAll(async () => {
    await squid?.stop();
  });
  return () => squid as Squid;
}

/** The hosts squid opened CONNECT tunnels to, as `host:port`. */
export function tunnelledHosts(squid: Squid): Set<string> {
  return new Set(
    squid
      .accessLog()
      .map((line) => / CONNECT (\S+) /.exec(line)?.[1])
      .filter((host): host is string => host !== undefined),
  );
}
