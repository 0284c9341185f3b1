// npm run mutate: mutation testing (Stryker, its vitest runner) of what decides a verdict and what
// keeps a secret: the judges, the facts (the typed parsing of bodies), the scrubber and the server-
// text sanitiser, against the unit tests only. Incremental: stryker/incremental.json is committed, so
// a run after a change tests only the mutants the change touched. See CONTRIBUTING.md for the scores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner', './stryker/ignore-message-text.mjs'],
  ignorers: ['message-text'],
  mutate: [
    'src/bitbucket/judges/**/*.ts',
    'src/jira/judges/**/*.ts',
    'src/bitbucket/bitbucket-facts.ts',
    'src/jira/jira-facts.ts',
    'src/scrub.ts',
    'src/report/server-text.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'stryker/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // The reports are made on each run, never committed.
  htmlReporter: { fileName: '.cache/mutation/index.html' },
  jsonReporter: { fileName: '.cache/mutation/report.json' },
  tempDirName: '.cache/stryker-tmp',
  // Only what the unit tests read is copied to the sandbox.
  ignorePatterns: ['dist', 'bench', 'docs', 'examples', 'test/e2e', 'scripts', '.cache'],
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
  timeoutMS: 10_000,
};
