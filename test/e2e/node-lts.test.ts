/**
 * The CLI runs on every maintained Node LTS: the bundled CLI on Node 22 (the action itself runs on the
 * runner's node24). CI unpacks Node 22's official binary package from the npm registry into .cache/
 * before the tests (see .ci/run); without it this file is skipped.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WASM_FLAGS } from '../../src/run/short-run.js';
import { cliEntry, spawnNode } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';

const node22 =
  process.env.EBC_NODE22 ?? path.resolve(import.meta.dirname, '../../.cache/node22/package/bin/node');
const present = existsSync(node22);

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

/** The CLI under Node 22: its binary first on PATH, so nothing else runs on Node 24. */
function onNode22(args: string[], env: Record<string, string> = {}) {
  return spawnNode(
    [cliEntry, ...args],
    { PATH: `${path.dirname(node22)}:/usr/bin:/bin`, ...env },
    undefined,
    60_000,
    node22,
  );
}

describe.skipIf(!present)('the CLI on Node 22', () => {
  it('is Node 22, and prints its version', async () => {
    const version = await spawnNode(
      ['-e', 'process.stdout.write(process.versions.node)'],
      {},
      undefined,
      10_000,
      node22,
    );
    expect(version.stdout).toMatch(/^22\./);
    const r = await onNode22(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('checks the credentials against Bitbucket and Jira, healthy', async () => {
    const r = await onNode22(['--format', 'json'], {
      ...cloud.env(),
      ENTITLE_BITBUCKET_INTEGRATION: validJson,
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).status).toBe('healthy');
    expect(r.code).toBe(0);
  });
});

/**
 * The WebAssembly flags the HTTP stack sets at run time (src/net/transport.ts) are V8's: an unknown
 * flag is not an error, only a line on stderr, so a Node whose V8 dropped them would print to every
 * run's log. This fails first.
 */
describe('the V8 flags the HTTP stack sets', () => {
  const script = `for (const f of ${JSON.stringify(WASM_FLAGS)}) require('node:v8').setFlagsFromString(f)`;
  it.each([
    ['the action’s Node', process.execPath],
    ['Node 22', node22],
  ])('are known to %s', async (_, node) => {
    if (!existsSync(node)) return;
    const { code, stderr } = await spawnNode(
      ['-e', script],
      { PATH: '/usr/bin:/bin' },
      undefined,
      30_000,
      node,
    );
    expect([code, stderr]).toEqual([0, '']);
  });
});
