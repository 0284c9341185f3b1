/**
 * Transcripts: recorded by the bundled action (input `transcript`) and the CLI (`--record`), replayed
 * by the CLI (`--replay`) with no network, the replay gives the same report (status, finding ids and
 * severities) for every scenario of the matrix; and a transcript holds no credential, email, name or
 * real id.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, runAction, spawnNode } from '../support/action.js';
import { defaultBitbucketState } from '../support/bitbucket-sim.js';
import { type Cloud, startCloud } from '../support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../support/documents.js';
import { defaultJiraSites } from '../support/jira-sim.js';
import { leaks } from '../support/leaks.js';
import { enterWorld, type Scenario, scenarios } from '../support/scenarios.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ebc-transcripts-'));
let cloud: Cloud;
beforeAll(async () => {
  cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
});
afterAll(async () => {
  await cloud.close();
});

const world = (scenario: Scenario) => enterWorld(cloud, scenario);

const verdict = (report: { status: string; findings: { id: string; severity: string }[] }) => ({
  status: report.status,
  findings: report.findings.map((f) => `${f.id}:${f.severity}`),
});

async function replay(file: string) {
  // No proxy and no network: the replay answers every request from the file.
  const r = await spawnNode([cliEntry, '--replay', file, '--format', 'json'], {
    PATH: process.env.PATH ?? '',
  });
  return JSON.parse(r.stdout) as { status: string; findings: { id: string; severity: string }[] };
}

/** Nothing in a transcript that could identify the customer. */
function expectClean(text: string) {
  expect(leaks(text, [FAKE_TOKEN, FAKE_JIRA_KEY])).toEqual([]);
  expect(text).not.toMatch(
    /@example\.com|Integration Admin|Member \d|557058:|"acme"|\bplatform\b|example\.atlassian\.net/,
  );
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
}

describe.each(scenarios)('$name', (scenario) => {
  it('recorded by the action, replays to the same report, and holds nothing identifying', async () => {
    world(scenario);
    const file = path.join(dir, `${scenario.name.replace(/\W+/g, '-')}.action.json`);
    const run = await runAction({
      inputs: { 'integration-json': scenario.json ?? validJson, transcript: file, ...scenario.inputs },
      env: cloud.env(),
    });
    const text = readFileSync(file, 'utf8');
    expectClean(text);
    expect(verdict(await replay(file))).toEqual(verdict(JSON.parse(run.outputs.report as string)));
  });
});

describe('the CLI', () => {
  it('records with --record, and replays to the same report', async () => {
    world(scenarios[2] as Scenario);
    const file = path.join(dir, 'cli.json');
    const r = await spawnNode([cliEntry, '--record', file, '--format', 'json'], {
      PATH: process.env.PATH ?? '',
      ENTITLE_BITBUCKET_INTEGRATION: validJson,
      ...cloud.env(),
    });
    expectClean(readFileSync(file, 'utf8'));
    expect(verdict(await replay(file))).toEqual(verdict(JSON.parse(r.stdout)));
  });

  it('answers a request the transcript lacks with "not recorded": the checks that need it are not checked', async () => {
    world(scenarios[0] as Scenario);
    const file = path.join(dir, 'partial.json');
    await runAction({ inputs: { 'integration-json': validJson, transcript: file }, env: cloud.env() });
    const transcript = JSON.parse(readFileSync(file, 'utf8'));
    transcript.requests = transcript.requests.filter(
      (r: { path: string }) => !r.path.includes('branch-restrictions'),
    );
    writeFileSync(file, JSON.stringify(transcript));
    const report = await replay(file);
    expect(report.status).toBe('inconclusive');
    // What the transcript lacks is said once, never as a network fault.
    expect(report.findings.filter((f) => f.id === 'network.not_recorded')).toHaveLength(1);
    expect(report.findings.some((f) => f.id === 'network.unreachable')).toBe(false);
  });

  it('refuses a malformed transcript with a clear message and exit status 2', async () => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 2, requests: 'no' }));
    const r = await spawnNode([cliEntry, '--replay', file], { PATH: process.env.PATH ?? '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /is not a transcript this version can replay \(it is in another format than this version's \(format 1\)\)/,
    );
  });

  it('says a file that is no transcript at all is not one, in a sentence', async () => {
    const file = path.join(dir, 'integration.json');
    writeFileSync(file, JSON.stringify({ email: 'a@example.com' }));
    const r = await spawnNode([cliEntry, '--replay', file], { PATH: process.env.PATH ?? '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/it is not a transcript: a transcript is the file a run writes with --record/);
    expect(r.stderr).not.toMatch(/Invalid input|expected/);
  });
});
