/**
 * EC2 `DescribeSecurityGroups`: the caller's groups by id and filters, paged. `GroupNames`
 * only work for a default VPC, which the model does not create (`VPCIdNotSpecified`); use
 * the `group-name` filter, as AWS advises for other VPCs.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Filter } from '../../core/params.js';
import { getRow, rows } from '../../core/table.js';
import { compileFilters } from '../../queries/filters.js';
import { paginate, readEc2Paging } from '../../queries/paginate.js';
import { readIdList } from '../id-params.js';
import { requireSecurityGroup } from '../lookup.js';
import type { SecurityGroupRecord } from '../model.js';
import { renderSecurityGroup, type IpPermission, type SecurityGroup } from '../security-group-render.js';

/** SDK v3 `DescribeSecurityGroupsRequest`. */
export interface DescribeSecurityGroupsRequest {
  GroupIds?: string[] | undefined;
  GroupNames?: string[] | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DescribeSecurityGroupsResult`. */
export interface DescribeSecurityGroupsResult {
  SecurityGroups: SecurityGroup[];
  NextToken?: string;
}

/** Filters over one direction's permissions (`ip-permission.*` / `egress.ip-permission.*`). */
function permissionFilters(prefix: string, of: (g: SecurityGroup) => IpPermission[], nameOf: (groupId: string) => string | undefined) {
  const each = <T>(g: SecurityGroup, pick: (p: IpPermission) => T[]): T[] => of(g).flatMap(pick);
  const none = (): string[] => [];
  return {
    [`${prefix}.cidr`]: (g: SecurityGroup) => each(g, (p) => p.IpRanges.map((r) => r.CidrIp)),
    [`${prefix}.from-port`]: (g: SecurityGroup) => each(g, (p) => (p.FromPort !== undefined ? [String(p.FromPort)] : [])),
    [`${prefix}.to-port`]: (g: SecurityGroup) => each(g, (p) => (p.ToPort !== undefined ? [String(p.ToPort)] : [])),
    [`${prefix}.protocol`]: (g: SecurityGroup) => each(g, (p) => [p.IpProtocol]),
    [`${prefix}.group-id`]: (g: SecurityGroup) => each(g, (p) => p.UserIdGroupPairs.map((u) => u.GroupId)),
    [`${prefix}.group-name`]: (g: SecurityGroup) =>
      each(g, (p) => p.UserIdGroupPairs.flatMap((u) => nameOf(u.GroupId) ?? [])),
    [`${prefix}.user-id`]: (g: SecurityGroup) => each(g, (p) => p.UserIdGroupPairs.map((u) => u.UserId)),
    // IPv6 ranges and prefix lists are not modelled: these filters match nothing.
    [`${prefix}.ipv6-cidr`]: none,
    [`${prefix}.prefix-list-id`]: none,
  };
}

/** The filters `DescribeSecurityGroups` supports; `nameOf` names referenced groups. */
function filtersFor(nameOf: (groupId: string) => string | undefined) {
  return {
    description: (g: SecurityGroup) => g.Description,
    'group-id': (g: SecurityGroup) => g.GroupId,
    'group-name': (g: SecurityGroup) => g.GroupName,
    'owner-id': (g: SecurityGroup) => g.OwnerId,
    'vpc-id': (g: SecurityGroup) => g.VpcId,
    ...permissionFilters('ip-permission', (g) => g.IpPermissions, nameOf),
    ...permissionFilters('egress.ip-permission', (g) => g.IpPermissionsEgress, nameOf),
  };
}

/**
 * `DescribeSecurityGroups`.
 *
 * @example
 * ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [VpcId] }, { Name: 'group-name', Values: ['default'] }] });
 */
export const describeSecurityGroups = defineAction<DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult>()({
  name: 'DescribeSecurityGroups',
  api: 'ec2',
  readOnly: true,
  parse: (p) => {
    if ((p.optionalStringList('GroupNames') ?? []).length > 0) {
      throw errors.vpcIdNotSpecified('GroupName is only supported for EC2-Classic and default VPC.');
    }
    return { groupIds: readIdList(p, 'GroupIds', 'securityGroup'), filters: p.filters(), paging: readEc2Paging(p) };
  },
  apply: (ctx, { groupIds, filters, paging }) => {
    const { accountId, region } = ctx.caller;
    const nameOf = (groupId: string) => {
      const group = getRow(ctx.region.securityGroups, groupId);
      return group?.OwnerId === accountId ? group.GroupName : undefined;
    };
    const keep = compileFilters(filters, filtersFor(nameOf), { tags: (g) => g.Tags });
    const records: SecurityGroupRecord[] =
      groupIds.length > 0
        ? groupIds.map((id) => requireSecurityGroup(ctx.region, accountId, id))
        : [...rows(ctx.region.securityGroups)].filter((g) => g.OwnerId === accountId);
    const matching = records.map((g) => renderSecurityGroup(region, g)).filter(keep);
    const page = paginate(matching, (g) => g.GroupId, paging, ctx.world.seed, `DescribeSecurityGroups/${accountId}`);
    return { SecurityGroups: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
