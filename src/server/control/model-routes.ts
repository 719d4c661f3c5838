/**
 * Model-control routes over the whole model: the world as JSON (`GET snapshot`), restoring
 * one (`POST restore`), starting over (`POST reset`) and the simulated clock (`GET clock`,
 * `POST clock/advance`).
 *
 * @module
 */
import { createCloud, type Cloud } from '../../cloud.js';
import { errors } from '../../core/errors.js';
import type { Params } from '../../core/params.js';
import type { CloudOptions } from '../../world/create-world.js';
import type { World } from '../../world/world.js';
import { requiredField, type ControlRoute } from './route.js';

/**
 * The answer of the clock routes: simulated epoch milliseconds and the same instant in ISO 8601.
 *
 * @example
 * const clock: ClockBody = { now: 1767225600000, iso: '2026-01-01T00:00:00.000Z' };
 */
export interface ClockBody {
  now: number;
  iso: string;
}

/** The clock of `cloud` as the clock routes answer it. */
function clockBody(cloud: Cloud): ClockBody {
  const now = cloud.clock.now();
  return { now, iso: new Date(now).toISOString() };
}

/** The running cloud's port capacity (data-plane state a snapshot does not hold). */
function portCapacityOf(cloud: Cloud): { portCapacity: number } {
  return { portCapacity: cloud.dataPlane.ports.capacity };
}

/** The `createCloud` options a reset body may give. */
const RESET_FIELDS = ['seed', 'accounts', 'timing', 'startTime', 'portCapacity', 'quotas'] as const;

/**
 * JSON has no `Infinity`: a quota given as `null` (as a snapshot stores "no limit") means
 * no limit. Anything else goes to `createCloud`, which checks it.
 */
function quotasFromJson(quotas: unknown): unknown {
  if (typeof quotas !== 'object' || quotas === null || Array.isArray(quotas)) return quotas;
  return Object.fromEntries(Object.entries(quotas).map(([name, value]) => [name, value === null ? Infinity : value]));
}

/** The options of a reset: the fields given (checked by `createCloud`), the running port capacity by default. */
function resetOptions(cloud: Cloud, params: Params): CloudOptions {
  const options: Record<string, unknown> = { ...portCapacityOf(cloud) };
  for (const name of RESET_FIELDS) if (params.has(name)) options[name] = name === 'quotas' ? quotasFromJson(params.raw(name)) : params.raw(name);
  // Every value is checked by createCloud, which refuses anything out of shape.
  return options as CloudOptions;
}

/**
 * `GET snapshot`, `POST restore`, `POST reset`, `GET clock`, `POST clock/advance`.
 *
 * @example
 * modelRoutes.map((r) => `${r.method} ${r.path}`); // ['GET snapshot', 'POST restore', ...]
 */
export const modelRoutes: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'snapshot',
    summary: 'The whole world as JSON (cloud.snapshot()): keep it, and POST it to restore.',
    fields: [],
    run: (host) => host.cloud.snapshot(),
  },
  {
    method: 'POST',
    path: 'restore',
    summary: 'Replaces the model with a snapshot (the body); the port capacity is kept, open connections are not (a snapshot holds no data plane).',
    fields: 'any',
    run: (host, _params, raw) => {
      if (raw === undefined) throw errors.missingParameter('snapshot');
      host.cloud = createCloud({ from: raw as World, ...portCapacityOf(host.cloud) });
      return clockBody(host.cloud);
    },
  },
  {
    method: 'POST',
    path: 'reset',
    summary: 'Replaces the model with a new, empty cloud: createCloud options seed, accounts, timing, startTime, portCapacity, quotas (null: no limit).',
    fields: RESET_FIELDS,
    run: (host, params) => {
      host.cloud = createCloud(resetOptions(host.cloud, params));
      return clockBody(host.cloud);
    },
  },
  {
    method: 'GET',
    path: 'clock',
    summary: 'The simulated clock: epoch milliseconds and ISO 8601.',
    fields: [],
    run: (host) => clockBody(host.cloud),
  },
  {
    method: 'POST',
    path: 'clock/advance',
    summary: 'Moves the simulated clock forward by ms (asynchronous steps due by then happen).',
    fields: ['ms'],
    run: (host, params) => {
      host.cloud.clock.advance(requiredField(params, 'ms') as number);
      return clockBody(host.cloud);
    },
  },
];
