/**
 * ELBv2 `DescribeLoadBalancers`: the caller's load balancers in the region, all of them or
 * those named by `LoadBalancerArns` or by `Names` (not both), paged with `Marker` /
 * `PageSize`. One unknown ARN or name fails the whole call with `LoadBalancerNotFound`, as
 * on AWS; another account's load balancer counts as unknown.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { emptyTable, getRow, hasRow, rows } from '../../core/table.js';
import { paginate, readElbPaging } from '../../queries/paginate.js';
import { checkElbArn } from '../arns.js';
import { findLoadBalancer } from '../lookup.js';
import type { LoadBalancerRecord } from '../model.js';
import { renderLoadBalancer, type LoadBalancer } from '../render.js';

/** SDK v3 `DescribeLoadBalancersInput`. */
export interface DescribeLoadBalancersInput {
  LoadBalancerArns?: string[] | undefined;
  Names?: string[] | undefined;
  Marker?: string | undefined;
  PageSize?: number | undefined;
}

/** SDK v3 `DescribeLoadBalancersOutput`. */
export interface DescribeLoadBalancersOutput {
  LoadBalancers: LoadBalancer[];
  NextMarker?: string;
}

/**
 * `DescribeLoadBalancers`.
 *
 * @example
 * elbv2.describeLoadBalancers({ Names: ['svc-nlb'] }).LoadBalancers[0]?.State?.Code; // 'active'
 */
export const describeLoadBalancers = defineAction<DescribeLoadBalancersInput, DescribeLoadBalancersOutput>()({
  name: 'DescribeLoadBalancers',
  api: 'elbv2',
  readOnly: true,
  parse: (p) => {
    const arns = p.optionalStringList('LoadBalancerArns');
    const names = p.optionalStringList('Names');
    if (arns !== undefined && names !== undefined) {
      throw errors.validationError('Load balancer names and load balancer ARNs cannot be specified at the same time');
    }
    for (const arn of arns ?? []) checkElbArn(arn, 'loadbalancer');
    return { arns, names, paging: readElbPaging(p) };
  },
  apply: (ctx, { arns, names, paging }) => {
    const { accountId, region } = ctx.caller;
    const own = ctx.region.loadBalancerNames[accountId] ?? emptyTable<string>();
    let found: LoadBalancerRecord[] = [];
    if (arns !== undefined) {
      for (const arn of arns) {
        const lb = findLoadBalancer(ctx.region, accountId, arn);
        if (lb === undefined) throw errors.loadBalancerNotFound();
        found.push(lb);
      }
    } else if (names !== undefined) {
      const missing = names.filter((name) => !hasRow(own, name));
      if (missing.length > 0) throw errors.loadBalancersNotFoundByName(missing);
      found = names.flatMap((name) => {
        const lb = getRow(ctx.region.loadBalancers, getRow(own, name) ?? '');
        return lb === undefined ? [] : [lb];
      });
    } else {
      found = [...rows(own)].flatMap((arn) => {
        const lb = getRow(ctx.region.loadBalancers, arn);
        return lb === undefined ? [] : [lb];
      });
    }
    const page = paginate(found, (lb) => lb.LoadBalancerName, paging, ctx.world.seed, `DescribeLoadBalancers/${accountId}`, 'elbv2');
    const out: DescribeLoadBalancersOutput = { LoadBalancers: page.items.map((lb) => renderLoadBalancer(ctx.world, region, lb)) };
    if (page.nextToken !== undefined) out.NextMarker = page.nextToken;
    return out;
  },
});
