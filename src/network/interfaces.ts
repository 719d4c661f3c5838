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
import { hashString } from '../core/hash.js';
import { deleteRow, getRow, putRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import { formatIpv4, parseCidr } from './cidr.js';
import type { NetworkInterfaceKind, NetworkInterfaceRecord, SubnetRecord } from './model.js';

/** Addresses AWS reserves in every subnet: the first four and the last. */
export const RESERVED_ADDRESSES_PER_SUBNET = 5;

/** How many addresses a subnet has in all for interfaces (size minus the reserved five). */
export function usableAddressCount(subnet: SubnetRecord): number {
  const cidr = parseCidr(subnet.CidrBlock);
  return cidr ? cidr.size - RESERVED_ADDRESSES_PER_SUBNET : 0;
}

/** `AvailableIpAddressCount` of a subnet. */
export function availableAddressCount(subnet: SubnetRecord): number {
  return usableAddressCount(subnet) - Object.keys(subnet.allocatedIps).length;
}

/**
 * Picks a free private IP in `subnet` (a draft) and records it for `eniId`.
 *
 * @throws CloudError `InsufficientFreeAddressesInSubnet` when the subnet is full.
 */
export function allocatePrivateIp(ctx: WorldContext, subnet: SubnetRecord, eniId: string): string {
  const cidr = parseCidr(subnet.CidrBlock);
  const usable = cidr ? cidr.size - RESERVED_ADDRESSES_PER_SUBNET : 0;
  if (!cidr || usable <= Object.keys(subnet.allocatedIps).length) {
    throw errors.insufficientFreeAddresses(subnet.SubnetId);
  }
  // Usable offsets are 4 .. size-2. Start at a seeded offset and probe linearly.
  const start = hashString(`${ctx.world.seed}\u0000ip\u0000${eniId}`) % usable;
  for (let i = 0; i < usable; i++) {
    const ip = formatIpv4(cidr.base + 4 + ((start + i) % usable));
    if (!Object.hasOwn(subnet.allocatedIps, ip)) {
      subnet.allocatedIps[ip] = eniId;
      return ip;
    }
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
 * Creates a network interface with one private IP in a subnet. Call inside an action or
 * timer with the draft region holding the subnet.
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
  };
  putRow(region.networkInterfaces, eniId, eni);
  return eni;
}

/** Deletes a network interface and frees its address. */
export function deleteNetworkInterface(region: RegionState, eniId: string): void {
  const eni = getRow(region.networkInterfaces, eniId);
  if (eni === undefined) return;
  const subnet = getRow(region.subnets, eni.SubnetId);
  if (subnet !== undefined) delete subnet.allocatedIps[eni.PrivateIpAddress];
  deleteRow(region.networkInterfaces, eniId);
}
