/**
 * EC2 `RevokeSecurityGroupIngress`: removes inbound rules given as `IpPermissions` (matched
 * on protocol, ports and peer) or as `SecurityGroupRuleIds`. In a VPC other than a default
 * one (every VPC of the model), a rule that does not exist is `InvalidPermission.NotFound`
 * and nothing is revoked, as AWS documents.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { requireSecurityGroup } from '../lookup.js';
import type { SecurityGroupRule } from '../model.js';
import { readRuleSpecs, peerOf, ruleKey, type RuleSpec } from '../security-group-rules.js';
import { removeIngressRules } from '../security-groups.js';
import { readTargetGroupId, type IpPermissionInput } from './authorize-security-group-ingress.js';

/** SDK v3 `RevokeSecurityGroupIngressRequest`. */
export interface RevokeSecurityGroupIngressRequest {
  GroupId?: string | undefined;
  GroupName?: string | undefined;
  IpPermissions?: IpPermissionInput[] | undefined;
  IpProtocol?: string | undefined;
  FromPort?: number | undefined;
  ToPort?: number | undefined;
  CidrIp?: string | undefined;
  SecurityGroupRuleIds?: string[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `RevokedSecurityGroupRule`. */
export interface RevokedSecurityGroupRule {
  SecurityGroupRuleId: string;
  GroupId: string;
  IsEgress: boolean;
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  CidrIpv4?: string;
  ReferencedGroupId?: string;
  Description?: string;
}

/** SDK v3 `RevokeSecurityGroupIngressResult`. */
export interface RevokeSecurityGroupIngressResult {
  Return: boolean;
  RevokedSecurityGroupRules: RevokedSecurityGroupRule[];
}

const render = (groupId: string, rule: SecurityGroupRule): RevokedSecurityGroupRule => ({
  SecurityGroupRuleId: rule.SecurityGroupRuleId,
  GroupId: groupId,
  IsEgress: false,
  IpProtocol: rule.IpProtocol,
  FromPort: rule.FromPort,
  ToPort: rule.ToPort,
  ...(rule.CidrIp !== undefined ? { CidrIpv4: rule.CidrIp } : {}),
  ...(rule.GroupId !== undefined ? { ReferencedGroupId: rule.GroupId } : {}),
  ...(rule.Description !== undefined ? { Description: rule.Description } : {}),
});

/**
 * `RevokeSecurityGroupIngress`.
 *
 * @example
 * ec2.revokeSecurityGroupIngress({ GroupId, SecurityGroupRuleIds: ['sgr-0123456789abcdef0'] });
 */
export const revokeSecurityGroupIngress = defineAction<RevokeSecurityGroupIngressRequest, RevokeSecurityGroupIngressResult>()({
  name: 'RevokeSecurityGroupIngress',
  api: 'ec2',
  parse: (p) => {
    const groupId = readTargetGroupId(p);
    const ruleIds = p.optionalStringList('SecurityGroupRuleIds') ?? [];
    const specs: RuleSpec[] = ruleIds.length > 0 && !p.has('IpPermissions') ? [] : readRuleSpecs(p, 'RevokeSecurityGroupIngress');
    return { groupId, ruleIds, specs };
  },
  apply: (ctx, { groupId, ruleIds, specs }) => {
    const group = requireSecurityGroup(ctx.region, ctx.caller.accountId, groupId);
    const byKey = new Map(group.IpPermissions.map((r) => [ruleKey({ ...r, peer: peerOf(r) }), r] as const));
    const byId = new Map(group.IpPermissions.map((r) => [r.SecurityGroupRuleId, r] as const));
    const revoked = new Map<string, SecurityGroupRule>();
    for (const id of ruleIds) {
      const rule = byId.get(id);
      if (rule === undefined) throw errors.securityGroupRuleNotFound(id);
      revoked.set(id, rule);
    }
    for (const spec of specs) {
      const rule = byKey.get(ruleKey({ ...spec, peer: peerOf(spec) }));
      if (rule === undefined) throw errors.permissionNotFound();
      revoked.set(rule.SecurityGroupRuleId, rule);
    }
    const out = [...revoked.values()].map((rule) => render(group.GroupId, rule));
    removeIngressRules(ctx.region, group, new Set(revoked.keys()));
    return { Return: true, RevokedSecurityGroupRules: out };
  },
});
