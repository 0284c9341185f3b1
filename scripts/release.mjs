// Releases version X.Y.Z: sets it in package.json and src/version.ts, rebuilds dist/, commits,
// tags vX.Y.Z and moves the major tag (v1 for 1.y.z) to it, as users of `@v1` expect. It pushes
// nothing unless --push is given. Usage: node scripts/release.mjs X.Y.Z [--push] [--skip-checks]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const version = args.find((a) => !a.startsWith('--'));
const push = args.includes('--push');
const skipChecks = args.includes('--skip-checks');
const run = (cmd, cmdArgs, options = {}) => execFileSync(cmd, cmdArgs, { encoding: 'utf8', ...options });

if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  console.error('Usage: node scripts/release.mjs X.Y.Z [--push] [--skip-checks]');
  process.exit(2);
}
if (run('git', ['status', '--porcelain']).trim() !== '') {
  console.error('The working tree has uncommitted changes; commit or stash them first.');
  process.exit(1);
}
const tag = `v${version}`;
const major = `v${version.split('.')[0]}`;
if (run('git', ['tag', '--list', tag]).trim() !== '') {
  console.error(`${tag} already exists.`);
  process.exit(1);
}
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!changelog.includes(`## ${version}`)) {
  console.error(`CHANGELOG.md has no "## ${version}" section; describe the release first.`);
  process.exit(1);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.version = version;
writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
const versionFile = readFileSync('src/version.ts', 'utf8').replace(
  /VERSION = '[^']*'/,
  `VERSION = '${version}'`,
);
writeFileSync('src/version.ts', versionFile);
run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
  stdio: 'inherit',
});
if (!skipChecks) run('npm', ['run', 'all'], { stdio: 'inherit' });
else run('npm', ['run', 'bundle'], { stdio: 'inherit' });
// The committed dist/ must be what a fresh build of the released sources gives.
run('npm', ['run', 'check-dist'], { stdio: 'inherit' });

run('git', ['add', '-A']);
run('git', ['commit', '-m', `Release ${tag}`]);
run('git', ['tag', '-a', tag, '-m', `Release ${tag}`]);
run('git', ['tag', '-f', major, tag]);
console.log(`Tagged ${tag} and moved ${major} to it.`);
if (push) {
  run('git', ['push', 'origin', 'HEAD', tag], { stdio: 'inherit' });
  run('git', ['push', '--force', 'origin', major], { stdio: 'inherit' });
} else {
  console.log(`To publish: git push origin HEAD ${tag} && git push --force origin ${major}`);
}
