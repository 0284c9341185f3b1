// npm run mutate: mutation testing (Stryker, its vitest runner) of what decides a verdict and what
// keeps a secret: the judges, the facts (the typed parsing of bodies), the scrubber and the server-
// text sanitiser, against the unit tests only. Incremental: .cache/mutation/incremental.json (ignored,
// never committed) lets a run after a change test only the mutants the change touched; the scores in
// CONTRIBUTING.md come from a fresh full run (npm run mutate -- --force).
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
  incrementalFile: '.cache/mutation/incremental.json',
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
