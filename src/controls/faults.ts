/**
 * Model control (not an AWS action): fault injection. Failing an Availability Zone takes the
 * zone's endpoint interfaces, NLB nodes and targets out of the data plane, by AZ id, for
 * every account at once (as a real AZ outage would).
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { describeValue, errors } from '../core/errors.js';
import { findRegion } from '../geo/regions.js';

/** The key of a failed zone in `world.failedZones`. */
export function failedZoneKey(region: string, zoneId: string): string {
  return `${region}/${zoneId}`;
}

/** Whether an AZ (by id) of a region is failed. */
export function isZoneFailed(failedZones: Readonly<Record<string, true>>, region: string, zoneId: string): boolean {
  return failedZones[failedZoneKey(region, zoneId)] === true;
}

/** Checks a region and AZ id given to a fault control. */
export function checkZone(region: unknown, zoneId: unknown): { region: string; zoneId: string } {
  const info = findRegion(region);
  if (!info) throw errors.invalidParameterValue('region', region, 'Unknown region.');
  if (typeof zoneId !== 'string' || !info.zoneIds.includes(zoneId)) {
    throw errors.zoneIdNotFound(describeValue(zoneId));
  }
  return { region: info.name, zoneId };
}

/** Marks an AZ failed and tells the data plane to cut what runs through it. */
export function failZone(ctx: WorldContext, region: string, zoneId: string): void {
  const key = failedZoneKey(region, zoneId);
  if (ctx.world.failedZones[key]) return;
  ctx.world.failedZones[key] = true;
  ctx.emit({
    type: 'DataPathCut',
    region,
    scope: { kind: 'zone', zoneId },
    reason: `Availability Zone ${zoneId} failed`,
  });
}

/** Brings a failed AZ back. */
export function restoreZone(ctx: WorldContext, region: string, zoneId: string): void {
  delete ctx.world.failedZones[failedZoneKey(region, zoneId)];
}
