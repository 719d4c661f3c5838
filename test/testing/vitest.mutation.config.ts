/**
 * The tests `npm run mutation` (Stryker) runs against each mutant of the invariant checker and
 * the port allocator: the corruption tests of `checkInvariants`, the allocator's own tests
 * (table, block arena and key index) and the data plane's allocator and limits tests. The
 * long property runs stay out (they cover every mutant and would make each one cost seconds).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'test/testing/invariants-*.test.ts',
      'test/testing/port-allocator.test.ts',
      'test/data-plane/port-allocator*.test.ts',
      'test/data-plane/port-table*.test.ts',
      'test/data-plane/block-arena.test.ts',
      'test/data-plane/port-key-index.test.ts',
      'test/data-plane/limits-and-cuts.test.ts',
    ],
    pool: 'threads',
    testTimeout: 30_000,
  },
});
