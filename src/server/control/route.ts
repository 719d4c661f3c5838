/**
 * One route of the model-control API: an HTTP method and a path below `/_model/`, the
 * fields it reads, and what it runs. Route groups (`model-routes.ts`, `data-plane-routes.ts`...)
 * are lists of these; `routes.ts` finds one for a request.
 *
 * @module
 */
import type { Params } from '../../core/params.js';
import type { ModelHost } from './handler.js';

/**
 * The HTTP methods the control API uses: reads are GET, changes POST, removals DELETE.
 *
 * @example
 * const method: ControlMethod = 'POST';
 */
export type ControlMethod = 'GET' | 'POST' | 'DELETE';

/**
 * A model-control route.
 *
 * @example
 * const clockRoute: ControlRoute = {
 *   method: 'GET', path: 'clock', summary: 'The simulated clock.', fields: [],
 *   run: (host) => ({ now: host.cloud.clock.now() }),
 * };
 */
export interface ControlRoute {
  method: ControlMethod;
  /** The path below `/_model/`, without slashes at either end (`''` is the route list). */
  path: string;
  /** One line saying what the route does (listed by `GET /_model/`). */
  summary: string;
  /**
   * The top-level fields the route reads; any other is refused (`InvalidParameter`), so a
   * misspelt field never passes unnoticed. `'any'` for a route whose body is a whole value
   * (a snapshot).
   */
  fields: readonly string[] | 'any';
  /**
   * Runs the route and returns the JSON-ready answer (status 200); throws a `CloudError`
   * for anything it refuses. `params` reads the fields (`src/core/params.ts`); `raw` is the
   * parsed body or query as given.
   */
  run(host: ModelHost, params: Params, raw: unknown): unknown;
}

/**
 * A required field, unchecked: `MissingParameter` when absent or `null` (as `Params` reads
 * a required field); its type and range are the
 * model control's to check (one source of truth for each rule).
 *
 * @example
 * host.cloud.clock.advance(requiredField(params, 'ms') as number); // advance checks the number
 */
export function requiredField(params: Params, name: string): unknown {
  const value = params.raw(name);
  if (value === undefined || value === null) throw params.missing(name);
  return value;
}
