/**
 * Restoring a World from a snapshot of unknown origin (`createCloud({ from })`): the format
 * version is checked (format 1, from 0.1, is read through `migrate-v1.ts`), every field is
 * checked against the World's shape and rebuilt as fresh plain data, every reference
 * between records must resolve and every index and counter must say what the records say.
 * Then the world is deeply frozen, as immutable as any world a command produced.
 *
 * A refusal is a `CloudError` (`InvalidParameterValue`) naming the path of the first bad
 * field; nothing of the input is kept either way.
 *
 * @module
 */
import { errors, isCloudError } from '../../core/errors.js';
import { deepFreeze } from '../../core/draft.js';
import { rows } from '../../core/table.js';
import { findRegion } from '../../geo/regions.js';
import { accountZoneIds } from '../../geo/zones.js';
import { SNAPSHOT_FORMAT_VERSION, type World } from '../world.js';
import { expect } from './check.js';
import { accountId, epochMs } from './formats.js';
import { migrateFormat1, recountFormat1 } from './migrate-v1.js';
import { dict, num, oneOf, pathOf, resetReaders, SnapshotProblem, struct, text, type Reader } from './read.js';
import { tableOf, timerQueueOf } from './read-structures.js';
import { checkEndpointReferences } from './references-endpoints.js';
import { checkLoadBalancerReferences } from './references-load-balancers.js';
import { checkNetworkReferences } from './references-network.js';
import { checkUsageCounters } from './references-usage.js';
import { accountRecord, failedZoneKey, policyDocument, publicDnsRecord, quotaSettings, regionName, regionState, timerOf, timings } from './world-records.js';

export { SNAPSHOT_FORMAT_VERSION };

/** Formats this version reads. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];

/** Ids derive from (seed, sequence): the sequence must stay a safe integer as it grows. */
const MAX_SEQUENCE = 2 ** 52;

function worldReader(timerKinds: ReadonlySet<string>): Reader<World> {
  return struct({
    formatVersion: oneOf([SNAPSHOT_FORMAT_VERSION] as const),
    seed: text(),
    sequence: num({ integer: true, min: 0, max: MAX_SEQUENCE }),
    now: epochMs,
    timings,
    quotas: quotaSettings,
    accounts: dict(accountId, accountRecord),
    regions: dict(regionName, regionState),
    publicDns: tableOf(publicDnsRecord),
    iamPolicies: tableOf(tableOf(policyDocument)),
    failedZones: dict(failedZoneKey, oneOf([true] as const)),
    timers: timerQueueOf(timerOf(timerKinds)),
  });
}

function checkWorld(world: World): void {
  for (const [id, account] of Object.entries(world.accounts)) {
    const at = pathOf(pathOf('$', 'accounts'), id);
    expect(account.accountId === id, at, `holds account ${account.accountId}`);
    for (const [region, zoneIds] of Object.entries(account.zones)) {
      const known = findRegion(region)?.zoneIds ?? [];
      expect(zoneIds.length > 0 && zoneIds.every((z) => known.includes(z)), pathOf(pathOf(at, 'zones'), region), `must list AZ ids of ${region}`);
    }
  }
  for (const [region, state] of Object.entries(world.regions)) {
    // An account names only the AZs of its map: it cannot have a subnet anywhere else.
    for (const subnet of rows(state.subnets)) {
      const zones = accountZoneIds(world, subnet.OwnerId, region);
      expect(zones.includes(subnet.AvailabilityZoneId), pathOf(pathOf(pathOf(pathOf('$', 'regions'), region), 'subnets'), subnet.SubnetId), `is in ${subnet.AvailabilityZoneId}, which account ${subnet.OwnerId} has no name for in ${region}`);
    }
    const users = checkNetworkReferences(state, region);
    checkLoadBalancerReferences(state, region);
    checkEndpointReferences(state, region, users);
    checkUsageCounters(state, region);
  }
}

function versionOf(value: unknown): number {
  const version: unknown = typeof value === 'object' && value !== null ? (value as { formatVersion?: unknown }).formatVersion : undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SnapshotProblem('$', 'must be an object (a world from cloud.snapshot())');
  if (typeof version !== 'number' || !READABLE_FORMAT_VERSIONS.includes(version)) {
    throw new SnapshotProblem(pathOf('$', 'formatVersion'), `is ${JSON.stringify(version) ?? 'missing'}; this version reads formats ${READABLE_FORMAT_VERSIONS.join(' and ')}`);
  }
  return version;
}

/**
 * Checks and rebuilds a snapshot; `timerKinds` are the timer kinds the model handles.
 *
 * @throws CloudError `InvalidParameterValue` naming the first bad field's path.
 * @example
 * const world = loadSnapshot(JSON.parse(text), new Set(Object.keys(timerHandlers)));
 */
export function loadSnapshot(value: unknown, timerKinds: ReadonlySet<string>): World {
  resetReaders();
  try {
    const format1 = versionOf(value) === 1;
    const world = worldReader(timerKinds)(format1 ? migrateFormat1(value as Record<string, unknown>) : value, '$');
    if (format1) recountFormat1(world);
    checkWorld(world);
    return deepFreeze(world);
  } catch (error) {
    if (error instanceof SnapshotProblem) throw errors.invalidSnapshot(error.path, error.why);
    if (isCloudError(error)) throw error;
    throw errors.invalidSnapshot('$', `could not be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    resetReaders();
  }
}
