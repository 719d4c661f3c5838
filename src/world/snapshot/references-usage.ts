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
import type { AccountUsage } from '../../quotas/model.js';
import { heldUsage } from '../../quotas/usage.js';
import type { RegionState } from '../world.js';
import { expect, tablePath } from './check.js';
import { pathOf } from './read.js';

/**
 * Checks the per-account usage rows and each VPC's active peering count of one region.
 *
 * @example
 * checkUsageCounters(state, 'us-east-1');
 */
export function checkUsageCounters(state: RegionState, region: string): void {
  const { byAccount, activePeerings } = heldUsage(state);
  const recorded = new Set<string>();
  for (const [accountId, usage] of tableEntries(state.accountUsage)) {
    const at = tablePath(region, 'accountUsage', accountId);
    expect(isAccountId(accountId), at, 'is not keyed by an account id');
    recorded.add(accountId);
    const held = byAccount.get(accountId);
    for (const kind of Object.keys(usage) as (keyof AccountUsage)[]) {
      const count = held?.[kind] ?? 0;
      expect(usage[kind] === count, pathOf(at, kind), `is ${usage[kind]}, but the account holds ${count}`);
    }
  }
  for (const [accountId, held] of byAccount) {
    const kind = (Object.keys(held) as (keyof AccountUsage)[]).find((k) => held[k] > 0) ?? 'nothing';
    expect(recorded.has(accountId), tablePath(region, 'accountUsage', accountId), `is missing, but the account holds ${kind}`);
  }
  for (const vpc of rows(state.vpcs)) {
    expect(vpc.activePeeringCount === (activePeerings.get(vpc.VpcId) ?? 0), pathOf(tablePath(region, 'vpcs', vpc.VpcId), 'activePeeringCount'), 'does not count the VPC\'s active peering connections');
  }
}
