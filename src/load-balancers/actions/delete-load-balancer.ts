/**
 * ELBv2 `DeleteLoadBalancer`: removes an NLB with its listeners and frees its nodes' network
 * interfaces; its target groups stay, detached. Refused with `OperationNotPermitted` while
 * deletion protection is on, and with `ResourceInUse` while an endpoint service uses it.
 * Deleting a load balancer that does not exist (or is already gone) succeeds, as the API
 * reference documents.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { deleteRow, getRow } from '../../core/table.js';
import { deleteNetworkInterface } from '../../network/interfaces.js';
import { checkElbArn } from '../arns.js';
import { detachListener } from '../listener-links.js';
import { findLoadBalancer } from '../lookup.js';
import { isLoadBalancerInUse } from '../usage.js';
import { countUsage } from '../../quotas/usage.js';

/** SDK v3 `DeleteLoadBalancerInput`. */
export interface DeleteLoadBalancerInput {
  LoadBalancerArn: string | undefined;
}

/** SDK v3 `DeleteLoadBalancerOutput` (empty). */
export type DeleteLoadBalancerOutput = Record<string, never>;

/**
 * `DeleteLoadBalancer`.
 *
 * @example
 * elbv2.deleteLoadBalancer({ LoadBalancerArn });
 */
export const deleteLoadBalancer = defineAction<DeleteLoadBalancerInput, DeleteLoadBalancerOutput>()({
  name: 'DeleteLoadBalancer',
  api: 'elbv2',
  parse: (p) => ({ arn: checkElbArn(p.string('LoadBalancerArn'), 'loadbalancer') }),
  apply: (ctx, { arn }) => {
    const { accountId, region } = ctx.caller;
    const lb = findLoadBalancer(ctx.region, accountId, arn);
    if (lb === undefined) return {};
    if (lb.attributes['deletion_protection.enabled'] === 'true') {
      throw errors.operationNotPermitted(`Load balancer '${arn}' cannot be deleted because deletion protection is enabled`);
    }
    if (isLoadBalancerInUse(lb)) {
      throw errors.resourceInUse(`Load balancer '${arn}' cannot be deleted because it is currently associated with another service`);
    }
    for (const listenerArn of [...lb.listenerArns]) {
      const listener = getRow(ctx.region.listeners, listenerArn);
      if (listener !== undefined) detachListener(ctx.region, listener);
    }
    for (const node of lb.nodes) deleteNetworkInterface(ctx.region, node.NetworkInterfaceId);
    const names = ctx.region.loadBalancerNames[accountId];
    if (names !== undefined) deleteRow(names, lb.LoadBalancerName);
    deleteRow(ctx.region.loadBalancers, arn);
    countUsage(ctx.region, accountId, 'loadBalancers', -1);
    ctx.emit({ type: 'DataPathCut', region, scope: { kind: 'loadBalancer', loadBalancerArn: arn }, reason: `Load balancer ${arn} deleted` });
    ctx.emit({ type: 'ResourceDeleted', region, accountId, resourceType: 'load-balancer', resourceId: arn });
    return {};
  },
});
