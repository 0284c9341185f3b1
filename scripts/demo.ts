/** Produces docs/demo/*.md (and PNG pictures of two) from real runs of dist/index.js. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { it } from 'vitest';
import { runAction } from '../test/support/action.js';
import { ALL_SEVEN, defaultBitbucketState } from '../test/support/bitbucket-sim.js';
import { startCloud } from '../test/support/cloud.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN, validDocument, validJson } from '../test/support/documents.js';
import { defaultJiraSites } from '../test/support/jira-sim.js';

const out = path.resolve(import.meta.dirname, '../docs/demo');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const css = `body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;font-size:14px;
color:#1f2328;margin:24px;max-width:1000px}table{border-collapse:collapse;margin:8px 0 16px}
th,td{border:1px solid #d1d9e0;padding:6px 12px;text-align:left;vertical-align:top}th{background:#f6f8fa}
code{background:#eff1f3;padding:2px 4px;border-radius:4px;font-size:90%}h2{border-bottom:1px solid #d1d9e0;padding-bottom:6px}`;

function screenshot(name: string, markdown: string): void {
  if (!chromium) {
    console.warn('Chromium is not installed (apt-get install chromium): no PNG written.');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ebc-demo-'));
  const html = path.join(dir, `${name}.html`);
  writeFileSync(html, `<!doctype html><meta charset="utf-8"><style>${css}</style>${marked.parse(markdown)}`);
  execFileSync(chromium, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${path.join(dir, 'profile')}`,
    '--window-size=1100,1400',
    `--screenshot=${path.join(out, `${name}.png`)}`,
    `file://${html}`,
  ]);
}

/**
 * Each random {uuid} becomes {00000000-0000-4000-8000-00000000000n}, numbered in order of appearance,
 * and the test proxy's random port a fixed proxy address.
 */
function stableIds(text: string): string {
  const seen = new Map<string, string>();
  return text
    .replace(/\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}/g, (id) => {
      if (!seen.has(id)) seen.set(id, `{00000000-0000-4000-8000-${String(seen.size + 1).padStart(12, '0')}}`);
      return seen.get(id) as string;
    })
    .replace(/127\.0\.0\.1:\d+/g, 'proxy.internal:3128');
}

it('writes the demo summaries', async () => {
  mkdirSync(out, { recursive: true });
  const cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
  const scenarios: { name: string; json: string; setup: () => void }[] = [
    { name: 'healthy', json: validJson, setup: () => {} },
    {
      name: 'missing-scope',
      json: validJson,
      setup: () => {
        const state = defaultBitbucketState(FAKE_TOKEN);
        (state.tokens[0] as { scopes: string[] }).scopes = ALL_SEVEN.filter(
          (s) => s !== 'delete:permission:bitbucket',
        );
        cloud.bitbucket.reset(state);
      },
    },
    {
      name: 'bad-jira-site',
      json: JSON.stringify({
        ...validDocument,
        jira_credentials: { ...validDocument.jira_credentials, url: 'https://no-such-site.atlassian.net' },
      }),
      setup: () => {},
    },
    {
      name: 'network-down',
      json: validJson,
      setup: () => {
        cloud.bitbucket.fault = () => 'reset';
      },
    },
  ];
  for (const scenario of scenarios) {
    cloud.bitbucket.reset(defaultBitbucketState(FAKE_TOKEN));
    cloud.jira.reset(defaultJiraSites(FAKE_JIRA_KEY));
    scenario.setup();
    const run = await runAction({
      inputs: { 'integration-json': scenario.json, 'max-retries': '0', 'timeout-seconds': '20' },
      env: cloud.env(),
    });
    // The probes' ids are random on every run; numbered stand-ins keep a second run's output identical.
    const summary = stableIds(run.summary);
    writeFileSync(path.join(out, `${scenario.name}.md`), summary);
    if (scenario.name === 'healthy' || scenario.name === 'missing-scope') screenshot(scenario.name, summary);
    console.log(`${scenario.name}: ${run.outputs.status}`);
  }
  await cloud.close();
});
