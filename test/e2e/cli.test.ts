/** The bundled CLI: help, formats, exit codes, colour rules and --verbose. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, finding } from '../../src/findings.js';
import { renderText, useColour } from '../../src/report/text.js';
import { cliEntry, spawnNode } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { entitlePublishedExample, FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ebc-cli-'));
const file = (name: string, text: string) => {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
};
const cli = (args: string[], env: Record<string, string> = {}, stdin?: string) =>
  spawnNode([cliEntry, ...args], { PATH: process.env.PATH ?? '', ...env }, stdin);

let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

describe('the CLI', () => {
  it('prints help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: entitle-bitbucket-check/);
    expect(r.stdout).toContain('--verbose');
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli(['--bogus'])).code).toBe(2);
    expect((await cli(['--format', 'xml'])).code).toBe(2);
  });

  it('reads --file, standard input, or the variable, and exits 0 or 1 like the action', async () => {
    expect((await cli(['--file', file('ok.json', validJson), '--mode', 'offline'])).code).toBe(0);
    const broken = await cli(['--mode', 'offline'], {}, entitlePublishedExample);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('closing brace `}` is missing');
    const fromEnv = await cli(['--mode', 'offline'], { ENTITLE_BITBUCKET_INTEGRATION: validJson });
    expect(fromEnv.stdout).toMatch(/^Entitle Bitbucket integration: inconclusive .*: structure only/);
  });

  it('writes JSON with --format json', async () => {
    const r = await cli(['--file', file('ok2.json', validJson), '--mode', 'offline', '--format', 'json']);
    expect(JSON.parse(r.stdout).status).toBe('inconclusive');
  });

  it('uses no colour when not on a terminal', async () => {
    const r = await cli(['--mode', 'offline'], {}, entitlePublishedExample);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('lists every request with --verbose, never a header', async () => {
    cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
    cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
    const r = await cli(['--file', file('full.json', validJson), '--verbose'], cloud.env());
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Options: \{"failOn":"error",/);
    expect(lines[0]).not.toContain('integrationJson');
    const requests = lines.filter((l) => l.includes(' → '));
    expect(requests).toHaveLength(13);
    expect(requests.some((l) => /^GET api\.bitbucket\.org\/2\.0\/user → 403 \(\d+ ms\)$/.test(l))).toBe(true);
    expect(r.stderr).not.toMatch(/authorization|Basic /i);
  });
});

describe('colour', () => {
  it('only on a terminal, never with NO_COLOR', () => {
    expect(useColour({}, true)).toBe(true);
    expect(useColour({}, false)).toBe(false);
    expect(useColour({ NO_COLOR: '1' }, true)).toBe(false);
    const report = buildReport([finding('structure.email', 'error', 'bad')]);
    expect(renderText(report, { colour: true })).toContain('\u001b[31mFAIL\u001b[0m');
    expect(renderText(report)).not.toContain('\u001b[');
  });
});
