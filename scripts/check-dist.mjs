// Fails when the committed dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

const fresh = mkdtempSync(path.join(tmpdir(), 'dist-'));
try {
  execFileSync('node', ['scripts/bundle.mjs', fresh], { stdio: 'inherit' });
  const expected = files(fresh).sort();
  const actual = files('dist').sort();
  const differing = [...new Set([...expected, ...actual])].filter((name) => {
    if (!expected.includes(name) || !actual.includes(name)) return true;
    return !readFileSync(path.join(fresh, name)).equals(readFileSync(path.join('dist', name)));
  });
  if (differing.length > 0) {
    console.error(`dist/ is not what a fresh build gives; differing: ${differing.join(', ')}`);
    console.error('Run `npm run bundle` and commit dist/.');
    process.exit(1);
  }
  console.log('dist/ is current.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
