/**
 * The API-level invariants (3, 9, 10) on what changed since an earlier world of the same
 * cloud: the checks a model-based step makes between two full checks. Each one re-checks
 * everything the full check would for the resources the change touched:
 *
 * - 3: a region whose services (beyond the endpoints asking to connect), load balancers,
 *   failed AZs, declared accounts or known accounts changed has every consumer's and
 *   provider's view re-checked (the views of a service depend on nothing else);
 * - 9: the JSON-carry half runs on the whole world, walking only what is new (see
 *   `json-carry.ts`); the snapshot -> JSON -> restore round trip is left to the full check;
 * - 10: every account re-lists each kind whose table changed and asks by id for every
 *   changed resource it does not own; a region with a new known account is checked whole.
 *
 * @module
 */
import { getRow } from '../../core/table.js';
import type { EndpointServiceRecord } from '../../endpoint-services/model.js';
import type { World } from '../../world/world.js';
import { knownAccounts, type InvariantSubject } from '../_internals/world-scan.js';
import { worldDelta, type RegionDelta, type WorldDelta } from '../_internals/world-delta.js';
import { checkConsumerViews } from './consumer-view.js';
import { checkIsolationOfChange } from './isolation.js';
import { firstNonJsonPathSettled } from './json-carry.js';
import { violation, type InvariantNumber, type InvariantViolation } from './violation.js';

/**
 * Fields of a service its views do not show: a row that changed only there (an endpoint
 * asked to connect) is seen the same by everyone. Compared by reference, field by field, as
 * the immutable world keeps an unchanged field the same object.
 */
const VIEW_BLIND: ReadonlySet<string> = new Set<keyof EndpointServiceRecord>(['connections']);

function servicesSeenAlike(region: RegionDelta): boolean {
  if (!region.trusted) return false;
  for (const id of region.changedIds('endpointServices')) {
    const a = region.before === undefined ? undefined : getRow(region.before.endpointServices, id);
    const b = region.after === undefined ? undefined : getRow(region.after.endpointServices, id);
    if (a === undefined || b === undefined) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!VIEW_BLIND.has(key) && (a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/** Whether a region's service views may read differently after `delta`. */
function viewsMayDiffer(world: WorldDelta, before: World, after: World, region: RegionDelta): boolean {
  if (world.changed('accounts') || world.changed('failedZones')) return true;
  if (region.changed('loadBalancers') || !servicesSeenAlike(region)) return true;
  if (region.before === undefined || region.after === undefined) return true;
  return knownAccounts(before, region.before).join(',') !== knownAccounts(after, region.after).join(',');
}

/**
 * Checks invariants 3, 9 (JSON carry) and 10 on what changed from `since` to the subject's
 * current world; `wanted` says which of them.
 *
 * @example
 * const before = cloud.world;
 * cloud.ec2(consumer).createVpcEndpoint(input);
 * checkChangedSince(cloud, before, (n) => true); // [] when the new endpoint broke nothing
 */
export function checkChangedSince(subject: InvariantSubject, since: World, wanted: (n: InvariantNumber) => boolean): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const after = subject.world;
  const delta = worldDelta(since, after);
  if (wanted(3) || wanted(10)) {
    const regions = new Set(delta.regions.filter((r) => viewsMayDiffer(delta, since, after, r)).map((r) => r.region));
    if (regions.size > 0) out.push(...checkConsumerViews(subject, regions).filter((v) => wanted(v.invariant)));
  }
  if (wanted(9)) {
    const bad = firstNonJsonPathSettled(after);
    if (bad !== undefined) out.push(violation(9, [bad], `the world holds a value JSON cannot carry at ${bad}`));
  }
  if (wanted(10)) for (const region of delta.regions) out.push(...checkIsolationOfChange(subject, since, region));
  return out;
}
