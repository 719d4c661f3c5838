/**
 * ELBv2 `DeleteTargetGroup`: refused with `ResourceInUse` while a listener forwards to the
 * group. Deleting a group that does not exist succeeds (the API lists no not-found error
 * for this action).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { deleteRow } from '../../core/table.js';
import { checkElbArn } from '../arns.js';
import { findTargetGroup } from '../lookup.js';
import { countUsage } from '../../quotas/usage.js';

/** SDK v3 `DeleteTargetGroupInput`. */
export interface DeleteTargetGroupInput {
  TargetGroupArn: string | undefined;
}

/** SDK v3 `DeleteTargetGroupOutput` (empty). */
export type DeleteTargetGroupOutput = Record<string, never>;

/**
 * `DeleteTargetGroup`.
 *
 * @example
 * elbv2.deleteTargetGroup({ TargetGroupArn });
 */
export const deleteTargetGroup = defineAction<DeleteTargetGroupInput, DeleteTargetGroupOutput>()({
  name: 'DeleteTargetGroup',
  api: 'elbv2',
  parse: (p) => ({ arn: checkElbArn(p.string('TargetGroupArn'), 'targetgroup') }),
  apply: (ctx, { arn }) => {
    const { accountId, region } = ctx.caller;
    const tg = findTargetGroup(ctx.region, accountId, arn);
    if (tg === undefined) return {};
    if (tg.listenerArns.length > 0) throw errors.resourceInUse(`Target group '${arn}' is currently in use by a listener or a rule`);
    const names = ctx.region.targetGroupNames[accountId];
    if (names !== undefined) deleteRow(names, tg.TargetGroupName);
    deleteRow(ctx.region.targetGroups, arn);
    countUsage(ctx.region, accountId, 'targetGroups', -1);
    ctx.emit({ type: 'ResourceDeleted', region, accountId, resourceType: 'target-group', resourceId: arn });
    return {};
  },
});
