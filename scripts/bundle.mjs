// Builds the committed bundles with ncc: <out>/index.js (the action) and <out>/cli/index.js (the CLI),
// and <out>/licenses.txt for every package either bundle contains. The folder is emptied first, so
// a file ncc no longer emits does not linger. Usage: bundle.mjs [out]
//
// licenses.txt is written here from ncc's module statistics rather than by ncc's --license, which
// leaves out ES-module packages (it listed only undici of the nine bundled).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = process.argv[2] ?? 'dist';
const statsDir = mkdtempSync(path.join(tmpdir(), 'ncc-stats-'));
const ncc = (entry, dir, stats) =>
  execFileSync('ncc', ['build', entry, '-o', dir, '--target', 'es2023', '-q', '--stats-out', stats], {
    stdio: 'inherit',
  });

rmSync(out, { recursive: true, force: true });
const builds = [
  ['src/index.ts', out],
  ['src/cli.ts', path.join(out, 'cli')],
];
const packages = new Set();
for (const [i, [entry, dir]] of builds.entries()) {
  const stats = path.join(statsDir, `${i}.json`);
  ncc(entry, dir, stats);
  const walk = (modules) => {
    for (const m of modules ?? []) {
      const name = m.name ?? m.identifier ?? '';
      const at = name.lastIndexOf('node_modules/');
      if (at >= 0) {
        // The package's own folder, nested ones included, so its own package.json gives the version.
        const parts = name.slice(at + 'node_modules/'.length).split('/');
        const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
        packages.add(path.normalize(`${name.slice(0, at)}node_modules/${pkg}`).replace(/^\.\//, ''));
      }
      walk(m.modules);
    }
  };
  walk(JSON.parse(readFileSync(stats, 'utf8')).modules);
}
// dist/package.json ("type": "module") already covers dist/cli.
rmSync(path.join(out, 'cli', 'package.json'), { force: true });
rmSync(statsDir, { recursive: true, force: true });

const sections = [...packages].sort().map((dir) => {
  const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const name = meta.name;
  const licenseFile = readdirSync(dir).find((f) => /^(license|licence|copying)(\.|$)/i.test(f));
  const text =
    licenseFile && existsSync(path.join(dir, licenseFile))
      ? readFileSync(path.join(dir, licenseFile), 'utf8').trim()
      : '';
  return `${name}@${meta.version}\n${meta.license ?? 'UNKNOWN'}\n${text}`;
});
writeFileSync(path.join(out, 'licenses.txt'), `${sections.join('\n\n')}\n`);
