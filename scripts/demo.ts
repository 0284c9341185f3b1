/** Produces docs/demo/*.md (and PNG pictures of two) from real runs of dist/index.js. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { it } from 'vitest';
import { defaultBitbucketState } from '../test/support/bitbucket-sim.js';
import { startCloud } from '../test/support/cloud.js';
import { demoScenarios, demoSummary } from '../test/support/demo.js';
import { FAKE_JIRA_KEY, FAKE_TOKEN } from '../test/support/documents.js';
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

it('writes the demo summaries', async () => {
  mkdirSync(out, { recursive: true });
  const cloud = await startCloud(defaultBitbucketState(FAKE_TOKEN), defaultJiraSites(FAKE_JIRA_KEY));
  for (const scenario of demoScenarios) {
    const { summary, status } = await demoSummary(cloud, scenario);
    writeFileSync(path.join(out, `${scenario.name}.md`), summary);
    if (scenario.picture) screenshot(scenario.name, summary);
    console.log(`${scenario.name}: ${status}`);
  }
  await cloud.close();
});
