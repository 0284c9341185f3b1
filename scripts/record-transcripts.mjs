// npm run record-transcripts: records test/fixtures/transcripts/ from the bundled action against the
// simulators, one transcript per scenario of the end-to-end matrix (see scripts/record-transcripts.ts).
import { spawnSync } from 'node:child_process';

const result = spawnSync('vitest', ['run', '--config', 'scripts/record-transcripts.vitest.config.ts'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
