/**
 * vitest globalSetup: bundles the current src/ into a temporary folder before any test runs, so the
 * end-to-end tests run what the sources say now, never a stale dist/ (check-dist guards the
 * committed one). A run that sets EBC_BUNDLE_DIR itself (the benchmark, on purpose) is left alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export default function setup(): (() => void) | undefined {
  if (process.env.EBC_BUNDLE_DIR) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'ebc-bundle-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), dir], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
    },
  });
  // Workers start after this and inherit the variable; test/support/action.ts reads it.
  process.env.EBC_BUNDLE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
