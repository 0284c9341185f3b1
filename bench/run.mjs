// npm run bench [-- --latency MS] [--runs N]: measures the bundled action against the simulators
// and writes bench/results.md. A benchmark, not a test: it asserts nothing.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { latency: { type: 'string', default: '100' }, runs: { type: 'string', default: '7' } },
});
const result = spawnSync('vitest', ['run', '--config', 'bench/vitest.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_LATENCY_MS: values.latency, BENCH_RUNS: values.runs },
});
process.exit(result.status ?? 1);
