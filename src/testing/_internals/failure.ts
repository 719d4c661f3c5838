/**
 * How the testing kit reports a model-based check that failed: a `CloudError` with code
 * `InvalidState` (the cloud is not in the state the reference model predicts), so fast-check
 * shrinks and prints it like any failure.
 *
 * @module
 */
import { errors, type CloudError } from '../../core/errors.js';

/**
 * The error a failed model-based check throws.
 *
 * @example
 * throw fuzzFailure('DeleteVpc: expected ok, but DependencyViolation');
 */
export function fuzzFailure(message: string): CloudError {
  return errors.invalidState(`model-based check failed: ${message}`);
}
