/**
 * Load balancer nodes: one per enabled Availability Zone, each a requester-managed network
 * interface (`ELB net/<name>/<hex>`) with a private IPv4 address from its subnet. Reads the
 * `Subnets` / `SubnetMappings` of `CreateLoadBalancer` and `SetSubnets` and checks AWS's
 * rules: every subnet the caller's and in one VPC, at most one subnet per AZ.
 *
 * @module
 */
import { addressHolder, holdAddress, releaseAddress } from '../network/address-book.js';
import type { WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import type { Params } from '../core/params.js';
import { getRow } from '../core/table.js';
import { cidrContainsIp, formatIpv4, parseCidr, parseIpv4 } from '../network/cidr.js';
import { availableAddressCount, createNetworkInterface } from '../network/interfaces.js';
import type { SubnetRecord } from '../network/model.js';
import type { RegionState } from '../world/world.js';
import type { LoadBalancerNode } from './model.js';

/** Free addresses AWS requires in a subnet where it picks a node's address. */
export const MIN_FREE_ADDRESSES = 8;

/** One requested subnet: `Subnets[i]` or `SubnetMappings[i]`. */
export interface SubnetRequest {
  SubnetId: string;
  PrivateIPv4Address?: string;
}

/** A checked subnet request. */
export interface NodePlan {
  subnet: SubnetRecord;
  privateIp?: string;
}

/**
 * Reads `Subnets` or `SubnetMappings` (exactly one of them, non-empty). `AllocationId` and
 * IPv6 fields are refused: the model allocates no Elastic IPs and serves IPv4 only.
 *
 * @example
 * readSubnetRequests(p); // [{ SubnetId: 'subnet-...' }]
 */
export function readSubnetRequests(p: Params): SubnetRequest[] {
  const subnets = p.optionalStringList('Subnets');
  const mappings = p.optionalList('SubnetMappings', (m): SubnetRequest => {
    const allocationId = m.optionalString('AllocationId');
    if (allocationId !== undefined) {
      throw errors.validationError(`Elastic IP allocation '${allocationId}' cannot be used: privatelink-model allocates no Elastic IP addresses (AllocationId is not supported)`);
    }
    if (m.optionalString('IPv6Address') !== undefined) {
      throw errors.validationError('IPv6 addresses are not supported: an endpoint service carries IPv4 traffic only');
    }
    const ip = m.optionalString('PrivateIPv4Address');
    if (ip !== undefined && parseIpv4(ip) === undefined) throw m.invalid('PrivateIPv4Address', ip, 'Member must be a valid IPv4 address');
    return ip === undefined ? { SubnetId: m.string('SubnetId') } : { SubnetId: m.string('SubnetId'), PrivateIPv4Address: ip };
  });
  if (subnets !== undefined && mappings !== undefined) {
    throw errors.validationError('You can specify subnets or subnet mappings, but not both');
  }
  const requests = mappings ?? subnets?.map((SubnetId) => ({ SubnetId })) ?? [];
  if (requests.length === 0) throw errors.validationError('You must specify subnets or subnet mappings');
  return requests;
}

/**
 * Checks requested subnets against the world: each is the caller's (`SubnetNotFound`), all
 * lie in one VPC (`InvalidConfigurationRequest`), one per AZ (`InvalidConfigurationRequest`),
 * a subnet where AWS picks the address has 8 free addresses (`InvalidSubnet`), and a given
 * private address lies in its subnet, outside AWS's reserved five, and is free.
 *
 * @param vpcId the load balancer's VPC when it exists already (`SetSubnets`).
 * @param attached subnets where the load balancer already has its node (`SetSubnets`): they
 *   keep that node and its address, so neither the free-space nor the address check applies.
 */
export function planNodes(
  region: RegionState,
  accountId: string,
  requests: readonly SubnetRequest[],
  scheme: 'internal' | 'internet-facing',
  vpcId?: string,
  attached: ReadonlySet<string> = new Set(),
): { vpcId: string; plans: NodePlan[] } {
  const plans: NodePlan[] = [];
  const zones = new Set<string>();
  let vpc = vpcId;
  for (const request of requests) {
    const subnet = getRow(region.subnets, request.SubnetId);
    if (subnet === undefined || subnet.OwnerId !== accountId) throw errors.elbSubnetNotFound(request.SubnetId);
    vpc ??= subnet.VpcId;
    if (subnet.VpcId !== vpc) throw errors.invalidConfigurationRequest(`All subnets must belong to the same VPC: '${vpc}'`);
    if (zones.has(subnet.AvailabilityZoneId)) {
      throw errors.invalidConfigurationRequest('A load balancer cannot be attached to multiple subnets in the same Availability Zone');
    }
    zones.add(subnet.AvailabilityZoneId);
    if (attached.has(subnet.SubnetId)) plans.push({ subnet });
    else if (request.PrivateIPv4Address === undefined) {
      // AWS asks for 8 free addresses when it picks the node's address itself.
      if (availableAddressCount(subnet) < MIN_FREE_ADDRESSES) throw errors.elbSubnetFull(subnet.SubnetId);
      plans.push({ subnet });
    }
    else plans.push({ subnet, privateIp: checkPrivateIp(subnet, request.PrivateIPv4Address, scheme) });
  }
  if (vpc === undefined) throw errors.validationError('You must specify subnets or subnet mappings');
  return { vpcId: vpc, plans };
}

function checkPrivateIp(subnet: SubnetRecord, ip: string, scheme: 'internal' | 'internet-facing'): string {
  if (scheme !== 'internal') {
    throw errors.invalidConfigurationRequest('Private IPv4 addresses can only be specified for internal load balancers');
  }
  const cidr = parseCidr(subnet.CidrBlock);
  const value = parseIpv4(ip);
  if (cidr === undefined || value === undefined || !cidrContainsIp(cidr, value)) {
    throw errors.invalidConfigurationRequest(`The private IPv4 address '${ip}' is not within the range of subnet '${subnet.SubnetId}'`);
  }
  const offset = value - cidr.base;
  if (offset < 4 || offset === cidr.size - 1) {
    throw errors.invalidConfigurationRequest(`The private IPv4 address '${ip}' is reserved by AWS in subnet '${subnet.SubnetId}'`);
  }
  if (addressHolder(subnet.addresses, ip) !== undefined) {
    throw errors.invalidConfigurationRequest(`The private IPv4 address '${ip}' is already in use in subnet '${subnet.SubnetId}'`);
  }
  return formatIpv4(value);
}

/**
 * Creates the node of a plan: the network interface and, when the caller chose the
 * address, that address in place of the drawn one.
 */
export function createNode(
  ctx: WorldContext,
  region: RegionState,
  plan: NodePlan,
  owner: { accountId: string; description: string; groups: readonly string[] },
): LoadBalancerNode {
  const eni = createNetworkInterface(ctx, region, {
    subnet: plan.subnet,
    ownerId: owner.accountId,
    kind: 'network_load_balancer',
    description: owner.description,
    requesterManaged: true,
    groups: [...owner.groups],
  });
  const stored = getRow(region.networkInterfaces, eni.NetworkInterfaceId) ?? eni;
  const subnet = getRow(region.subnets, plan.subnet.SubnetId);
  if (plan.privateIp !== undefined && subnet !== undefined && stored.PrivateIpAddress !== plan.privateIp) {
    releaseAddress(subnet.addresses, stored.PrivateIpAddress);
    holdAddress(subnet.addresses, plan.privateIp, stored.NetworkInterfaceId);
    stored.PrivateIpAddress = plan.privateIp;
  }
  return {
    AvailabilityZoneId: stored.AvailabilityZoneId,
    SubnetId: stored.SubnetId,
    NetworkInterfaceId: stored.NetworkInterfaceId,
    PrivateIpAddress: stored.PrivateIpAddress,
  };
}
