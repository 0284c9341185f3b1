/** Generated documentation stays in step with the code. `npm run docs` rewrites it. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue.js';
import { renderTroubleshooting } from '../../src/report/troubleshooting.js';

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, 'docs/troubleshooting.md');

describe('docs/troubleshooting.md', () => {
  it('is what the catalogue of findings generates', () => {
    const expected = renderTroubleshooting(catalogue);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8'), 'run `npm run docs`').toBe(expected);
  });

  it('lists every finding id the code can produce', () => {
    const sources = (readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(root, 'src', f), 'utf8'))
      .join('\n');
    const used = new Set([...sources.matchAll(/finding\(\s*'([a-z_.]+)'/g)].map((m) => m[1]));
    for (const id of used) expect(Object.keys(catalogue), id).toContain(id);
    const text = readFileSync(file, 'utf8');
    for (const id of Object.keys(catalogue)) expect(text).toContain(`\`${id}\``);
  });
});
