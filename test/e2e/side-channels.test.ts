/**
 * What a run records or publishes beside the verdict, through the bundle: a transcript path that is a
 * FIFO or a symbolic link, a GitHub API that never answers, and a --replay of a file that never ends.
 * Each run ends within its budget with outputs and summary written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, runAction, spawnNode, workflowCommands } from '../support/action.js';
import { validJson, withFields } from '../support/documents.js';
import { useHealthyCloud } from '../support/world.js';

const world = useHealthyCloud();
const dir = mkdtempSync(path.join(tmpdir(), 'ebc-side-'));
const warnings = (stdout: string) => workflowCommands(stdout).filter((c) => c.command === 'warning');

describe('the transcript path', () => {
  it('a FIFO is refused with a warning, never opened: the run ends, outputs and summary intact', async () => {
    const fifo = path.join(dir, 'transcript.fifo');
    execFileSync('mkfifo', [fifo]);
    const result = await runAction({
      inputs: { 'integration-json': validJson, transcript: fifo },
      env: world().env(),
      timeoutMs: 20_000,
    });
    expect(result.outputs.status).toBe('healthy');
    expect(result.summary).toContain('Entitle Bitbucket integration');
    expect(warnings(result.stdout).map((w) => w.message)).toContain(
      'The transcript could not be written: not a regular file.',
    );
  });

  it('a symbolic link is refused, and its target is left as it was', async () => {
    const target = path.join(dir, 'precious.txt');
    writeFileSync(target, 'keep me');
    const link = path.join(dir, 'transcript-link.json');
    symlinkSync(target, link);
    const result = await runAction({
      inputs: { 'integration-json': validJson, transcript: link },
      env: world().env(),
    });
    expect(result.outputs.status).toBe('healthy');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(warnings(result.stdout).some((w) => /not a regular file/.test(w.message))).toBe(true);
  });
});

describe('a GitHub API that accepts connections and never answers', () => {
  let server: net.Server;
  let url: string;
  beforeAll(async () => {
    server = net.createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
  });

  it('holds the step no longer than its own deadline, and says so', async () => {
    const started = Date.now();
    const result = await runAction({
      inputs: {
        'integration-json': withFields({ app_token: 'ATATT3xFfGF0NotKnownToTheSimulator00000000' }),
        'tracking-issue': 'true',
        'github-token': 'token-1',
        'timeout-seconds': '3',
      },
      eventName: 'schedule',
      env: { ...world().env(), NO_PROXY: '127.0.0.1', GITHUB_API_URL: url, GITHUB_REPOSITORY: 'org/repo' },
      timeoutMs: 30_000,
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.outputs.status).toBe('unhealthy');
    expect(warnings(result.stdout).some((w) => /did not answer in time/.test(w.message))).toBe(true);
  });
});

describe('--replay of a file that never ends', () => {
  it('/dev/zero is read only up to the limit, then refused as no transcript', async () => {
    const r = await spawnNode(
      [cliEntry, '--replay', '/dev/zero'],
      { PATH: process.env.PATH ?? '' },
      undefined,
      20_000,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds more than \d+ bytes/);
  });

  it('a FIFO nobody writes to ends at the deadline', async () => {
    const fifo = path.join(dir, 'replay.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await spawnNode(
      [cliEntry, '--replay', fifo, '--timeout-seconds', '1'],
      { PATH: process.env.PATH ?? '' },
      undefined,
      20_000,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did not end within 1 s/);
  });
});
