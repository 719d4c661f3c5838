/**
 * ELBv2 `DescribeListeners`: the listeners of one load balancer (`LoadBalancerArn`) or
 * those named by `ListenerArns`, paged with `Marker` / `PageSize`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow } from '../../core/table.js';
import { paginate, readElbPaging } from '../../queries/paginate.js';
import { checkElbArn } from '../arns.js';
import { requireLoadBalancer } from '../lookup.js';
import type { ListenerRecord } from '../model.js';
import { renderListener, type Listener } from '../render-target-group.js';

/** SDK v3 `DescribeListenersInput`. */
export interface DescribeListenersInput {
  LoadBalancerArn?: string | undefined;
  ListenerArns?: string[] | undefined;
  Marker?: string | undefined;
  PageSize?: number | undefined;
}

/** SDK v3 `DescribeListenersOutput`. */
export interface DescribeListenersOutput {
  Listeners: Listener[];
  NextMarker?: string;
}

/**
 * `DescribeListeners`.
 *
 * @example
 * elbv2.describeListeners({ LoadBalancerArn }).Listeners.map((l) => l.Port);
 */
export const describeListeners = defineAction<DescribeListenersInput, DescribeListenersOutput>()({
  name: 'DescribeListeners',
  api: 'elbv2',
  readOnly: true,
  parse: (p) => {
    const lbArn = p.optionalString('LoadBalancerArn');
    const arns = p.optionalStringList('ListenerArns');
    if (lbArn === undefined && arns === undefined) throw errors.validationError('You must specify either listener ARNs or a load balancer ARN');
    if (lbArn !== undefined && arns !== undefined) throw errors.validationError('Listener ARNs and a load balancer ARN cannot be specified at the same time');
    if (lbArn !== undefined) checkElbArn(lbArn, 'loadbalancer');
    for (const arn of arns ?? []) checkElbArn(arn, 'listener');
    return { lbArn, arns, paging: readElbPaging(p) };
  },
  apply: (ctx, { lbArn, arns, paging }) => {
    const { accountId } = ctx.caller;
    let found: ListenerRecord[];
    if (lbArn !== undefined) {
      found = requireLoadBalancer(ctx.region, accountId, lbArn).listenerArns.flatMap((arn) => {
        const listener = getRow(ctx.region.listeners, arn);
        return listener === undefined ? [] : [listener];
      });
    } else {
      found = (arns ?? []).map((arn) => {
        const listener = getRow(ctx.region.listeners, arn);
        if (listener === undefined || listener.OwnerId !== accountId) throw errors.listenerNotFound();
        return listener;
      });
    }
    const page = paginate(found, (l) => l.ListenerArn, paging, ctx.world.seed, `DescribeListeners/${accountId}`, 'elbv2');
    const out: DescribeListenersOutput = { Listeners: page.items.map(renderListener) };
    if (page.nextToken !== undefined) out.NextMarker = page.nextToken;
    return out;
  },
});
