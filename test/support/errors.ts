import { expect } from 'vitest';
import { CloudError, type Cloud } from '../../src/index.js';

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

/**
 * Runs `run`, expects it to throw the AWS error `code` (with `message` when given: a string
 * is matched exactly, a RegExp by pattern), and checks the world did not change.
 */
export function expectFailure(cloud: Cloud, run: () => unknown, code: string, message?: string | RegExp): CloudError {
  const before = cloud.world;
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CloudError);
  const error = caught as CloudError;
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else if (message !== undefined) expect(error.message).toMatch(message);
  expect(cloud.world).toBe(before);
  return error;
}
