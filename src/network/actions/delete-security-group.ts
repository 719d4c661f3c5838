/**
 * EC2 `DeleteSecurityGroup`. A VPC's `default` group cannot be deleted (`CannotDelete`); a
 * group attached to a network interface or referenced by another group's rule is
 * `DependencyViolation` ("resource sg-... has a dependent object").
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow } from '../../core/table.js';
import { requireSecurityGroup } from '../lookup.js';
import { removeSecurityGroup, securityGroupInUse } from '../security-groups.js';
import { readTargetGroupId } from './authorize-security-group-ingress.js';

/** SDK v3 `DeleteSecurityGroupRequest`. */
export interface DeleteSecurityGroupRequest {
  GroupId?: string | undefined;
  GroupName?: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DeleteSecurityGroupResult`. */
export interface DeleteSecurityGroupResult {
  Return: boolean;
  GroupId: string;
}

/**
 * `DeleteSecurityGroup`.
 *
 * @example
 * ec2.deleteSecurityGroup({ GroupId: 'sg-0123456789abcdef0' }); // { Return: true, GroupId: 'sg-...' }
 */
export const deleteSecurityGroup = defineAction<DeleteSecurityGroupRequest, DeleteSecurityGroupResult>()({
  name: 'DeleteSecurityGroup',
  api: 'ec2',
  parse: (p) => ({ groupId: readTargetGroupId(p) }),
  apply: (ctx, { groupId }) => {
    const { accountId, region } = ctx.caller;
    const group = requireSecurityGroup(ctx.region, accountId, groupId);
    const vpc = getRow(ctx.region.vpcs, group.VpcId);
    if (vpc !== undefined && vpc.defaultSecurityGroupId === groupId) throw errors.cannotDeleteDefaultGroup(groupId);
    if (securityGroupInUse(group)) throw errors.securityGroupInUse(groupId);
    removeSecurityGroup(ctx.region, group);
    ctx.emit({ type: 'ResourceDeleted', region, accountId, resourceType: 'security-group', resourceId: groupId });
    return { Return: true, GroupId: groupId };
  },
});
