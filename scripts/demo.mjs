// npm run demo: runs the bundled action against the simulators for a few scenarios, writes each job
// summary to docs/demo/<scenario>.md, and renders two of them to PNG with headless Chromium
// (Debian's chromium) when it is installed.
import { spawnSync } from 'node:child_process';

const result = spawnSync('vitest', ['run', '--config', 'scripts/demo.vitest.config.ts'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
