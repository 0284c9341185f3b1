import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['scripts/record-transcripts.ts'], testTimeout: 300_000, hookTimeout: 60_000 },
});
