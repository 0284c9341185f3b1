/** The bundled CLI: help, formats, exit codes, colour rules and --verbose. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/findings.js';
import { renderText, useColour } from '../../src/report/text.js';
import { cliEntry, spawnNode } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { entitlePublishedExample, FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { finding } from '../support/findings.js';
import { defaultJiraSites } from '../support/jira-sim.js';
import { BITBUCKET_REQUESTS, JIRA_REQUESTS } from '../support/plan-counts.js';

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
    expect(requests).toHaveLength(BITBUCKET_REQUESTS + JIRA_REQUESTS);
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

describe('the CLI speaks CLI', () => {
  it('names flags and the file, not inputs and the repository secret', async () => {
    const placeholder = JSON.stringify({ email: 'a@example.com', app_token: '<APP_TOKEN>' });
    const r = await cli(['--mode', 'offline'], {}, placeholder);
    expect(r.stdout).toContain('Update the file or the ENTITLE_BITBUCKET_INTEGRATION variable');
    expect(r.stdout).not.toContain('repository secret');
    expect(r.stdout).toContain('`--mode full`');
    expect(r.stdout).not.toContain('`mode: full`');
  });

  it('says what to pass when no JSON was given at all: a usage error', async () => {
    const r = await spawnNode([cliEntry, '--mode', 'offline'], { PATH: process.env.PATH ?? '' }, '');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'No integration JSON was given: give --file PATH, pipe it to standard input, or set ENTITLE_BITBUCKET_INTEGRATION.\n',
    );
  });

  it('skips instead with --if-missing skip', async () => {
    const r = await spawnNode([cliEntry, '--if-missing', 'skip'], { PATH: process.env.PATH ?? '' }, '');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Entitle Bitbucket integration: skipped/);
    expect(r.stdout).toContain('Options and input:');
  });

  it.each([
    [['--fial-on', 'error'], 'There is no option --fial-on. Did you mean --fail-on? See --help.\n'],
    [['--file'], '--file needs a value, as in --file PATH. See --help.\n'],
    [['--fail-on', 'erorr'], 'Did you mean `--fail-on error`?'],
    [['--mode', 'ofline'], 'Did you mean `--mode offline`?'],
  ])('answers %j with a sentence that fits the mistake', async (args, said) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).not.toContain('ERR_PARSE_ARGS');
  });

  it('prints the version with -V', async () => {
    const r = await cli(['-V']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('shows the error code of a network outcome with --verbose', async () => {
    const r = await cli(['--verbose', '--max-retries', '0', '--timeout-seconds', '5'], {
      ENTITLE_BITBUCKET_INTEGRATION: validJson,
      HTTPS_PROXY: 'http://127.0.0.1:9',
    });
    expect(r.stderr).toMatch(
      /GET api\.bitbucket\.org\/2\.0\/user → network \((ECONNREFUSED|UND_ERR_PRX_CONN)\)/,
    );
  });
});

describe('colour, as terminal tools decide it', () => {
  it.each<[Record<string, string>, boolean, boolean]>([
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
  ])('%o on a terminal: %s → %s', (env, tty, expected) => {
    expect(useColour(env, tty)).toBe(expected);
  });
});
