/**
 * ELBv2 `DescribeLoadBalancerAttributes` for a Network Load Balancer: every attribute with
 * its current value (`load_balancing.cross_zone.enabled` and `deletion_protection.enabled`
 * default to `false`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { checkElbArn } from '../arns.js';
import { renderAttributes } from '../load-balancer-attributes.js';
import { requireLoadBalancer } from '../lookup.js';

/** SDK v3 `DescribeLoadBalancerAttributesInput`. */
export interface DescribeLoadBalancerAttributesInput {
  LoadBalancerArn: string | undefined;
}

/** SDK v3 `DescribeLoadBalancerAttributesOutput`. */
export interface DescribeLoadBalancerAttributesOutput {
  Attributes: { Key: string; Value: string }[];
}

/**
 * `DescribeLoadBalancerAttributes`.
 *
 * @example
 * elbv2.describeLoadBalancerAttributes({ LoadBalancerArn }).Attributes;
 */
export const describeLoadBalancerAttributes = defineAction<DescribeLoadBalancerAttributesInput, DescribeLoadBalancerAttributesOutput>()({
  name: 'DescribeLoadBalancerAttributes',
  api: 'elbv2',
  readOnly: true,
  parse: (p) => ({ arn: checkElbArn(p.string('LoadBalancerArn'), 'loadbalancer') }),
  apply: (ctx, { arn }) => ({
    Attributes: renderAttributes(requireLoadBalancer(ctx.region, ctx.caller.accountId, arn).attributes),
  }),
});
