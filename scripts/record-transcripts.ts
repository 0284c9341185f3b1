/**
 * npm run record-transcripts: runs the bundled action against the simulators for every scenario of the
 * end-to-end matrix with the `transcript` input, and writes each transcript to test/fixtures/transcripts/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { runAction } from '../test/support/action.js';
import { defaultBitbucketState } from '../test/support/bitbucket-sim.js';
import { startCloud } from '../test/support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validJson } from '../test/support/documents.js';
import { defaultJiraSites } from '../test/support/jira-sim.js';
import { enterWorld, scenarios } from '../test/support/scenarios.js';

const out = path.resolve(import.meta.dirname, '../test/fixtures/transcripts');

it('records a transcript per scenario', async () => {
  mkdirSync(out, { recursive: true });
  const cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
  for (const scenario of scenarios) {
    enterWorld(cloud, scenario);
    const file = path.join(out, `${scenario.name.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '')}.json`);
    await runAction({
      inputs: { 'integration-json': scenario.json ?? validJson, transcript: file, ...scenario.inputs },
      env: cloud.env(),
    });
    // Durations and the order in which concurrent answers arrive vary from run to run; zeroed and
    // sorted, a re-recorded corpus shows only real changes in its diff (a replay needs neither).
    const transcript = JSON.parse(readFileSync(file, 'utf8'));
    for (const request of transcript.requests) request.durationMs = 0;
    const key = (r: { host: string; path: string; method: string }) => `${r.host} ${r.path} ${r.method}`;
    transcript.requests.sort((a: { host: string; path: string; method: string }, b: typeof a) =>
      key(a).localeCompare(key(b)),
    );
    writeFileSync(file, `${JSON.stringify(transcript, null, 2)}\n`);
  }
  await cloud.close();
});
