/**
 * Security groups of a Network Load Balancer: each must be the caller's and in the load
 * balancer's VPC, else AWS's `InvalidSecurityGroup`; at most as many as a network interface
 * may carry (the NLB's nodes are network interfaces that carry its groups). Replacing them
 * replaces those of every node's interface, so `DeleteSecurityGroup` of a group an NLB uses
 * stays `DependencyViolation` through the interfaces' O(1) user counts.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import { setNetworkInterfaceGroups } from '../network/interfaces.js';
import { exceedsQuota, quotaLimit } from '../quotas/limits.js';
import type { RegionState, World } from '../world/world.js';
import type { LoadBalancerRecord, PrivateLinkEnforcement } from './model.js';

/**
 * Checks `SecurityGroups` for a load balancer in `vpcId`.
 *
 * @example
 * checkSecurityGroups(ctx.region, accountId, vpcId, ['sg-0123456789abcdef0']);
 */
export function checkSecurityGroups(region: RegionState, accountId: string, vpcId: string, groupIds: readonly string[]): void {
  for (const groupId of groupIds) {
    const group = getRow(region.securityGroups, groupId);
    if (group === undefined || group.OwnerId !== accountId || group.VpcId !== vpcId) throw errors.elbSecurityGroupInvalid(groupId);
  }
}

/**
 * Refuses more groups than the security groups per network interface quota (default 5,
 * AWS's "security groups per load balancer") lets a load balancer's nodes carry.
 *
 * @example
 * checkSecurityGroupCount(ctx.world, input.securityGroups.length);
 */
export function checkSecurityGroupCount(world: World, count: number): void {
  if (exceedsQuota(world, 'securityGroupsPerNetworkInterface', 0, count)) {
    throw errors.tooManyLoadBalancerSecurityGroups(quotaLimit(world, 'securityGroupsPerNetworkInterface'));
  }
}

/**
 * Replaces a load balancer's groups (a draft) and those of each node's network interface,
 * and sets its PrivateLink enforcement. The caller has checked the groups.
 *
 * @example
 * setLoadBalancerGroups(ctx.region, lb, ['sg-0123456789abcdef0'], 'off');
 */
export function setLoadBalancerGroups(region: RegionState, lb: LoadBalancerRecord, groupIds: readonly string[], enforce: PrivateLinkEnforcement): void {
  lb.SecurityGroups = [...groupIds];
  lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic = enforce;
  for (const node of lb.nodes) setNetworkInterfaceGroups(region, node.NetworkInterfaceId, groupIds);
}
