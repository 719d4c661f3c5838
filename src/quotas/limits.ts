/**
 * Reading the quotas in force from the World. A check compares a count the caller already
 * keeps (a counter or a bounded list's length) with the quota: O(1), never a scan.
 *
 * @module
 */
import type { World } from '../world/world.js';
import type { QuotaName } from './model.js';

/**
 * The quota in force: a count, or `Infinity` when the cloud set no limit.
 *
 * @example
 * quotaLimit(cloud.world, 'vpcsPerRegion'); // 5
 */
export function quotaLimit(world: World, name: QuotaName): number {
  return world.quotas[name] ?? Infinity;
}

/**
 * Whether adding `adding` to `used` would pass the quota: the check every create runs
 * before it changes anything, so a refusal leaves the world as it was.
 *
 * @example
 * if (exceedsQuota(ctx.world, 'subnetsPerVpc', vpc.subnetIds.length)) throw errors.subnetLimitExceeded();
 */
export function exceedsQuota(world: World, name: QuotaName, used: number, adding = 1): boolean {
  return used + adding > quotaLimit(world, name);
}
