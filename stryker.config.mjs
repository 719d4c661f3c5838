// Mutation testing of the invariant checker (src/testing/invariants) and the port allocator
// (src/data-plane/port-allocator.ts and the table, block arena and key index under it):
// `npm run mutation`. Not part of `npm test` nor CI; it takes about 20 minutes. The report lands in reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/testing/vitest.mutation.config.ts', related: false },
  mutate: [
    'src/testing/invariants/**/*.ts',
    'src/data-plane/port-allocator.ts',
    'src/data-plane/port-table.ts',
    'src/data-plane/block-arena.ts',
    'src/data-plane/port-key-index.ts',
  ],
  coverageAnalysis: 'perTest',
  checkers: [],
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
