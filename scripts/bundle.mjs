// Builds the committed bundles with ncc: <out>/index.js (the action) and <out>/cli/index.js (the CLI).
// The folder is emptied first, so a file ncc no longer emits does not linger. Usage: bundle.mjs [out]
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const out = process.argv[2] ?? 'dist';
const ncc = (entry, dir, extra = []) =>
  execFileSync('ncc', ['build', entry, '-o', dir, '--target', 'es2023', '-q', ...extra], {
    stdio: 'inherit',
  });

rmSync(out, { recursive: true, force: true });
ncc('src/index.ts', out, ['--license', 'licenses.txt']);
ncc('src/cli.ts', path.join(out, 'cli'));
// dist/package.json ("type": "module") already covers dist/cli.
rmSync(path.join(out, 'cli', 'package.json'), { force: true });
