/**
 * `checkInvariants(cloud)`: docs/design.md's invariants checked on a cloud's current world and
 * data plane, each violation naming the invariant and the ids it broke on. Invariant 6 (a
 * failed command changes nothing) is about a command, not a state: the model-based commands
 * check it on every call.
 *
 * @module
 */
import { errors } from '../../core/errors.js';
import type { InvariantSubject } from '../_internals/world-scan.js';
import { checkAcceptance } from './acceptance.js';
import { checkOpenPaths } from './connections.js';
import { checkChangedSince, checkIsolationSince } from './changed-since.js';
import { checkConsumerViews } from './consumer-view.js';
import type { CloudHistory } from './history.js';
import { checkIsolation } from './isolation.js';
import { checkLifecycles } from './lifecycle.js';
import { checkPorts } from './ports.js';
import { checkSnapshot } from './snapshot.js';
import { formatViolations, type InvariantNumber, type InvariantViolation } from './violation.js';
import type { World } from '../../world/world.js';
import { checkEndpointZones, checkLoadBalancerWiring } from './zones.js';

export type { InvariantSubject } from '../_internals/world-scan.js';

/**
 * Options of {@link checkInvariants}.
 *
 * @remarks Since 0.1.0
 */
export interface CheckInvariantsOptions {
  /**
   * A history from `recordHistory(cloud)`: adds the checks a single state cannot show
   * (requester allowed and acceptance as they were at creation; every state change a
   * machine transition).
   * @defaultValue none
   */
  history?: CloudHistory;
  /**
   * Only these invariants (the API-level ones, 3, 9 and 10, are the costly ones).
   * @defaultValue every invariant
   */
  only?: readonly InvariantNumber[];
  /**
   * An earlier world of the same cloud that a check has seen (or `settle` walked): invariants
   * 3, 9 and 10 are then checked on what changed since it (every view, listing and lookup
   * the full check makes for the resources that changed; 9 without the snapshot round
   * trip), the others in full. For checking after every step at a fraction of the cost;
   * keep a full check every so often and at the end. Since a world no check saw, everything
   * counts as changed.
   * @defaultValue none (everything in full)
   */
  since?: World;
  /**
   * Every invariant in full even when `since` is given; `since` then adds the by-id look at
   * every resource added since it (the full isolation check asks for a sample of each kind).
   * What a model-based step makes on the commands its full-check schedule picks.
   * @defaultValue false (with `since`, only what changed)
   */
  full?: boolean;
}

/**
 * Checks docs/design.md's invariants on `cloud`'s current world and data plane, without changing
 * either. Returns every violation found (an empty array when all hold). O(world), for use
 * between commands; with `since`, the API-level invariants cost what changed.
 *
 * @example
 * const violations = checkInvariants(cloud);
 * for (const v of violations) console.log(`invariant ${v.invariant} on ${v.ids.join(', ')}: ${v.message}`);
 *
 * @example
 * const history = recordHistory(cloud); // before the endpoints are created
 * // ... drive the cloud ...
 * expect(checkInvariants(cloud, { history })).toEqual([]);
 *
 * @example
 * let checked = settle(cloud.world);
 * for (const step of steps) {
 *   step(cloud);
 *   expect(checkInvariants(cloud, { since: checked })).toEqual([]); // what the step changed
 *   checked = cloud.world;
 * }
 * expect(checkInvariants(cloud)).toEqual([]); // and everything, at the end
 */
export function checkInvariants(cloud: InvariantSubject, options: CheckInvariantsOptions = {}): InvariantViolation[] {
  const wanted = (n: InvariantNumber) => options.only === undefined || options.only.includes(n);
  const world = cloud.world;
  const connections = cloud.connections();
  const out: InvariantViolation[] = [];
  const full = options.since === undefined || options.full === true;
  if (wanted(1)) out.push(...checkAcceptance(world, options.history));
  if (wanted(2)) out.push(...checkEndpointZones(world));
  if (full && (wanted(3) || wanted(10))) out.push(...checkConsumerViews(cloud).filter((v) => wanted(v.invariant)));
  if (wanted(4)) out.push(...checkLoadBalancerWiring(world, connections));
  if (wanted(5)) out.push(...checkLifecycles(world, options.history));
  if (wanted(7) || wanted(8)) out.push(...checkPorts(cloud.dataPlane.ports, connections).filter((v) => wanted(v.invariant)));
  if (wanted(8)) out.push(...checkOpenPaths(world, connections));
  if (full && wanted(9)) out.push(...checkSnapshot(world));
  if (full && wanted(10)) out.push(...checkIsolation(cloud));
  if (options.since !== undefined) {
    if (!full) out.push(...checkChangedSince(cloud, options.since, wanted));
    else if (wanted(10)) out.push(...checkIsolationSince(cloud, options.since));
  }
  return out;
}

/**
 * Like {@link checkInvariants}, but throws a `CloudError` (`InvalidState`) listing every
 * violation, one per line, when any invariant is broken.
 *
 * @example
 * assertInvariants(cloud); // throws "3 invariant violations:\ninvariant 2 [vpce-..., ...]: ..."
 */
export function assertInvariants(cloud: InvariantSubject, options: CheckInvariantsOptions = {}): void {
  const violations = checkInvariants(cloud, options);
  if (violations.length === 0) return;
  const count = violations.length === 1 ? '1 invariant violation' : `${violations.length} invariant violations`;
  throw errors.invalidState(`${count}:\n${formatViolations(violations)}`);
}
