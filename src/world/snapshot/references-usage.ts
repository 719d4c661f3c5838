/**
 * The quota counters a restored snapshot must keep exact (`quotas/usage.ts`,
 * `network/peering-status.ts`): what each account holds in a region, and each VPC's active
 * peering connections. A counter that disagrees with the records would let an account past
 * a quota, or refuse it below one.
 *
 * @module
 */
import { isAccountId } from '../../core/ids.js';
import { rows, tableEntries } from '../../core/table.js';
import { ACTIVE_PEERING_STATUSES, OUTSTANDING_PEERING_STATUSES } from '../../network/peering-status.js';
import type { AccountUsage } from '../../quotas/model.js';
import type { RegionState } from '../world.js';
import { expect, tablePath, tally } from './check.js';
import { pathOf } from './read.js';

/**
 * Checks the per-account usage rows and each VPC's active peering count of one region.
 *
 * @example
 * checkUsageCounters(state, 'us-east-1');
 */
export function checkUsageCounters(state: RegionState, region: string): void {
  const held: Record<keyof AccountUsage, Map<string, number>> = {
    vpcs: new Map(),
    securityGroups: new Map(),
    loadBalancers: new Map(),
    targetGroups: new Map(),
    outstandingPeeringRequests: new Map(),
  };
  for (const vpc of rows(state.vpcs)) tally(held.vpcs, vpc.OwnerId);
  for (const group of rows(state.securityGroups)) tally(held.securityGroups, group.OwnerId);
  for (const lb of rows(state.loadBalancers)) tally(held.loadBalancers, lb.OwnerId);
  for (const tg of rows(state.targetGroups)) tally(held.targetGroups, tg.OwnerId);
  const active = new Map<string, number>();
  for (const peering of rows(state.vpcPeeringConnections)) {
    if (OUTSTANDING_PEERING_STATUSES.has(peering.Status)) tally(held.outstandingPeeringRequests, peering.RequesterOwnerId);
    if (ACTIVE_PEERING_STATUSES.has(peering.Status)) for (const vpcId of [peering.RequesterVpcId, peering.AccepterVpcId]) tally(active, vpcId);
  }
  const recorded = new Set<string>();
  for (const [accountId, usage] of tableEntries(state.accountUsage)) {
    const at = tablePath(region, 'accountUsage', accountId);
    expect(isAccountId(accountId), at, 'is not keyed by an account id');
    recorded.add(accountId);
    for (const [kind, counts] of Object.entries(held) as [keyof AccountUsage, Map<string, number>][]) {
      expect(usage[kind] === (counts.get(accountId) ?? 0), pathOf(at, kind), `is ${usage[kind]}, but the account holds ${counts.get(accountId) ?? 0}`);
    }
  }
  for (const [kind, counts] of Object.entries(held)) {
    for (const accountId of counts.keys()) expect(recorded.has(accountId), tablePath(region, 'accountUsage', accountId), `is missing, but the account holds ${kind}`);
  }
  for (const vpc of rows(state.vpcs)) {
    expect(vpc.activePeeringCount === (active.get(vpc.VpcId) ?? 0), pathOf(tablePath(region, 'vpcs', vpc.VpcId), 'activePeeringCount'), 'does not count the VPC\'s active peering connections');
  }
}
