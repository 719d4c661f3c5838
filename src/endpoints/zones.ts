/**
 * The AZs of an interface endpoint: which subnets may hold it (the caller's, in the
 * endpoint's VPC, at most one per AZ, each in an AZ the service offers, compared by AZ id),
 * and the per-AZ wiring: one requester-managed network interface, connected to exactly one
 * of the service's NLBs with a node in that AZ.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import type { EndpointServiceRecord } from '../endpoint-services/model.js';
import { createNetworkInterface, deleteNetworkInterface } from '../network/interfaces.js';
import { requireSubnet } from '../network/lookup.js';
import type { NetworkInterfaceRecord, SubnetRecord, VpcRecord } from '../network/model.js';
import type { RegionState } from '../world/world.js';
import { chooseLoadBalancer, loadBalancerCandidates } from './load-balancer-choice.js';
import type { EndpointZoneRecord, VpcEndpointRecord } from './model.js';

/** Where new endpoint subnets must fit. */
export interface SubnetRules {
  accountId: string;
  vpc: VpcRecord;
  /** The service's name, for the error of an AZ it lacks. */
  serviceName: string;
  /** The service's AZ ids (`serviceZoneIds`, or `awsServiceZoneIds` for an AWS service). */
  serviceZoneIds: readonly string[];
  /** AZ ids the endpoint already occupies (empty for a new endpoint). */
  occupiedZoneIds: readonly string[];
}

/**
 * Checks `subnetIds` in order and returns their records, or throws AWS's error for the first
 * one that does not fit: `InvalidSubnetID.NotFound`, `InvalidParameter` (another VPC, or an
 * AZ the service lacks), `DuplicateSubnetsInSameZone`.
 *
 * @example
 * const subnets = checkEndpointSubnets(ctx.region, { accountId, vpc, serviceName, serviceZoneIds, occupiedZoneIds: [] }, ids);
 */
export function checkEndpointSubnets(state: RegionState, rules: SubnetRules, subnetIds: readonly string[]): SubnetRecord[] {
  const taken = new Set(rules.occupiedZoneIds);
  const supported = new Set(rules.serviceZoneIds);
  const out: SubnetRecord[] = [];
  for (const subnetId of subnetIds) {
    const subnet = requireSubnet(state, rules.accountId, subnetId);
    if (subnet.VpcId !== rules.vpc.VpcId) throw errors.endpointSubnetNotInVpc(subnetId, rules.vpc.VpcId);
    if (!supported.has(subnet.AvailabilityZoneId)) throw errors.serviceZoneNotSupported(rules.serviceName, subnetId);
    if (taken.has(subnet.AvailabilityZoneId)) throw errors.duplicateSubnetsInSameZone(subnetId);
    taken.add(subnet.AvailabilityZoneId);
    out.push(subnet);
  }
  return out;
}

/**
 * The requester-managed network interface of `endpoint` in `subnet`, as AWS describes it
 * (`vpc_endpoint`, "VPC Endpoint Interface vpce-..."), with the endpoint's security groups.
 *
 * @throws CloudError `InsufficientFreeAddressesInSubnet` when the subnet is full.
 *
 * @example
 * const eni = createEndpointInterface(ctx, ctx.region, endpoint, subnet);
 */
export function createEndpointInterface(ctx: WorldContext, state: RegionState, endpoint: VpcEndpointRecord, subnet: SubnetRecord): NetworkInterfaceRecord {
  return createNetworkInterface(ctx, state, {
    subnet,
    ownerId: endpoint.OwnerId,
    kind: 'vpc_endpoint',
    description: `VPC Endpoint Interface ${endpoint.VpcEndpointId}`,
    requesterManaged: true,
    groups: endpoint.Groups,
  });
}

/**
 * Puts `endpoint` (a draft) into `subnet`'s AZ: a network interface with a private IP,
 * wired to one of the service's NLBs with a node there (seeded choice).
 *
 * @throws CloudError `InsufficientFreeAddressesInSubnet` when the subnet is full.
 */
export function addEndpointZone(
  ctx: WorldContext,
  state: RegionState,
  endpoint: VpcEndpointRecord,
  service: EndpointServiceRecord,
  subnet: SubnetRecord,
): EndpointZoneRecord {
  const zoneId = subnet.AvailabilityZoneId;
  const loadBalancerArn = chooseLoadBalancer(
    ctx.world.seed,
    endpoint.VpcEndpointId,
    zoneId,
    loadBalancerCandidates(state, service, zoneId),
  );
  if (loadBalancerArn === undefined) throw errors.serviceZoneNotSupported(service.ServiceName, subnet.SubnetId);
  const eni = createEndpointInterface(ctx, state, endpoint, subnet);
  const zone: EndpointZoneRecord = {
    AvailabilityZoneId: zoneId,
    SubnetId: subnet.SubnetId,
    NetworkInterfaceId: eni.NetworkInterfaceId,
    PrivateIpAddress: eni.PrivateIpAddress,
    LoadBalancerArn: loadBalancerArn,
  };
  endpoint.zones.push(zone);
  return zone;
}

/**
 * Takes `endpoint` (a draft) out of the AZ of `subnetId`: frees its interface and, when the
 * endpoint carries traffic, cuts that AZ's data path. Returns whether it was there.
 *
 * @example
 * removeEndpointZone(ctx, ctx.region, ctx.caller.region, endpoint, 'subnet-0123456789abcdef0');
 */
export function removeEndpointZone(
  ctx: WorldContext,
  state: RegionState,
  region: string,
  endpoint: VpcEndpointRecord,
  subnetId: string,
): boolean {
  const index = endpoint.zones.findIndex((z) => z.SubnetId === subnetId);
  const zone = endpoint.zones[index];
  if (zone === undefined) return false;
  endpoint.zones.splice(index, 1);
  deleteNetworkInterface(state, zone.NetworkInterfaceId);
  if (endpoint.State === 'available') {
    ctx.emit({
      type: 'DataPathCut',
      region,
      scope: { kind: 'endpointZone', endpointId: endpoint.VpcEndpointId, zoneId: zone.AvailabilityZoneId },
      reason: `Subnet ${subnetId} was removed from VPC endpoint ${endpoint.VpcEndpointId}`,
    });
  }
  return true;
}
