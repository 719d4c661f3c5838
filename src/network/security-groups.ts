/**
 * Security group records: creating one (with AWS's default rules), adding and removing
 * rules while keeping the reference counts that make `DeleteSecurityGroup`'s dependency
 * check O(1), and removing a group.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { deleteRow, getRow, putRow } from '../core/table.js';
import { exceedsQuota } from '../quotas/limits.js';
import { accountUsage, countUsage } from '../quotas/usage.js';
import type { Tag } from '../core/tags.js';
import type { RegionState } from '../world/world.js';
import type { SecurityGroupRecord, SecurityGroupRule, VpcRecord } from './model.js';

/** What a new security group is. */
export interface NewSecurityGroup {
  vpc: VpcRecord;
  groupName: string;
  description: string;
  tags: Tag[];
}

/**
 * Creates a security group in `vpc` (a draft): no ingress rules and AWS's default egress
 * rule (all traffic to `0.0.0.0/0`). The VPC's `default` group additionally admits its own
 * members, as AWS creates it. The group counts against its owner's security groups per
 * Region quota (`SecurityGroupLimitExceeded` past it).
 *
 * @example
 * const group = createSecurityGroupRecord(ctx, ctx.region, { vpc, groupName: 'web', description: 'web tier', tags: [] });
 */
export function createSecurityGroupRecord(ctx: WorldContext, region: RegionState, spec: NewSecurityGroup): SecurityGroupRecord {
  const owner = spec.vpc.OwnerId;
  if (exceedsQuota(ctx.world, 'securityGroupsPerRegion', accountUsage(region, owner).securityGroups)) throw errors.securityGroupLimitExceeded();
  const groupId = ctx.mintId('securityGroup');
  const group: SecurityGroupRecord = {
    GroupId: groupId,
    GroupName: spec.groupName,
    Description: spec.description,
    VpcId: spec.vpc.VpcId,
    OwnerId: spec.vpc.OwnerId,
    IpPermissions: [],
    IpPermissionsEgress: [
      { SecurityGroupRuleId: ctx.mintId('securityGroupRule'), IpProtocol: '-1', FromPort: -1, ToPort: -1, CidrIp: '0.0.0.0/0', Tags: [] },
    ],
    Tags: spec.tags,
    userCount: 0,
    referencedBy: {},
  };
  if (spec.groupName === 'default') {
    group.IpPermissions.push({
      SecurityGroupRuleId: ctx.mintId('securityGroupRule'),
      IpProtocol: '-1',
      FromPort: -1,
      ToPort: -1,
      GroupId: groupId,
      UserId: spec.vpc.OwnerId,
      Tags: [],
    });
  }
  putRow(region.securityGroups, groupId, group);
  putRow(spec.vpc.securityGroupsByName, spec.groupName, groupId);
  countUsage(region, owner, 'securityGroups', 1);
  return group;
}

/** Counts a rule's reference to another group (self-references do not hold a group). */
function countReference(region: RegionState, owner: SecurityGroupRecord, rule: SecurityGroupRule, delta: 1 | -1): void {
  if (rule.GroupId === undefined || rule.GroupId === owner.GroupId) return;
  const referenced = getRow(region.securityGroups, rule.GroupId);
  if (referenced === undefined) return;
  const next = (referenced.referencedBy[owner.GroupId] ?? 0) + delta;
  if (next > 0) referenced.referencedBy[owner.GroupId] = next;
  else delete referenced.referencedBy[owner.GroupId];
}

/**
 * Appends ingress rules to a group (a draft) and counts their group references.
 *
 * @example
 * addIngressRules(ctx.region, group, resolveIngressRules(ctx, group, specs, tags));
 */
export function addIngressRules(region: RegionState, group: SecurityGroupRecord, rules: readonly SecurityGroupRule[]): void {
  for (const rule of rules) {
    group.IpPermissions.push(rule);
    countReference(region, group, rule, 1);
  }
}

/**
 * Removes ingress rules (by id) from a group (a draft), releasing their group references.
 *
 * @example
 * removeIngressRules(ctx.region, group, new Set(['sgr-0123456789abcdef0']));
 */
export function removeIngressRules(region: RegionState, group: SecurityGroupRecord, ruleIds: ReadonlySet<string>): void {
  const kept: SecurityGroupRule[] = [];
  for (const rule of group.IpPermissions) {
    if (ruleIds.has(rule.SecurityGroupRuleId)) countReference(region, group, rule, -1);
    else kept.push(rule);
  }
  group.IpPermissions = kept;
}

/**
 * Whether anything still depends on a group: an interface using it, or another group's rule.
 *
 * @example
 * if (securityGroupInUse(group)) throw errors.securityGroupInUse(group.GroupId);
 */
export function securityGroupInUse(group: SecurityGroupRecord): boolean {
  if (group.userCount > 0) return true;
  for (const _ in group.referencedBy) return true;
  return false;
}

/**
 * Counts one user (a network interface, a VPC endpoint) in (`+1`) or out (`-1`) of each of
 * `groupIds` (call on a draft region; unknown groups are skipped). A group with users
 * cannot be deleted.
 *
 * @example
 * countGroupUsers(ctx.region, endpoint.Groups, 1);
 */
export function countGroupUsers(region: RegionState, groupIds: readonly string[], delta: 1 | -1): void {
  for (const groupId of groupIds) {
    const group = getRow(region.securityGroups, groupId);
    if (group !== undefined) group.userCount = Math.max(0, group.userCount + delta);
  }
}

/**
 * Deletes a group (call on a draft): releases its references and its name in the VPC.
 *
 * @example
 * removeSecurityGroup(ctx.region, group);
 */
export function removeSecurityGroup(region: RegionState, group: SecurityGroupRecord): void {
  for (const rule of [...group.IpPermissions, ...group.IpPermissionsEgress]) countReference(region, group, rule, -1);
  const vpc = getRow(region.vpcs, group.VpcId);
  if (vpc !== undefined && getRow(vpc.securityGroupsByName, group.GroupName) === group.GroupId) deleteRow(vpc.securityGroupsByName, group.GroupName);
  deleteRow(region.securityGroups, group.GroupId);
  countUsage(region, group.OwnerId, 'securityGroups', -1);
}

/**
 * The ARN of a security group.
 *
 * @example
 * securityGroupArn('us-east-1', '111111111111', 'sg-0123456789abcdef0'); // 'arn:aws:ec2:us-east-1:111111111111:security-group/sg-...'
 */
export function securityGroupArn(region: string, ownerId: string, groupId: string): string {
  return `arn:aws:ec2:${region}:${ownerId}:security-group/${groupId}`;
}
