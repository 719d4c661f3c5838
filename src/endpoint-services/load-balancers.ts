/**
 * The Network Load Balancers behind an endpoint service: checking the ARNs a provider names
 * (existing, its own, in its region, usable, not already fronting another service), and
 * keeping each NLB's `usedByServiceIds` in step, which ELBv2's `DeleteLoadBalancer` reads to
 * answer `ResourceInUse`.
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import type { Caller } from '../core/identity.js';
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import type { LoadBalancerRecord } from '../load-balancers/model.js';
import { markLoadBalancerUsed, releaseLoadBalancer } from '../load-balancers/usage.js';
import type { RegionState } from '../world/world.js';

/**
 * The caller's NLBs named by `arns`, checked for use by service `serviceId` (or a new
 * service when `undefined`). A missing, foreign, other-region or malformed ARN answers as
 * not found; a failed NLB is not usable; NLBs already used by another service are reported
 * together.
 *
 * @example
 * const nlbs = requireServiceLoadBalancers(ctx.region, ctx.caller, ['arn:aws:elasticloadbalancing:...'], undefined);
 */
export function requireServiceLoadBalancers(
  state: RegionState,
  caller: Caller,
  arns: readonly string[],
  serviceId: string | undefined,
): LoadBalancerRecord[] {
  const found: LoadBalancerRecord[] = [];
  const inUse: string[] = [];
  for (const arn of arns) {
    const parsed = parseArn(arn);
    const nlb = getRow(state.loadBalancers, arn);
    if (
      !parsed ||
      parsed.service !== 'elasticloadbalancing' ||
      parsed.region !== caller.region ||
      !parsed.resource.startsWith('loadbalancer/net/') ||
      nlb === undefined ||
      nlb.OwnerId !== caller.accountId
    ) {
      throw errors.serviceLoadBalancerNotFound(arn);
    }
    if (nlb.State === 'failed') throw errors.serviceLoadBalancerNotUsable(arn, nlb.State);
    if (nlb.usedByServiceIds.some((id) => id !== serviceId)) inUse.push(arn);
    found.push(nlb);
  }
  if (inUse.length > 0) throw errors.serviceLoadBalancersInUse(inUse);
  return found;
}

/**
 * Marks `arns` as used by `serviceId` (call on a draft region).
 *
 * @example
 * attachLoadBalancers(ctx.region, serviceId, ['arn:aws:elasticloadbalancing:...']);
 */
export function attachLoadBalancers(state: RegionState, serviceId: string, arns: readonly string[]): void {
  for (const arn of arns) markLoadBalancerUsed(state, arn, serviceId);
}

/**
 * Frees `arns` from `serviceId` (call on a draft region): they can be deleted again.
 *
 * @example
 * detachLoadBalancers(ctx.region, serviceId, service.NetworkLoadBalancerArns);
 */
export function detachLoadBalancers(state: RegionState, serviceId: string, arns: readonly string[]): void {
  for (const arn of arns) releaseLoadBalancer(state, arn, serviceId);
}
