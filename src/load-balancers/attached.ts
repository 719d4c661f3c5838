/**
 * The target groups a load balancer forwards to, found through its listeners (an NLB has at
 * most 50), so no query scans every target group of the region.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import type { LoadBalancerRecord, TargetGroupRecord } from './model.js';

/**
 * The distinct target groups `lb`'s listeners forward to.
 *
 * @example
 * attachedTargetGroups(ctx.region, lb).map((tg) => tg.TargetGroupName);
 */
export function attachedTargetGroups(region: RegionState, lb: Readonly<LoadBalancerRecord>): TargetGroupRecord[] {
  const out: TargetGroupRecord[] = [];
  for (const listenerArn of lb.listenerArns) {
    const listener = getRow(region.listeners, listenerArn);
    const tg = listener === undefined ? undefined : getRow(region.targetGroups, listener.TargetGroupArn);
    if (tg !== undefined && !out.includes(tg)) out.push(tg);
  }
  return out;
}
