/**
 * The model-control JSON API (snapshot/restore, clock, public DNS, faults, data plane) as a
 * pure request handler. This file is a stub with the agreed signature, answering 404; the
 * control API's own branch replaces it.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';

/**
 * The model a server holds: the cloud can be replaced (restore).
 *
 * @example
 * const host: ModelHost = { cloud: createCloud({ seed: 1 }) };
 */
export interface ModelHost {
  cloud: Cloud;
}

/**
 * A control request as the HTTP layer hands it over: path below the prefix, e.g.
 * 'snapshot', 'clock/advance'.
 *
 * @example
 * const request: ControlRequest = { method: 'POST', path: 'clock/advance', body: '{"ms":1000}' };
 */
export interface ControlRequest {
  method: string;
  path: string;
  body: string;
}

/**
 * What to answer: a status and a JSON-ready value.
 *
 * @example
 * const response: ControlResponse = { status: 200, body: { ok: true } };
 */
export interface ControlResponse {
  status: number;
  body: unknown;
}

/**
 * The control API's prefix on the server.
 *
 * @example
 * `${url}${CONTROL_PREFIX}snapshot`; // 'http://127.0.0.1:4566/_model/snapshot'
 */
export const CONTROL_PREFIX = '/_model/';

/**
 * Answers one control request.
 *
 * @example
 * handleControl(host, { method: 'GET', path: 'snapshot', body: '' }).status;
 */
export function handleControl(host: ModelHost, request: ControlRequest): ControlResponse {
  void host;
  return { status: 404, body: { error: 'NotFound', message: `No control resource ${request.method} ${CONTROL_PREFIX}${request.path}` } };
}
