/**
 * Where the model-control API lives on the server.
 *
 * @module
 */

/**
 * The control API's prefix on the server: `http://127.0.0.1:4566/_model/snapshot`. Never an
 * AWS path (AWS Query requests are posted to `/`).
 *
 * @example
 * if (url.startsWith(CONTROL_PREFIX)) respond(handleControl(host, { method, path: url.slice(CONTROL_PREFIX.length), body }));
 */
export const CONTROL_PREFIX = '/_model/';
