/**
 * The model-control API's route table: every route group, the route list (`GET /_model/`),
 * and finding the route of a request (404 for an unknown path, 405 for a known path asked
 * with another method).
 *
 * @module
 */
import { errors } from '../../core/errors.js';
import { dataPlaneRoutes } from './data-plane-routes.js';
import { dnsRoutes } from './dns-routes.js';
import { faultRoutes } from './fault-routes.js';
import { iamRoutes } from './iam-routes.js';
import { modelRoutes } from './model-routes.js';
import { networkRoutes } from './network-routes.js';
import { CONTROL_PREFIX } from './prefix.js';
import type { ControlRoute } from './route.js';

/**
 * One line of the route list.
 *
 * @example
 * const line: RouteListing = { method: 'GET', path: '/_model/snapshot', summary: 'The whole world as JSON...' };
 */
export interface RouteListing {
  method: string;
  path: string;
  summary: string;
}

/** The route list itself. */
const indexRoute: ControlRoute = {
  method: 'GET',
  path: '',
  summary: 'This list of routes.',
  fields: [],
  run: (): { routes: RouteListing[] } => ({
    routes: controlRoutes.map((r) => ({ method: r.method, path: `${CONTROL_PREFIX}${r.path}`, summary: r.summary })),
  }),
};

/**
 * Every model-control route, the route list first.
 *
 * @example
 * controlRoutes.some((r) => r.method === 'POST' && r.path === 'clock/advance'); // true
 */
export const controlRoutes: readonly ControlRoute[] = [indexRoute, ...modelRoutes, ...dnsRoutes, ...iamRoutes, ...faultRoutes, ...networkRoutes, ...dataPlaneRoutes];

/**
 * The route for `method` and `path` (below the prefix, no slashes at either end).
 *
 * @throws CloudError `UnknownOperation` (404) for a path no route has; `MethodNotAllowed`
 * (405) for a path whose routes take other methods.
 *
 * @example
 * findRoute('GET', 'snapshot').summary;
 */
export function findRoute(method: string, path: string): ControlRoute {
  const atPath = controlRoutes.filter((r) => r.path === path);
  const route = atPath.find((r) => r.method === method);
  if (route !== undefined) return route;
  if (atPath.length === 0) throw errors.unknownControlRoute(method, `${CONTROL_PREFIX}${path}`);
  throw errors.controlMethodNotAllowed(method, `${CONTROL_PREFIX}${path}`, atPath.map((r) => r.method));
}
