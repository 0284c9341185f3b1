import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['bench/measure.ts'], testTimeout: 600_000, hookTimeout: 60_000 },
});
