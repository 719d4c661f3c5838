/**
 * The model-control JSON API of `privatelink-model serve`: what a test in any language uses
 * to drive the model beyond the AWS APIs (snapshot and restore, the simulated clock, public
 * DNS, IAM policies, faults, on-premises networks, the data plane). A pure request handler:
 * the HTTP server hands it each request under `CONTROL_PREFIX` and writes back the
 * status and `JSON.stringify(body)`. It never throws: a bad request is a JSON error
 * `{ "error": { "code", "message" } }` with a 4xx status (a `CloudError`'s code and status).
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { controlFailure } from './error-response.js';
import { readControlInput, splitControlPath } from './request-input.js';
import { findRoute } from './routes.js';

/**
 * The model a server holds: the cloud can be replaced (`POST /_model/restore`, `POST
 * /_model/reset`), so the AWS protocol handler reads `host.cloud` on every request.
 *
 * @example
 * const host: ModelHost = { cloud: createCloud({ seed: 1 }) };
 */
export interface ModelHost {
  cloud: Cloud;
}

/**
 * A control request as the HTTP layer hands it over: the method, the path below the prefix
 * (`'snapshot'`, `'clock/advance'`), with its query string when there is one
 * (`'connections?endpointId=vpce-…'`), and the raw body (`''` when none). A path that still
 * starts with `CONTROL_PREFIX` is accepted too.
 *
 * @example
 * const request: ControlRequest = { method: 'POST', path: 'clock/advance', body: '{"ms":60000}' };
 */
export interface ControlRequest {
  method: string;
  path: string;
  body: string;
}

/**
 * What to answer: an HTTP status and a JSON-ready value (`JSON.stringify` it). Errors are
 * `{ error: { code, message } }`.
 *
 * @example
 * const response: ControlResponse = { status: 200, body: { now: 1767225600000 } };
 */
export interface ControlResponse {
  status: number;
  body: unknown;
}

export { CONTROL_PREFIX } from './prefix.js';

/**
 * Handles one model-control request synchronously: finds the route by path and method,
 * reads its fields (a JSON body, or the query string), runs it against `host.cloud` (a
 * restore or reset replaces `host.cloud`) and answers. Never throws: an unknown route is
 * 404 `UnknownOperation`, a known path with another method 405 `MethodNotAllowed`, a body
 * that is not JSON 400 `SerializationException`, a field the model refuses its `CloudError`
 * (code, message and HTTP status), and a defect of the model 500 `InternalFailure`.
 *
 * @example
 * const host = { cloud: createCloud() };
 * handleControl(host, { method: 'POST', path: 'clock/advance', body: '{"ms":1000}' });
 * // { status: 200, body: { now: 1767225601000, iso: '2026-01-01T00:00:01.000Z' } }
 * handleControl(host, { method: 'GET', path: 'nope', body: '' }).status; // 404
 */
export function handleControl(host: ModelHost, request: ControlRequest): ControlResponse {
  try {
    const { method, route, query } = splitControlPath(request);
    const found = findRoute(method, route);
    const input = readControlInput(found, query, request.body);
    return { status: 200, body: found.run(host, input.params, input.raw) };
  } catch (error) {
    return controlFailure(error);
  }
}
