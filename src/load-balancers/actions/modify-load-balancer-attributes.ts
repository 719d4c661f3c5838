/**
 * ELBv2 `ModifyLoadBalancerAttributes` for a Network Load Balancer, e.g. turning on
 * cross-zone load balancing (`load_balancing.cross_zone.enabled`) or deletion protection.
 * Answers with every attribute after the change.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { checkElbArn } from '../arns.js';
import { checkLoadBalancerAttributes, readAttributeList, renderAttributes } from '../load-balancer-attributes.js';
import { requireLoadBalancer } from '../lookup.js';

/** SDK v3 `ModifyLoadBalancerAttributesInput`. */
export interface ModifyLoadBalancerAttributesInput {
  LoadBalancerArn: string | undefined;
  Attributes: { Key?: string | undefined; Value?: string | undefined }[] | undefined;
}

/** SDK v3 `ModifyLoadBalancerAttributesOutput`. */
export interface ModifyLoadBalancerAttributesOutput {
  Attributes: { Key: string; Value: string }[];
}

/**
 * `ModifyLoadBalancerAttributes`.
 *
 * @example
 * elbv2.modifyLoadBalancerAttributes({
 *   LoadBalancerArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }],
 * });
 */
export const modifyLoadBalancerAttributes = defineAction<ModifyLoadBalancerAttributesInput, ModifyLoadBalancerAttributesOutput>()({
  name: 'ModifyLoadBalancerAttributes',
  api: 'elbv2',
  parse: (p) => {
    const arn = checkElbArn(p.string('LoadBalancerArn'), 'loadbalancer');
    return { arn, changes: checkLoadBalancerAttributes(readAttributeList(p)) };
  },
  apply: (ctx, { arn, changes }) => {
    const lb = requireLoadBalancer(ctx.region, ctx.caller.accountId, arn);
    Object.assign(lb.attributes, changes);
    return { Attributes: renderAttributes(lb.attributes) };
  },
});
