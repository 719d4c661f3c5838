/**
 * The security groups of an interface endpoint: the VPC's `default` group unless the
 * consumer names others, each of the consumer's own and in the endpoint's VPC, attached to
 * every endpoint network interface.
 *
 * @module
 */
import { setNetworkInterfaceGroups } from '../network/interfaces.js';
import { errors } from '../core/errors.js';
import { requireSecurityGroup } from '../network/lookup.js';
import { countGroupUsers } from '../network/security-groups.js';
import type { VpcRecord } from '../network/model.js';
import { exceedsQuota } from '../quotas/limits.js';
import type { RegionState, World } from '../world/world.js';
import type { VpcEndpointRecord } from './model.js';

/**
 * Refuses more groups on an endpoint's network interfaces than the security groups per
 * network interface quota allows (`SecurityGroupsPerInterfaceLimitExceeded`).
 *
 * @example
 * checkGroupsPerInterface(ctx.world, groups.length);
 */
export function checkGroupsPerInterface(world: World, count: number): void {
  if (exceedsQuota(world, 'securityGroupsPerNetworkInterface', 0, count)) throw errors.securityGroupsPerInterfaceLimitExceeded();
}

/**
 * Checks `groupIds` (the caller's, in `vpc`) and returns them; with none given, the VPC's
 * default group. Throws `InvalidGroup.NotFound` or `InvalidParameter`.
 *
 * @example
 * checkEndpointGroups(ctx.region, ctx.caller.accountId, vpc, undefined); // [vpc.defaultSecurityGroupId]
 */
export function checkEndpointGroups(
  state: RegionState,
  accountId: string,
  vpc: VpcRecord,
  groupIds: readonly string[] | undefined,
): string[] {
  if (groupIds === undefined || groupIds.length === 0) return [vpc.defaultSecurityGroupId];
  for (const groupId of groupIds) {
    const group = requireSecurityGroup(state, accountId, groupId);
    if (group.VpcId !== vpc.VpcId) throw errors.endpointSecurityGroupNotInVpc(groupId, vpc.VpcId);
  }
  return [...groupIds];
}

/**
 * Replaces the endpoint's groups (a draft) and those of each of its network interfaces.
 *
 * @example
 * setEndpointGroups(ctx.region, endpoint, ['sg-0123456789abcdef0']);
 */
export function setEndpointGroups(state: RegionState, endpoint: VpcEndpointRecord, groupIds: readonly string[]): void {
  countGroupUsers(state, endpoint.Groups, -1);
  countGroupUsers(state, groupIds, 1);
  endpoint.Groups = [...groupIds];
  for (const zone of endpoint.zones) setNetworkInterfaceGroups(state, zone.NetworkInterfaceId, groupIds);
}
