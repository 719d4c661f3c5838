/**
 * The API-level invariants (3, 9, 10) on what changed since an earlier world of the same
 * cloud: the checks a model-based step makes between two full checks. Each re-checks what
 * the full check would for what the change could have broken:
 *
 * - 3: a region whose services (beyond the endpoints asking to connect), load balancers
 *   (beyond listeners, tags, attributes and security groups) or known accounts changed has
 *   every consumer's and provider's view re-checked, and every region when the failed AZs
 *   or the declared accounts changed (the views of a service depend on nothing else);
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
import type { LoadBalancerRecord } from '../../load-balancers/model.js';
import type { World } from '../../world/world.js';
import { knownAccounts, type InvariantSubject } from '../_internals/world-scan.js';
import { worldDelta, type RegionDelta, type WorldDelta } from '../_internals/world-delta.js';
import { checkConsumerViews } from './consumer-view.js';
import { checkIsolation, checkIsolationOfChange } from './isolation.js';
import { firstNonJsonPathSettled } from './json-carry.js';
import { violation, type InvariantNumber, type InvariantViolation } from './violation.js';

/**
 * Fields of a service its views do not show: a row that changed only there (an endpoint
 * asked to connect) is seen the same by everyone. Compared by reference, field by field, as
 * the immutable world keeps an unchanged field the same object (in a trusted delta: an
 * untrusted one re-checks every view).
 */
const SERVICE_VIEW_BLIND: ReadonlySet<string> = new Set<keyof EndpointServiceRecord>(['connections']);

/**
 * Fields of a load balancer no service view reads: a service's AZs are its NLBs' nodes, so a
 * listener, a tag, an attribute or a security group changed on an NLB leaves every view as
 * it was.
 */
const LOAD_BALANCER_VIEW_BLIND: ReadonlySet<string> = new Set<keyof LoadBalancerRecord>([
  'listenerArns',
  'Tags',
  'attributes',
  'SecurityGroups',
  'EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic',
  'usedByServiceIds',
]);

/** Whether every row of `table` that changed in `region` changed only in `blind` fields (none added or removed). */
function rowsSeenAlike(region: RegionDelta, table: 'endpointServices' | 'loadBalancers', blind: ReadonlySet<string>): boolean {
  for (const id of region.changedIds(table)) {
    const a: object | undefined = region.before === undefined ? undefined : getRow<object>(region.before[table], id);
    const b: object | undefined = region.after === undefined ? undefined : getRow<object>(region.after[table], id);
    if (a === undefined || b === undefined) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!blind.has(key) && (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/** Whether a region's service views may read differently after `delta` (world-level changes aside). */
function viewsMayDiffer(before: World, after: World, region: RegionDelta): boolean {
  if (!region.trusted) return true;
  if (!rowsSeenAlike(region, 'loadBalancers', LOAD_BALANCER_VIEW_BLIND) || !rowsSeenAlike(region, 'endpointServices', SERVICE_VIEW_BLIND)) return true;
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
  if (wanted(10)) out.push(...isolationOfDelta(subject, since, delta));
  return out;
}

/** Invariant 10 on a delta: what it added asked for by id, kinds it grew or shrank re-listed. */
function isolationOfDelta(subject: InvariantSubject, since: World, delta: WorldDelta): InvariantViolation[] {
  // A newly declared account is a new viewer in every region: check them whole.
  if (delta.changed('accounts')) return checkIsolation(subject);
  return delta.regions.flatMap((region) => checkIsolationOfChange(subject, since, region));
}

/**
 * Invariant 10 on what changed since `since` only: every resource added asked for by id by
 * every other account, every kind that grew or shrank re-listed. What a full check adds
 * when it is given `since` (the full isolation check asks for a sample of each kind by id).
 *
 * @example
 * checkIsolationSince(cloud, before); // [] when no account reads what the step added
 */
export function checkIsolationSince(subject: InvariantSubject, since: World): InvariantViolation[] {
  return isolationOfDelta(subject, since, worldDelta(since, subject.world));
}
