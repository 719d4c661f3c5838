/**
 * Finding network resources for a caller. A resource of another account answers exactly as
 * a missing one (invariant 10: one account never reads another's private resources).
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import type { NetworkInterfaceRecord, SecurityGroupRecord, SubnetRecord, VpcRecord } from './model.js';

/**
 * The caller's VPC, or AWS's `InvalidVpcID.NotFound`.
 *
 * @example
 * const vpc = requireVpc(ctx.region, ctx.caller.accountId, input.vpcId);
 */
export function requireVpc(region: RegionState, accountId: string, vpcId: string): VpcRecord {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc === undefined || vpc.OwnerId !== accountId) throw errors.vpcNotFound(vpcId);
  return vpc;
}

/**
 * The caller's subnet, or AWS's `InvalidSubnetID.NotFound`.
 *
 * @example
 * const subnet = requireSubnet(ctx.region, ctx.caller.accountId, subnetId);
 */
export function requireSubnet(region: RegionState, accountId: string, subnetId: string): SubnetRecord {
  const subnet = getRow(region.subnets, subnetId);
  if (subnet === undefined || subnet.OwnerId !== accountId) throw errors.subnetNotFound(subnetId);
  return subnet;
}

/**
 * The caller's security group, or AWS's `InvalidGroup.NotFound`.
 *
 * @example
 * const group = requireSecurityGroup(ctx.region, ctx.caller.accountId, groupId);
 */
export function requireSecurityGroup(region: RegionState, accountId: string, groupId: string): SecurityGroupRecord {
  const group = getRow(region.securityGroups, groupId);
  if (group === undefined || group.OwnerId !== accountId) throw errors.securityGroupNotFound(groupId);
  return group;
}

/**
 * A network interface by id (any owner: for the model's own wiring, not for callers).
 *
 * @example
 * findNetworkInterface(regionOf(world, 'us-east-1'), eniId)?.PrivateIpAddress;
 */
export function findNetworkInterface(region: RegionState, eniId: string): NetworkInterfaceRecord | undefined {
  return getRow(region.networkInterfaces, eniId);
}

/**
 * The caller's network interface, or AWS's `InvalidNetworkInterfaceID.NotFound` (also for
 * another account's: an endpoint's interfaces are its consumer's, an NLB node's its owner's).
 *
 * @example
 * const eni = requireNetworkInterface(ctx.region, ctx.caller.accountId, 'eni-0123456789abcdef0');
 */
export function requireNetworkInterface(region: RegionState, accountId: string, eniId: string): NetworkInterfaceRecord {
  const eni = getRow(region.networkInterfaces, eniId);
  if (eni === undefined || eni.OwnerId !== accountId) throw errors.networkInterfaceNotFound(eniId);
  return eni;
}
