/**
 * EC2 `AuthorizeSecurityGroupIngress`: adds inbound rules to one of the caller's groups,
 * from CIDR ranges (`IpRanges`) or referenced groups (`UserIdGroupPairs`, same VPC or a
 * peered one). A rule that already exists is `InvalidPermission.Duplicate` and nothing is
 * added; past the rules per security group quota (inbound rules counted), nothing is added
 * either (`RulesPerSecurityGroupLimitExceeded`). Returns `Return: true` and the new
 * `SecurityGroupRules`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Tag } from '../../core/tags.js';
import { readOptionalId } from '../id-params.js';
import { requireSecurityGroup } from '../lookup.js';
import { renderSecurityGroupRule, type SecurityGroupRuleResponse } from '../security-group-render.js';
import { readRuleSpecs, resolveIngressRules } from '../security-group-rules.js';
import { addIngressRules } from '../security-groups.js';
import { exceedsQuota } from '../../quotas/limits.js';

/** SDK v3 `IpPermission` as a request gives it (every field optional). */
export interface IpPermissionInput {
  IpProtocol?: string | undefined;
  FromPort?: number | undefined;
  ToPort?: number | undefined;
  IpRanges?: { CidrIp?: string | undefined; Description?: string | undefined }[] | undefined;
  UserIdGroupPairs?:
    | { GroupId?: string | undefined; GroupName?: string | undefined; UserId?: string | undefined; Description?: string | undefined }[]
    | undefined;
  /** Not modelled: a non-empty list is `UnsupportedOperation`. */
  Ipv6Ranges?: unknown[] | undefined;
  /** Not modelled: a non-empty list is `UnsupportedOperation`. */
  PrefixListIds?: unknown[] | undefined;
}

/** SDK v3 `AuthorizeSecurityGroupIngressRequest`. */
export interface AuthorizeSecurityGroupIngressRequest {
  GroupId?: string | undefined;
  GroupName?: string | undefined;
  IpPermissions?: IpPermissionInput[] | undefined;
  IpProtocol?: string | undefined;
  FromPort?: number | undefined;
  ToPort?: number | undefined;
  CidrIp?: string | undefined;
  TagSpecifications?: { ResourceType?: string | undefined; Tags?: Tag[] | undefined }[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `AuthorizeSecurityGroupIngressResult`. */
export interface AuthorizeSecurityGroupIngressResult {
  Return: boolean;
  SecurityGroupRules: SecurityGroupRuleResponse[];
}

/**
 * Reads `GroupId` (a `GroupName` alone needs a default VPC, which the model has not).
 *
 * @example
 * parse: (p) => ({ groupId: readTargetGroupId(p) })
 */
export function readTargetGroupId(p: Parameters<typeof readOptionalId>[0]): string {
  const groupId = readOptionalId(p, 'GroupId', 'securityGroup');
  if (groupId !== undefined) return groupId;
  if (p.has('GroupName')) throw errors.vpcIdNotSpecified('GroupName is only supported for EC2-Classic and default VPC.');
  throw errors.missingParameter('GroupId');
}

/**
 * `AuthorizeSecurityGroupIngress`.
 *
 * @example
 * ec2.authorizeSecurityGroupIngress({
 *   GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }],
 * });
 */
export const authorizeSecurityGroupIngress = defineAction<AuthorizeSecurityGroupIngressRequest, AuthorizeSecurityGroupIngressResult>()({
  name: 'AuthorizeSecurityGroupIngress',
  api: 'ec2',
  parse: (p) => ({
    groupId: readTargetGroupId(p),
    specs: readRuleSpecs(p, 'AuthorizeSecurityGroupIngress'),
    tags: p.tagSpecifications('security-group-rule'),
  }),
  apply: (ctx, { groupId, specs, tags }) => {
    const { accountId, region } = ctx.caller;
    const group = requireSecurityGroup(ctx.region, accountId, groupId);
    const rules = resolveIngressRules(ctx, group, specs, tags);
    if (exceedsQuota(ctx.world, 'rulesPerSecurityGroup', group.IpPermissions.length, rules.length)) {
      throw errors.rulesPerSecurityGroupLimitExceeded();
    }
    addIngressRules(ctx.region, group, rules);
    return { Return: true, SecurityGroupRules: rules.map((rule) => renderSecurityGroupRule(region, group, rule, false)) };
  },
});
