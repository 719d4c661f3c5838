/**
 * Per account and Region usage counters (`RegionState.accountUsage`), for the quotas AWS
 * counts per account and Region. Commands count a resource in when they create it and out
 * when they delete it; checks read the count. A row exists once the account has held
 * anything in the Region; reads of an absent row see zeros.
 *
 * @module
 */
import { getRow, putRow, rows } from '../core/table.js';
import { ACTIVE_PEERING_STATUSES, OUTSTANDING_PEERING_STATUSES } from '../network/peering-status.js';
import type { RegionState } from '../world/world.js';
import type { AccountUsage } from './model.js';

const NO_USAGE: Readonly<AccountUsage> = Object.freeze({
  vpcs: 0,
  securityGroups: 0,
  loadBalancers: 0,
  targetGroups: 0,
  outstandingPeeringRequests: 0,
});

/** What a region's records hold, counted from the records themselves. */
export interface HeldUsage {
  /** Account id -> what it holds, for every account that holds anything. */
  byAccount: Map<string, AccountUsage>;
  /** VPC id -> its active peering connections (VPCs with none are absent). */
  activePeerings: Map<string, number>;
}

/**
 * Counts what every account holds in a region, and each VPC's active peering connections,
 * from the records: the truth the kept counters must equal (a restored snapshot is checked
 * against it; a format 1 snapshot, which kept no counters, is given it).
 *
 * @example
 * heldUsage(region).byAccount.get('111111111111')?.vpcs; // 2
 */
export function heldUsage(state: RegionState): HeldUsage {
  const byAccount = new Map<string, AccountUsage>();
  const of = (accountId: string): AccountUsage => {
    let row = byAccount.get(accountId);
    if (row === undefined) byAccount.set(accountId, (row = { ...NO_USAGE }));
    return row;
  };
  for (const vpc of rows(state.vpcs)) of(vpc.OwnerId).vpcs++;
  for (const group of rows(state.securityGroups)) of(group.OwnerId).securityGroups++;
  for (const lb of rows(state.loadBalancers)) of(lb.OwnerId).loadBalancers++;
  for (const tg of rows(state.targetGroups)) of(tg.OwnerId).targetGroups++;
  const activePeerings = new Map<string, number>();
  for (const peering of rows(state.vpcPeeringConnections)) {
    if (OUTSTANDING_PEERING_STATUSES.has(peering.Status)) of(peering.RequesterOwnerId).outstandingPeeringRequests++;
    if (!ACTIVE_PEERING_STATUSES.has(peering.Status)) continue;
    for (const vpcId of [peering.RequesterVpcId, peering.AccepterVpcId]) activePeerings.set(vpcId, (activePeerings.get(vpcId) ?? 0) + 1);
  }
  return { byAccount, activePeerings };
}

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
