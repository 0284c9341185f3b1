import { defineConfig } from 'vitest/config';

/**
 * The unit tests as `npm run mutate` runs them: the same files as `npm run test:unit`, but for the
 * tests that read src/ as text (layout, function length, docs), which would read Stryker's instrumented
 * copy, and with the property tests at a few dozen cases each, since every surviving mutant runs them.
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts'],
    exclude: ['test/unit/layout.test.ts', 'test/unit/function-length.test.ts', 'test/unit/docs.test.ts'],
    testTimeout: 30_000,
    env: {
      PROPERTY_RUNS: '40',
      PROPERTY_RESPONSE_RUNS: '40',
      PROPERTY_TRANSCRIPT_RUNS: '100',
      PROPERTY_STRUCTURE_RUNS: '40',
    },
  },
});
