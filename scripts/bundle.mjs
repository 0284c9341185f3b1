// Builds the committed bundle with ncc: <out>/lib/index.js (src/library.ts: the action's run() and the
// CLI's main(), with lazily loaded chunks), two small entry points that load it, <out>/index.js for
// the action (as src/action/action-entry.ts) and <out>/cli.js for the CLI (as src/cli/cli-entry.ts), and <out>/licenses.txt
// for every package the bundle contains. The folder is emptied first. Usage: bundle.mjs [out]
//
// licenses.txt is written here from ncc's module statistics rather than by ncc's --license, which
// leaves out ES-module packages (it listed only undici of the nine bundled).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = process.argv[2] ?? 'dist';
const statsDir = mkdtempSync(path.join(tmpdir(), 'ncc-stats-'));
const stats = path.join(statsDir, 'stats.json');

rmSync(out, { recursive: true, force: true });
execFileSync(
  'ncc',
  ['build', 'src/library.ts', '-o', path.join(out, 'lib'), '--target', 'es2023', '-q', '--stats-out', stats],
  {
    stdio: 'inherit',
  },
);
rmSync(path.join(out, 'lib', 'package.json'), { force: true });
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);

// The entry points: src/action/action-entry.ts and src/cli/cli-entry.ts, pointed at the bundle instead of the sources.
const entry = (source, target) => {
  // Static (`from './run-action.js'`) or dynamic (`import('./run-cli.js')`): either way, the one bundle.
  const text = readFileSync(source, 'utf8').replace(/'\.\/(run-action|run-cli)\.js'/, "'./lib/index.js'");
  writeFileSync(path.join(out, target), `${target === 'cli.js' ? '#!/usr/bin/env node\n' : ''}${text}`);
};
entry('src/action/action-entry.ts', 'index.js');
entry('src/cli/cli-entry.ts', 'cli.js');
// Executable, as npm makes a package's bin on install: `npm ci` then leaves the checkout clean.
chmodSync(path.join(out, 'cli.js'), 0o755);

const packages = new Set();
const walk = (modules) => {
  for (const m of modules ?? []) {
    const name = m.name ?? m.identifier ?? '';
    const at = name.lastIndexOf('node_modules/');
    // ncc's own stand-in for an optional module that is not installed (debug's supports-color): a
    // stub that throws when required, not a package of ours.
    const nccStub = name.includes('@vercel/ncc/dist/ncc/@@notfound');
    if (at >= 0 && !nccStub) {
      // The package's own folder, nested ones included, so its own package.json gives the version.
      const parts = name.slice(at + 'node_modules/'.length).split('/');
      const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
      packages.add(path.normalize(`${name.slice(0, at)}node_modules/${pkg}`).replace(/^\.\//, ''));
    }
    walk(m.modules);
  }
};
walk(JSON.parse(readFileSync(stats, 'utf8')).modules);
rmSync(statsDir, { recursive: true, force: true });

const sections = [...packages].sort().map((dir) => {
  const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(dir).find((f) => /^(license|licence|copying)(\.|$)/i.test(f));
  const text =
    licenseFile && existsSync(path.join(dir, licenseFile))
      ? readFileSync(path.join(dir, licenseFile), 'utf8').trim()
      : '';
  return `${meta.name}@${meta.version}\n${meta.license ?? 'UNKNOWN'}\n${text}`;
});
writeFileSync(path.join(out, 'licenses.txt'), `${sections.join('\n\n')}\n`);
