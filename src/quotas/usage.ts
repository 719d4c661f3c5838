/**
 * Per account and Region usage counters (`RegionState.accountUsage`), for the quotas AWS
 * counts per account and Region. Commands count a resource in when they create it and out
 * when they delete it; checks read the count. A row exists once the account has held
 * anything in the Region; reads of an absent row see zeros.
 *
 * @module
 */
import { getRow, putRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import type { AccountUsage } from './model.js';

const NO_USAGE: Readonly<AccountUsage> = Object.freeze({
  vpcs: 0,
  securityGroups: 0,
  loadBalancers: 0,
  targetGroups: 0,
  outstandingPeeringRequests: 0,
});

/**
 * What `accountId` holds in the Region (zeros when nothing yet).
 *
 * @example
 * accountUsage(ctx.region, ctx.caller.accountId).vpcs; // 2
 */
export function accountUsage(region: RegionState, accountId: string): Readonly<AccountUsage> {
  return getRow(region.accountUsage, accountId) ?? NO_USAGE;
}

/**
 * Counts one resource of `kind` in (`+1`) or out (`-1`) for `accountId`. Call on a draft
 * region, once per create or delete.
 *
 * @example
 * countUsage(ctx.region, ctx.caller.accountId, 'vpcs', 1); // in CreateVpc
 */
export function countUsage(region: RegionState, accountId: string, kind: keyof AccountUsage, delta: 1 | -1): void {
  let usage = getRow(region.accountUsage, accountId);
  if (usage === undefined) {
    putRow(region.accountUsage, accountId, { ...NO_USAGE });
    usage = getRow(region.accountUsage, accountId);
  }
  if (usage !== undefined) usage[kind] += delta;
}
