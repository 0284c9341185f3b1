/**
 * The bundled CLI is bounded whatever its input: it reads at most 64 KiB + 1 byte from any source,
 * gives up on a source that never ends at the deadline, never prints a stack trace, and says which
 * exit status means what (0 pass, 1 fail, 2 usage, 3 could not run).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEntry, spawnNode } from '../support/action.js';
import { validJson } from '../support/documents.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ebc-bounds-'));
const env = { PATH: process.env.PATH ?? '' };
const cli = (args: string[], extra: Record<string, string> = {}, stdin?: string) =>
  spawnNode([cliEntry, ...args], { ...env, ...extra }, stdin, 30_000);

/** Runs the CLI under python's resource accounting: its exit status, time and peak memory (KiB). */
function measured(args: string[]): { status: number; seconds: number; maxRssKiB: number; stderr: string } {
  const script = `
import resource, subprocess, sys, time
t = time.time()
p = subprocess.run(sys.argv[1:], capture_output=True)
sys.stderr.buffer.write(p.stderr)
print(p.returncode, time.time() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
`;
  const r = spawnSync('python3', ['-c', script, process.execPath, cliEntry, ...args], {
    encoding: 'utf8',
    env,
  });
  const [status, seconds, rss] = r.stdout.trim().split(' ').map(Number);
  return { status: status as number, seconds: seconds as number, maxRssKiB: rss as number, stderr: r.stderr };
}

describe('bounded reading', () => {
  it('stops reading /dev/zero at the limit', () => {
    const r = measured(['--mode', 'offline', '--file', '/dev/zero']);
    expect(r.status).toBe(1);
    expect(r.seconds).toBeLessThan(5);
    expect(r.maxRssKiB).toBeLessThan(100 * 1024);
  });

  it('reads only the start of a 1 GB file', () => {
    const big = path.join(dir, 'big.json');
    execFileSync('truncate', ['-s', '1G', big]);
    const r = measured(['--mode', 'offline', '--file', big, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.seconds).toBeLessThan(5);
    expect(r.maxRssKiB).toBeLessThan(100 * 1024);
  });

  it('says the document is too large, as the action does', async () => {
    const r = await cli(['--mode', 'offline', '--file', '/dev/zero', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.findings[0]).toMatchObject({ id: 'structure.size', severity: 'error' });
    expect(report.findings[0].message).toMatch(/more than 65536 bytes/);
  });

  it('gives up on a FIFO nobody writes to at the deadline', async () => {
    const fifo = path.join(dir, 'never.fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const r = await cli(['--mode', 'offline', '--file', fifo, '--timeout-seconds', '2']);
    expect(Date.now() - started).toBeLessThan(2_000 + 5_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the file ${fifo} did not end within 2 s.`);
  });

  it('waits for standard input that arrives late, without EAGAIN', () => {
    const file = path.join(dir, 'late.json');
    writeFileSync(file, validJson);
    const r = spawnSync(
      'bash',
      ['-c', `(sleep 1; cat '${file}') | '${process.execPath}' '${cliEntry}' --mode offline`],
      {
        encoding: 'utf8',
        env,
      },
    );
    expect(r.stderr).not.toMatch(/EAGAIN/);
    expect(r.stdout).toMatch(/^Entitle Bitbucket integration:/);
  });
});

describe('clear messages and exit statuses', () => {
  it('an empty file is a usage error naming the file', async () => {
    const empty = path.join(dir, 'empty.json');
    writeFileSync(empty, '');
    const r = await cli(['--file', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`the file ${empty} is empty.\n`);
  });

  it('a missing file names the path and the reason', async () => {
    const missing = path.join(dir, 'nope.json');
    const r = await cli(['--file', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Cannot read the file ${missing}: no such file (ENOENT).\n`);
  });

  it('a deeply broken document is a finding, not a stack trace', async () => {
    const r = await cli(['--mode', 'offline'], {}, `${'[},'.repeat(8000)}1]`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nests more than 16 levels');
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it('a malformed proxy variable is a finding that never shows its value', async () => {
    const r = await cli(['--format', 'json'], {
      ENTITLE_BITBUCKET_INTEGRATION: validJson,
      HTTPS_PROXY: 'http://user:s3cr3t-pa55@bad host:3128',
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.status).toBe('inconclusive');
    expect(report.findings.find((f: { id: string }) => f.id === 'network.proxy')?.message).toMatch(
      /^The environment variable HTTPS_PROXY is not a URL/,
    );
    expect(r.stdout + r.stderr).not.toMatch(/s3cr3t|user:s3|bad host/);
  });

  it('documents the exit statuses in --help', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).toMatch(/3 when the check could not run at all/);
  });

  it('prints its version', async () => {
    const r = await cli(['--version']);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the Node version', () => {
  const oldNode = spawnSync(
    'bash',
    [
      '-c',
      "which -a node | while read n; do \"$n\" -e \"process.stdout.write(process.versions.node.split('.')[0] + ' ' + process.execPath + '\\n')\"; done",
    ],
    {
      encoding: 'utf8',
    },
  )
    .stdout.split('\n')
    .map((line) => line.split(' '))
    .find(([major]) => Number(major) > 0 && Number(major) < 22)?.[1];

  it.skipIf(oldNode === undefined)('on an older Node, says which is needed and exits 3', () => {
    const r = spawnSync(oldNode as string, [cliEntry, '--mode', 'offline'], {
      encoding: 'utf8',
      input: validJson,
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(
      /^entitle-bitbucket-check needs Node 22\.19 or later \(found v\d+\.\d+\.\d+\)\. In this checkout, `npm start -- …` runs it on the Node 24 that `npm ci` installs\.\n$/,
    );
  });
});
