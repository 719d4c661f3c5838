/**
 * The model-control API's error answer: `{ "error": { "code", "message" } }` with the HTTP
 * status of the `CloudError` (AWS's code and wording), or 500 `InternalFailure` for anything
 * else thrown (a defect of the model, never the caller's fault).
 *
 * @module
 */
import { errors, isCloudError } from '../../core/errors.js';
import type { ControlResponse } from './handler.js';

/**
 * The body of a model-control error answer.
 *
 * @example
 * const body: ControlErrorBody = { error: { code: 'MissingParameter', message: 'The request must contain the parameter ms' } };
 */
export interface ControlErrorBody {
  error: { code: string; message: string };
}

/** The message of a thrown value that is not a `CloudError`, read without throwing again. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return typeof error;
  }
}

/**
 * Turns what a route threw into the answer: a `CloudError` keeps its code, message and HTTP
 * status; anything else is 500 `InternalFailure`.
 *
 * @example
 * controlFailure(errors.missingParameter('ms'));
 * // { status: 400, body: { error: { code: 'MissingParameter', message: 'The request must contain the parameter ms' } } }
 */
export function controlFailure(error: unknown): ControlResponse {
  const failure = isCloudError(error) ? error : errors.modelDefect(describeThrown(error));
  const body: ControlErrorBody = { error: { code: failure.code, message: failure.message } };
  return { status: failure.httpStatusCode, body };
}
