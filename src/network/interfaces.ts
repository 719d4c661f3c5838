/**
 * Private IPv4 allocation and network interfaces. Addresses come from the subnet's range,
 * minus the five AWS reserves (network, router, DNS, future use, broadcast), chosen by a
 * seeded probe so they look like AWS's and never repeat; a full subnet is AWS's
 * `InsufficientFreeAddressesInSubnet`, never a duplicate.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { seededHash } from '../core/hash.js';
import { deleteRow, getRow, putRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import { holdAddress, releaseAddress } from './address-book.js';
import { formatIpv4, parseCidr, type Cidr } from './cidr.js';
import type { NetworkInterfaceKind, NetworkInterfaceRecord, SubnetRecord } from './model.js';
import { countGroupUsers } from './security-groups.js';

/**
 * Addresses AWS reserves in every subnet: the first four and the last.
 *
 * @example
 * usableAddressCount(subnet) === 2 ** (32 - prefix) - RESERVED_ADDRESSES_PER_SUBNET;
 */
export const RESERVED_ADDRESSES_PER_SUBNET = 5;

/**
 * Whether `ip` is one of the five addresses AWS reserves in a subnet: the network address,
 * the VPC router (+1), the DNS server (+2), one for future use (+3), and the last address
 * (broadcast, which a VPC does not support). No host may use them.
 *
 * @example
 * isReservedSubnetAddress(parseCidr('10.1.1.0/24'), parseIpv4('10.1.1.2')); // true (DNS)
 * isReservedSubnetAddress(parseCidr('10.1.1.0/24'), parseIpv4('10.1.1.254')); // false
 */
export function isReservedSubnetAddress(cidr: { base: number; size: number }, ip: number): boolean {
  const offset = ip - cidr.base;
  return offset < 4 || offset === cidr.size - 1;
}

/**
 * How many addresses a subnet has in all for interfaces (size minus the reserved five).
 *
 * @example
 * usableAddressCount(subnetOf('10.0.1.0/24')); // 251
 */
export function usableAddressCount(subnet: SubnetRecord): number {
  const cidr = parseCidr(subnet.CidrBlock);
  return cidr ? cidr.size - RESERVED_ADDRESSES_PER_SUBNET : 0;
}

/**
 * `AvailableIpAddressCount` of a subnet.
 *
 * @example
 * availableAddressCount(subnet); // what DescribeSubnets shows as AvailableIpAddressCount
 */
export function availableAddressCount(subnet: SubnetRecord): number {
  return usableAddressCount(subnet) - subnet.addresses.count;
}

/** Parsed subnet ranges by text: a subnet's range never changes, and allocation reads it per interface. Bounded. */
const cidrs = new Map<string, Readonly<Cidr> | undefined>();

function subnetCidr(text: string): Readonly<Cidr> | undefined {
  if (cidrs.has(text)) return cidrs.get(text);
  if (cidrs.size >= 1024) cidrs.clear();
  const cidr = parseCidr(text);
  cidrs.set(text, cidr);
  return cidr;
}

/**
 * Picks a free private IP in `subnet` (a draft) and records it for `eniId`.
 *
 * @throws CloudError `InsufficientFreeAddressesInSubnet` when the subnet is full.
 *
 * @example
 * const ip = allocatePrivateIp(ctx, subnet, eniId); // e.g. '10.0.1.87'
 */
export function allocatePrivateIp(ctx: WorldContext, subnet: SubnetRecord, eniId: string): string {
  const cidr = subnetCidr(subnet.CidrBlock);
  const usable = cidr ? cidr.size - RESERVED_ADDRESSES_PER_SUBNET : 0;
  if (!cidr || usable <= subnet.addresses.count) {
    throw errors.insufficientFreeAddresses(subnet.SubnetId);
  }
  // Usable offsets are 4 .. size-2. Start at a seeded offset and probe linearly.
  const start = seededHash(ctx.world.seed, `ip\u0000${eniId}`) % usable;
  for (let i = 0; i < usable; i++) {
    const ip = formatIpv4(cidr.base + 4 + ((start + i) % usable));
    if (holdAddress(subnet.addresses, ip, eniId)) return ip;
  }
  throw errors.insufficientFreeAddresses(subnet.SubnetId);
}

/** What a new network interface is for. */
export interface NewInterface {
  subnet: SubnetRecord;
  ownerId: string;
  kind: NetworkInterfaceKind;
  description: string;
  requesterManaged: boolean;
  groups: string[];
}

/**
 * Creates a network interface with one private IP in a subnet, attached to `spec.groups`.
 * Call inside an action or timer with the draft region holding the subnet.
 *
 * @throws CloudError `InsufficientFreeAddressesInSubnet` when the subnet is full.
 * @example
 * const eni = createNetworkInterface(ctx, ctx.region, {
 *   subnet, ownerId, kind: 'vpc_endpoint', description: `VPC Endpoint Interface ${endpointId}`,
 *   requesterManaged: true, groups: [vpc.defaultSecurityGroupId],
 * });
 */
export function createNetworkInterface(ctx: WorldContext, region: RegionState, spec: NewInterface): NetworkInterfaceRecord {
  const subnet = getRow(region.subnets, spec.subnet.SubnetId) ?? spec.subnet;
  const eniId = ctx.mintId('eni');
  const ip = allocatePrivateIp(ctx, subnet, eniId);
  const eni: NetworkInterfaceRecord = {
    NetworkInterfaceId: eniId,
    OwnerId: spec.ownerId,
    SubnetId: subnet.SubnetId,
    VpcId: subnet.VpcId,
    AvailabilityZoneId: subnet.AvailabilityZoneId,
    PrivateIpAddress: ip,
    InterfaceType: spec.kind,
    Description: spec.description,
    RequesterManaged: spec.requesterManaged,
    Groups: [...spec.groups],
    Tags: [],
  };
  putRow(region.networkInterfaces, eniId, eni);
  countGroupUsers(region, eni.Groups, 1);
  return eni;
}

/**
 * Replaces the security groups of a network interface (e.g. `ModifyVpcEndpoint` with
 * `AddSecurityGroupIds`), keeping each group's "in use" record right. Call on a draft
 * region; the caller has checked the groups.
 *
 * @example
 * setNetworkInterfaceGroups(ctx.region, eniId, [...zone.groups, newGroupId]);
 */
export function setNetworkInterfaceGroups(region: RegionState, eniId: string, groupIds: readonly string[]): void {
  const eni = getRow(region.networkInterfaces, eniId);
  if (eni === undefined) return;
  countGroupUsers(region, eni.Groups, -1);
  eni.Groups = [...groupIds];
  countGroupUsers(region, eni.Groups, 1);
}

/**
 * Deletes a network interface, frees its address and releases its security groups.
 *
 * @example
 * deleteNetworkInterface(ctx.region, zone.NetworkInterfaceId);
 */
export function deleteNetworkInterface(region: RegionState, eniId: string): void {
  const eni = getRow(region.networkInterfaces, eniId);
  if (eni === undefined) return;
  const subnet = getRow(region.subnets, eni.SubnetId);
  if (subnet !== undefined) releaseAddress(subnet.addresses, eni.PrivateIpAddress);
  countGroupUsers(region, eni.Groups, -1);
  deleteRow(region.networkInterfaces, eniId);
}
