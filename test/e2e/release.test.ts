/** The release script, in a throw-away clone: it tags vX.Y.Z and moves the major tag to it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

describe('scripts/release.mjs', () => {
  it('refuses a version without a changelog section, then tags it and moves its major tag', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ebc-release-'));
    execFileSync('git', ['clone', '-q', root, dir]);
    git(dir, 'config', 'user.email', 'test@example.com');
    git(dir, 'config', 'user.name', 'Test');
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    // A symlink is not the folder .gitignore's `node_modules/` names.
    execFileSync('sh', ['-c', 'echo node_modules >> .git/info/exclude'], { cwd: dir });
    const release = (version: string) =>
      execFileSync(process.execPath, ['scripts/release.mjs', version, '--skip-checks'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` },
      });
    // A version the changelog does not describe yet.
    expect(() => release('9.9.9')).toThrow();
    execFileSync(
      'sh',
      [
        '-c',
        "sed -i '0,/^## /s//## 9.9.9 - 2099-01-01\\n\\n### Fixed\\n- Something.\\n\\n## /' CHANGELOG.md && git commit -qam changelog",
      ],
      { cwd: dir },
    );
    release('9.9.9');
    expect(git(dir, 'rev-parse', 'v9.9.9^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(git(dir, 'rev-parse', 'v9^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version).toBe('9.9.9');
    expect(readFileSync(path.join(dir, 'src/version.ts'), 'utf8')).toContain("VERSION = '9.9.9'");
  }, 120_000);
});
