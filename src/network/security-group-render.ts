/**
 * Renderers from stored security groups and rules to SDK v3 shapes: `SecurityGroup` with its
 * `IpPermissions` (rules grouped by protocol and ports, as AWS lists them) and the per-rule
 * `SecurityGroupRule` that `AuthorizeSecurityGroupIngress` returns.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import type { SecurityGroupRecord, SecurityGroupRule } from './model.js';
import { renderTags } from './render.js';
import { securityGroupArn } from './security-groups.js';

/** SDK v3 `IpPermission` (IPv4 ranges and group pairs). */
export interface IpPermission {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges: { CidrIp: string; Description?: string }[];
  UserIdGroupPairs: { GroupId: string; UserId: string; Description?: string }[];
  Ipv6Ranges: never[];
  PrefixListIds: never[];
}

/** SDK v3 `SecurityGroup`. */
export interface SecurityGroup {
  GroupId: string;
  GroupName: string;
  Description: string;
  VpcId: string;
  OwnerId: string;
  SecurityGroupArn: string;
  IpPermissions: IpPermission[];
  IpPermissionsEgress: IpPermission[];
  Tags: Tag[];
}

/** SDK v3 `SecurityGroupRule` (what `AuthorizeSecurityGroupIngress` returns per rule). */
export interface SecurityGroupRuleResponse {
  SecurityGroupRuleId: string;
  GroupId: string;
  GroupOwnerId: string;
  IsEgress: boolean;
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  CidrIpv4?: string;
  ReferencedGroupInfo?: { GroupId: string; UserId: string };
  Description?: string;
  Tags: Tag[];
  SecurityGroupRuleArn: string;
}

/** Whether a stored protocol has ports (TCP, UDP) or type/code (ICMP) to show. */
function hasPorts(protocol: string): boolean {
  return protocol === 'tcp' || protocol === 'udp' || protocol === 'icmp';
}

/**
 * Groups rules into `IpPermission`s by protocol and port range, in first-seen order.
 *
 * @example
 * renderIpPermissions(group.IpPermissions, group.OwnerId); // [{ IpProtocol: 'tcp', FromPort: 443, ... }]
 */
export function renderIpPermissions(rules: readonly SecurityGroupRule[], ownerId: string): IpPermission[] {
  const byKey = new Map<string, IpPermission>();
  for (const rule of rules) {
    const key = `${rule.IpProtocol}/${rule.FromPort}/${rule.ToPort}`;
    let permission = byKey.get(key);
    if (permission === undefined) {
      // Object.assign rather than a spread inside the literal: see `renderNetworkInterface`.
      const ranges: Pick<IpPermission, 'IpRanges' | 'UserIdGroupPairs' | 'Ipv6Ranges' | 'PrefixListIds'> = { IpRanges: [], UserIdGroupPairs: [], Ipv6Ranges: [], PrefixListIds: [] };
      permission = Object.assign({ IpProtocol: rule.IpProtocol }, hasPorts(rule.IpProtocol) ? { FromPort: rule.FromPort, ToPort: rule.ToPort } : {}, ranges);
      byKey.set(key, permission);
    }
    const description = rule.Description !== undefined ? { Description: rule.Description } : {};
    if (rule.CidrIp !== undefined) permission.IpRanges.push({ CidrIp: rule.CidrIp, ...description });
    if (rule.GroupId !== undefined) {
      permission.UserIdGroupPairs.push({ GroupId: rule.GroupId, UserId: rule.UserId ?? ownerId, ...description });
    }
  }
  return [...byKey.values()];
}

/**
 * Renders a security group.
 *
 * @example
 * groups.map((g) => renderSecurityGroup('us-east-1', g));
 */
export function renderSecurityGroup(region: string, group: SecurityGroupRecord): SecurityGroup {
  return {
    GroupId: group.GroupId,
    GroupName: group.GroupName,
    Description: group.Description,
    VpcId: group.VpcId,
    OwnerId: group.OwnerId,
    SecurityGroupArn: securityGroupArn(region, group.OwnerId, group.GroupId),
    IpPermissions: renderIpPermissions(group.IpPermissions, group.OwnerId),
    IpPermissionsEgress: renderIpPermissions(group.IpPermissionsEgress, group.OwnerId),
    Tags: renderTags(group.Tags),
  };
}

/**
 * Renders one rule of `group` as a `SecurityGroupRule`.
 *
 * @example
 * rules.map((rule) => renderSecurityGroupRule(region, group, rule, false));
 */
export function renderSecurityGroupRule(
  region: string,
  group: SecurityGroupRecord,
  rule: SecurityGroupRule,
  isEgress: boolean,
): SecurityGroupRuleResponse {
  // Object.assign rather than spreads inside the literal: see `renderNetworkInterface`.
  return Object.assign(
    {
      SecurityGroupRuleId: rule.SecurityGroupRuleId,
      GroupId: group.GroupId,
      GroupOwnerId: group.OwnerId,
      IsEgress: isEgress,
      IpProtocol: rule.IpProtocol,
      FromPort: rule.FromPort,
      ToPort: rule.ToPort,
    },
    rule.CidrIp !== undefined ? { CidrIpv4: rule.CidrIp } : {},
    rule.GroupId !== undefined ? { ReferencedGroupInfo: { GroupId: rule.GroupId, UserId: rule.UserId ?? group.OwnerId } } : {},
    rule.Description !== undefined ? { Description: rule.Description } : {},
    {
      Tags: renderTags(rule.Tags),
      SecurityGroupRuleArn: `arn:aws:ec2:${region}:${group.OwnerId}:security-group-rule/${rule.SecurityGroupRuleId}`,
    },
  );
}
