/**
 * Finding the caller's load balancers, target groups and listeners by ARN. Another
 * account's resource answers exactly as a missing one (invariant 10), and a malformed ARN is
 * AWS's `ValidationError`.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import { checkElbArn } from './arns.js';
import type { ListenerRecord, LoadBalancerRecord, TargetGroupRecord } from './model.js';

/** The caller's load balancer, or `undefined` (any owner mismatch reads as missing). */
export function findLoadBalancer(region: RegionState, accountId: string, arn: string): LoadBalancerRecord | undefined {
  const lb = getRow(region.loadBalancers, arn);
  return lb !== undefined && lb.OwnerId === accountId ? lb : undefined;
}

/**
 * The caller's load balancer, or AWS's `LoadBalancerNotFound`.
 *
 * @example
 * requireLoadBalancer(ctx.region, ctx.caller.accountId, LoadBalancerArn).State;
 */
export function requireLoadBalancer(region: RegionState, accountId: string, arn: string): LoadBalancerRecord {
  checkElbArn(arn, 'loadbalancer');
  const lb = findLoadBalancer(region, accountId, arn);
  if (lb === undefined) throw errors.loadBalancerNotFound(arn);
  return lb;
}

/** The caller's target group, or `undefined`. */
export function findTargetGroup(region: RegionState, accountId: string, arn: string): TargetGroupRecord | undefined {
  const tg = getRow(region.targetGroups, arn);
  return tg !== undefined && tg.OwnerId === accountId ? tg : undefined;
}

/** The caller's target group, or AWS's `TargetGroupNotFound`. */
export function requireTargetGroup(region: RegionState, accountId: string, arn: string): TargetGroupRecord {
  checkElbArn(arn, 'targetgroup');
  const tg = findTargetGroup(region, accountId, arn);
  if (tg === undefined) throw errors.targetGroupNotFound(arn);
  return tg;
}

/** The caller's listener, or AWS's `ListenerNotFound`. */
export function requireListener(region: RegionState, accountId: string, arn: string): ListenerRecord {
  checkElbArn(arn, 'listener');
  const listener = getRow(region.listeners, arn);
  if (listener === undefined || listener.OwnerId !== accountId) throw errors.listenerNotFound(arn);
  return listener;
}
