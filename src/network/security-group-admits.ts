/**
 * The data plane's question to security groups: does any of these groups admit a TCP
 * connection to this port from this source? A rule admits when its protocol is TCP or all
 * (`-1`), its port range holds the port (all ports for `-1`), and its peer is a CIDR block
 * holding the source address or a group the source is a member of. Security groups only
 * allow; no rule, no entry. Rules are compiled to numbers once, so the data plane can cache
 * them per endpoint and answer in a few comparisons. Pure: reads the region, changes nothing.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import { parseCidr, parseIpv4 } from './cidr.js';
import type { SecurityGroupRule } from './model.js';

/** The connecting side: its address and the groups of its network interface. */
export interface SecurityGroupSource {
  ip: string;
  groupIds: readonly string[];
}

/** An ingress rule reduced to numbers (TCP and all-protocol rules only: the rest never admit TCP). */
export interface CompiledRule {
  fromPort: number;
  toPort: number;
  cidrBase: number;
  cidrSize: number;
  /** A referenced group, instead of a CIDR. */
  groupId: string | undefined;
}

function compileRule(rule: SecurityGroupRule): CompiledRule | undefined {
  if (rule.IpProtocol !== 'tcp' && rule.IpProtocol !== '-1') return undefined;
  const all = rule.IpProtocol === '-1';
  const cidr = rule.CidrIp === undefined ? undefined : parseCidr(rule.CidrIp);
  if (rule.CidrIp !== undefined && cidr === undefined) return undefined;
  if (rule.CidrIp === undefined && rule.GroupId === undefined) return undefined;
  return {
    fromPort: all ? 0 : rule.FromPort,
    toPort: all ? 65_535 : rule.ToPort,
    cidrBase: cidr?.base ?? 0,
    cidrSize: cidr?.size ?? 0,
    groupId: rule.CidrIp === undefined ? rule.GroupId : undefined,
  };
}

/**
 * The ingress rules of `groupIds`, compiled. Unknown group ids contribute nothing.
 *
 * @example
 * const rules = compileIngressRules(regionOf(cloud.world, 'us-east-1'), endpoint.Groups);
 */
export function compileIngressRules(region: RegionState, groupIds: readonly string[]): CompiledRule[] {
  const out: CompiledRule[] = [];
  for (const groupId of groupIds) {
    for (const rule of getRow(region.securityGroups, groupId)?.IpPermissions ?? []) {
      const compiled = compileRule(rule);
      if (compiled) out.push(compiled);
    }
  }
  return out;
}

/**
 * Whether compiled rules admit TCP to `port` from address `ip` (unsigned 32-bit) in `groups`.
 *
 * @example
 * compiledRulesAdmit(rules, 0x0a010105, ['sg-0123456789abcdef0'], 443); // true | false
 */
export function compiledRulesAdmit(rules: readonly CompiledRule[], ip: number, groups: readonly string[], port: number): boolean {
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (r === undefined || port < r.fromPort || port > r.toPort) continue;
    if (r.groupId !== undefined ? groups.includes(r.groupId) : ip >= r.cidrBase && ip < r.cidrBase + r.cidrSize) return true;
  }
  return false;
}

/**
 * Whether any group in `groupIds` admits a TCP connection to `port` from `source`.
 *
 * @example
 * securityGroupAdmits(regionOf(cloud.world, 'us-east-1'), eni.Groups, { ip: '10.1.2.3', groupIds: [] }, 443);
 */
export function securityGroupAdmits(
  region: RegionState,
  groupIds: readonly string[],
  source: SecurityGroupSource,
  port: number,
): boolean {
  const address = parseIpv4(source.ip);
  return address !== undefined && compiledRulesAdmit(compileIngressRules(region, groupIds), address, source.groupIds, port);
}
