/** What the repository keeps stays small and reviewable: no generated churn, snapshots a reader can diff. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
}

describe('the repository', () => {
  it('keeps every snapshot together under 200 KB', () => {
    const snapshots = filesUnder(path.join(root, 'test')).filter((f) => f.includes('__snapshots__'));
    const bytes = snapshots.reduce((sum, f) => sum + statSync(f).size, 0);
    expect(snapshots.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(200 * 1024);
  });

  it("keeps the mutation tool's incremental file in the ignored .cache/", () => {
    const config = readFileSync(path.join(root, 'stryker.config.mjs'), 'utf8');
    expect(config).toMatch(/incrementalFile: '\.cache\//);
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^\/\.cache\/$/m);
  });
});
