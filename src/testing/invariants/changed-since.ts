/**
 * The API-level invariants (3, 9, 10) on what changed since an earlier world of the same
 * cloud: the checks a model-based step makes between two full checks. Each re-checks what
 * the full check would for what the change could have broken:
 *
 * - 3: a region whose services (beyond the endpoints asking to connect), load balancers or
 *   known accounts changed has every consumer's and provider's view re-checked, and every
 *   region when the failed AZs or the declared accounts changed (the views of a service
 *   depend on nothing else);
 * - 9: the JSON-carry half runs on the whole world, walking only what is new (see
 *   `json-carry.ts`); the snapshot -> JSON -> restore round trip is left to the full check;
 * - 10: every account re-lists each kind that gained or lost a row and asks by id for every
 *   added resource it does not own (who sees a resource follows from what it was created
 *   with, so a resource only modified is left to the full check); a region with a new known
 *   account is checked whole, and every region when the declared accounts changed.
 *
 * @module
 */
import { getRow } from '../../core/table.js';
import type { EndpointServiceRecord } from '../../endpoint-services/model.js';
import type { World } from '../../world/world.js';
import { knownAccounts, type InvariantSubject } from '../_internals/world-scan.js';
import { worldDelta, type RegionDelta } from '../_internals/world-delta.js';
import { checkConsumerViews } from './consumer-view.js';
import { checkIsolation, checkIsolationOfChange } from './isolation.js';
import { firstNonJsonPathSettled } from './json-carry.js';
import { violation, type InvariantNumber, type InvariantViolation } from './violation.js';

/**
 * Fields of a service its views do not show: a row that changed only there (an endpoint
 * asked to connect) is seen the same by everyone. Compared by reference, field by field, as
 * the immutable world keeps an unchanged field the same object. (An untrusted delta counts
 * the load balancers as changed, so its views are re-checked before this is asked.)
 */
const VIEW_BLIND: ReadonlySet<string> = new Set<keyof EndpointServiceRecord>(['connections']);

function servicesSeenAlike(region: RegionDelta): boolean {
  for (const id of region.changedIds('endpointServices')) {
    const a = region.before === undefined ? undefined : getRow(region.before.endpointServices, id);
    const b = region.after === undefined ? undefined : getRow(region.after.endpointServices, id);
    if (a === undefined || b === undefined) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!VIEW_BLIND.has(key) && (a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/** Whether a region's service views may read differently after `delta` (world-level changes aside). */
function viewsMayDiffer(before: World, after: World, region: RegionDelta): boolean {
  if (region.changed('loadBalancers') || !servicesSeenAlike(region)) return true;
  if (region.before === undefined || region.after === undefined) return true;
  return knownAccounts(before, region.before).join(',') !== knownAccounts(after, region.after).join(',');
}

/**
 * Checks invariants 3, 9 (JSON carry) and 10 on what changed from `since` to the subject's
 * current world; `wanted` says which of them.
 *
 * @example
 * const before = settle(cloud.world);
 * cloud.ec2(consumer).createVpcEndpoint(input);
 * checkChangedSince(cloud, before, (n) => true); // [] when the new endpoint broke nothing
 */
export function checkChangedSince(subject: InvariantSubject, since: World, wanted: (n: InvariantNumber) => boolean): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const after = subject.world;
  const delta = worldDelta(since, after);
  // Declared accounts and failed AZs are world-wide: every region's views may read otherwise.
  const everywhere = delta.changed('accounts') || delta.changed('failedZones');
  if (wanted(3) || wanted(10)) {
    const regions = everywhere ? undefined : new Set(delta.regions.filter((r) => viewsMayDiffer(since, after, r)).map((r) => r.region));
    if (regions === undefined || regions.size > 0) out.push(...checkConsumerViews(subject, regions).filter((v) => wanted(v.invariant)));
  }
  if (wanted(9)) {
    const bad = firstNonJsonPathSettled(after);
    if (bad !== undefined) out.push(violation(9, [bad], `the world holds a value JSON cannot carry at ${bad}`));
  }
  if (wanted(10)) {
    // A newly declared account is a new viewer in every region: check them whole.
    if (delta.changed('accounts')) out.push(...checkIsolation(subject));
    else for (const region of delta.regions) out.push(...checkIsolationOfChange(subject, since, region));
  }
  return out;
}
