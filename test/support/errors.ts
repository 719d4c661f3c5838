import { CloudError } from '../../src/index.js';

/** Runs `fn`, which must throw a CloudError, and returns it (for asserting code and message). */
export function cloudErrorOf(fn: () => unknown): CloudError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CloudError) return e;
    throw e;
  }
  throw new Error('expected a CloudError, but the call succeeded');
}
