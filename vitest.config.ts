import { defineConfig } from 'vitest/config';

/**
 * Two speeds. `unit`: pure tests over the sources (judges, facts, parsing, rendering, property tests),
 * no bundle, no server: `npm run test:unit`. `e2e`: the action and the CLI as the runner runs them,
 * from a bundle built once from the current src/ (globalSetup), against local simulators: `npm run
 * test:e2e`. `npm test` runs both.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/fresh-bundle.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
