/**
 * The data plane's question to security groups: does any of these groups admit a TCP
 * connection to this port from this source? A rule admits when its protocol is TCP or all
 * (`-1`), its port range holds the port (all ports for `-1`), and its peer is a CIDR block
 * holding the source address or a group the source is a member of. Security groups only
 * allow; no rule, no entry. Pure: reads the region, changes nothing.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import { cidrContainsIp, parseCidr, parseIpv4 } from './cidr.js';
import type { SecurityGroupRule } from './model.js';

/** The connecting side: its address and the groups of its network interface. */
export interface SecurityGroupSource {
  ip: string;
  groupIds: readonly string[];
}

/** Whether one ingress rule admits TCP to `port` from `source` (address already parsed). */
function ruleAdmits(rule: SecurityGroupRule, address: number | undefined, sourceGroups: readonly string[], port: number): boolean {
  if (rule.IpProtocol !== 'tcp' && rule.IpProtocol !== '-1') return false;
  if (rule.IpProtocol === 'tcp' && (port < rule.FromPort || port > rule.ToPort)) return false;
  if (rule.CidrIp !== undefined) {
    const cidr = parseCidr(rule.CidrIp);
    return cidr !== undefined && address !== undefined && cidrContainsIp(cidr, address);
  }
  return rule.GroupId !== undefined && sourceGroups.includes(rule.GroupId);
}

/**
 * Whether any group in `groupIds` admits a TCP connection to `port` from `source`. Unknown
 * group ids admit nothing.
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
  for (const groupId of groupIds) {
    const group = getRow(region.securityGroups, groupId);
    if (group === undefined) continue;
    for (const rule of group.IpPermissions) if (ruleAdmits(rule, address, source.groupIds, port)) return true;
  }
  return false;
}
