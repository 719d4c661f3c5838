/**
 * Reading a model-control request: its method and path (a query string split off, the
 * `/_model/` prefix and slashes at either end tolerated), and its fields, from a JSON body
 * or from the query string (string values only), never both.
 *
 * @module
 */
import { errors } from '../../core/errors.js';
import { readParams, type Params } from '../../core/params.js';
import type { ControlRequest } from './handler.js';
import { CONTROL_PREFIX } from './prefix.js';
import type { ControlRoute } from './route.js';

/**
 * A request's method, route path (below the prefix) and query string.
 *
 * @example
 * const target: ControlTarget = { method: 'GET', route: 'connections', query: 'endpointId=vpce-1' };
 */
export interface ControlTarget {
  /** The HTTP method, upper-cased. */
  method: string;
  /** The path below `/_model/`, without slashes at either end. */
  route: string;
  /** The query string after `?` (`''` when none). */
  query: string;
}

/**
 * Splits a request's path into the route path and the query string.
 *
 * @example
 * splitControlPath({ method: 'get', path: '/_model/connections?endpointId=vpce-1', body: '' });
 * // { method: 'GET', route: 'connections', query: 'endpointId=vpce-1' }
 */
export function splitControlPath(request: ControlRequest): ControlTarget {
  const at = request.path.indexOf('?');
  let route = at < 0 ? request.path : request.path.slice(0, at);
  const query = at < 0 ? '' : request.path.slice(at + 1);
  if (route.startsWith(CONTROL_PREFIX)) route = route.slice(CONTROL_PREFIX.length);
  route = route.replace(/^\/+|\/+$/g, '');
  return { method: request.method.toUpperCase(), route, query };
}

/** The fields of a query string, each given once (`a=1&a=2` is refused). */
function queryFields(query: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const search = new URLSearchParams(query);
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    if (values.length > 1) throw errors.invalidParameterValue(name, values, 'Give the field once.');
    // Defined as data: a key such as `__proto__` is an own field, never the prototype.
    Object.defineProperty(fields, name, { value: values[0] ?? '', enumerable: true, writable: true, configurable: true });
  }
  return fields;
}

/** The parsed JSON body, `undefined` when the body is empty (or only white space). */
function bodyValue(body: string): unknown {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw errors.controlBodyNotJson(error instanceof Error ? error.message : 'unreadable');
  }
}

/**
 * A route's input: the body parsed as JSON, or the query string's fields when the body is
 * empty, checked against the fields the route reads.
 *
 * @example
 * readControlInput(route, 'name=_x.example.com', '').params.string('name'); // '_x.example.com'
 */
export function readControlInput(route: ControlRoute, query: string, body: string): { params: Params; raw: unknown } {
  const fromBody = bodyValue(body);
  const fromQuery = query === '' ? undefined : queryFields(query);
  if (fromBody !== undefined && fromQuery !== undefined && Object.keys(fromQuery).length > 0) throw errors.controlQueryAndBody();
  const raw = fromBody ?? fromQuery;
  if (route.fields === 'any') return { params: readParams(undefined, 'ec2'), raw };
  const params = readParams(raw, 'ec2');
  if (raw !== undefined && raw !== null) {
    for (const name of Object.keys(raw)) if (!route.fields.includes(name)) throw errors.controlFieldUnknown(name, route.fields);
  }
  return { params, raw };
}
