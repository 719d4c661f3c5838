/**
 * ELBv2 `DescribeTargetGroups`: the caller's target groups, all of them or those named by
 * `TargetGroupArns`, by `Names`, or attached to `LoadBalancerArn` (one of the three at
 * most), paged with `Marker` / `PageSize`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { emptyTable, getRow, hasRow, rows } from '../../core/table.js';
import { paginate, readElbPaging } from '../../queries/paginate.js';
import { checkElbArn } from '../arns.js';
import { attachedTargetGroups } from '../attached.js';
import { findTargetGroup, requireLoadBalancer } from '../lookup.js';
import type { TargetGroupRecord } from '../model.js';
import { renderTargetGroup, type TargetGroup } from '../render-target-group.js';

/** SDK v3 `DescribeTargetGroupsInput`. */
export interface DescribeTargetGroupsInput {
  LoadBalancerArn?: string | undefined;
  TargetGroupArns?: string[] | undefined;
  Names?: string[] | undefined;
  Marker?: string | undefined;
  PageSize?: number | undefined;
}

/** SDK v3 `DescribeTargetGroupsOutput`. */
export interface DescribeTargetGroupsOutput {
  TargetGroups: TargetGroup[];
  NextMarker?: string;
}

/**
 * `DescribeTargetGroups`.
 *
 * @example
 * elbv2.describeTargetGroups({ LoadBalancerArn }).TargetGroups.map((tg) => tg.TargetGroupName);
 */
export const describeTargetGroups = defineAction<DescribeTargetGroupsInput, DescribeTargetGroupsOutput>()({
  name: 'DescribeTargetGroups',
  api: 'elbv2',
  readOnly: true,
  parse: (p) => {
    const lbArn = p.optionalString('LoadBalancerArn');
    const arns = p.optionalStringList('TargetGroupArns');
    const names = p.optionalStringList('Names');
    if ([lbArn, arns, names].filter((v) => v !== undefined).length > 1) {
      throw errors.validationError('Only one of load balancer ARN, target group ARNs, or target group names can be specified');
    }
    if (lbArn !== undefined) checkElbArn(lbArn, 'loadbalancer');
    for (const arn of arns ?? []) checkElbArn(arn, 'targetgroup');
    return { lbArn, arns, names, paging: readElbPaging(p) };
  },
  apply: (ctx, { lbArn, arns, names, paging }) => {
    const { accountId } = ctx.caller;
    const own = ctx.region.targetGroupNames[accountId] ?? emptyTable<string>();
    const byArn = (arn: string) => {
      const tg = getRow(ctx.region.targetGroups, arn);
      return tg === undefined ? [] : [tg];
    };
    let found: TargetGroupRecord[];
    if (lbArn !== undefined) {
      found = attachedTargetGroups(ctx.region, requireLoadBalancer(ctx.region, accountId, lbArn));
    } else if (arns !== undefined) {
      found = arns.map((arn) => {
        const tg = findTargetGroup(ctx.region, accountId, arn);
        if (tg === undefined) throw errors.targetGroupNotFound();
        return tg;
      });
    } else if (names !== undefined) {
      // AWS names no missing target group here, unlike DescribeLoadBalancers by name.
      if (names.some((name) => !hasRow(own, name))) throw errors.targetGroupNotFound();
      found = names.flatMap((name) => byArn(getRow(own, name) ?? ''));
    } else {
      found = [...rows(own)].flatMap(byArn);
    }
    const page = paginate(found, (tg) => tg.TargetGroupName, paging, ctx.world.seed, `DescribeTargetGroups/${accountId}`, 'elbv2');
    const out: DescribeTargetGroupsOutput = { TargetGroups: page.items.map(renderTargetGroup) };
    if (page.nextToken !== undefined) out.NextMarker = page.nextToken;
    return out;
  },
});
