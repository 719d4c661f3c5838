/**
 * What an interface endpoint connects to: a customer's endpoint service (NLBs behind it,
 * acceptance, a private DNS name its provider verified) or an AWS service of the catalogue
 * (`src/aws-services/`: no NLB, no acceptance, its public name as private DNS, no
 * connection the provider lists). Create and modify resolve the target once and ask it
 * here, so neither action branches on the kind more than once.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import type { Caller } from '../core/identity.js';
import { getRow } from '../core/table.js';
import type { AwsServiceEntry } from '../aws-services/catalogue.js';
import { AWS_OWNER, awsPrivateDnsName, awsServiceId, awsServiceZoneIds, findAwsService, isAwsServiceEndpoint } from '../aws-services/lookup.js';
import { findServiceForConsumer, serviceZoneIds } from '../endpoint-services/lookup.js';
import type { EndpointServiceRecord } from '../endpoint-services/model.js';
import type { SubnetRecord, VpcRecord } from '../network/model.js';
import type { RegionState, World } from '../world/world.js';
import { endpointsInVpc } from './lookup.js';
import { RELEASED_ENDPOINT_STATES, type VpcEndpointRecord } from './model.js';
import { checkPrivateDnsAllowed, defaultPrivateDnsEnabled } from './private-dns.js';
import { addEndpointZone, createEndpointInterface } from './zones.js';

/** The service behind an endpoint, of either kind. */
export type EndpointTarget =
  | { kind: 'service'; serviceName: string; serviceId: string; ownerId: string; service: EndpointServiceRecord }
  | { kind: 'aws'; serviceName: string; serviceId: string; ownerId: typeof AWS_OWNER; entry: AwsServiceEntry; region: string };

const awsTarget = (region: string, serviceName: string, entry: AwsServiceEntry): EndpointTarget => ({
  kind: 'aws',
  serviceName,
  serviceId: awsServiceId(region, entry.name, 'Interface'),
  ownerId: AWS_OWNER,
  entry,
  region,
});

/**
 * The target named `serviceName` for a new endpoint of `endpointType`, or AWS's error:
 * `InvalidServiceName` (unknown, or a service the caller may not use), `InvalidParameter`
 * (a type the service is not offered as), `UnsupportedOperation` (a gateway endpoint to an
 * AWS gateway service: not modelled).
 *
 * @example
 * const target = resolveNewEndpointTarget(ctx.world, ctx.caller, 'com.amazonaws.us-east-1.ec2', 'Interface');
 */
export function resolveNewEndpointTarget(world: World, caller: Caller, serviceName: string, endpointType: string): EndpointTarget {
  const service = findServiceForConsumer(world, caller.region, caller, serviceName);
  if (service !== undefined) {
    if (endpointType !== 'Interface') throw errors.endpointTypeMismatch(endpointType);
    return { kind: 'service', serviceName: service.ServiceName, serviceId: service.ServiceId, ownerId: service.OwnerId, service };
  }
  const entry = findAwsService(caller.region, serviceName);
  if (entry === undefined) throw errors.invalidServiceName(serviceName);
  if (endpointType === 'Gateway' && entry.types.includes('Gateway')) throw errors.gatewayEndpointNotModelled(serviceName);
  if (endpointType !== 'Interface' || !entry.types.includes('Interface')) throw errors.endpointTypeMismatch(endpointType, entry.types);
  return awsTarget(caller.region, serviceName, entry);
}

/**
 * The target of an existing endpoint, or `undefined` when its endpoint service is gone.
 *
 * @example
 * const target = targetOfEndpoint(ctx.region, ctx.caller.region, endpoint);
 */
export function targetOfEndpoint(state: RegionState, region: string, endpoint: VpcEndpointRecord): EndpointTarget | undefined {
  if (isAwsServiceEndpoint(endpoint)) {
    const entry = findAwsService(region, endpoint.ServiceName);
    return entry === undefined ? undefined : awsTarget(region, endpoint.ServiceName, entry);
  }
  const service = getRow(state.endpointServices, endpoint.ServiceId);
  return service === undefined ? undefined : { kind: 'service', serviceName: service.ServiceName, serviceId: service.ServiceId, ownerId: service.OwnerId, service };
}

/**
 * The AZ ids the target is offered in.
 *
 * @example
 * targetZoneIds(ctx.world, ctx.region, target); // ['use1-az1', ...]
 */
export function targetZoneIds(world: World, state: RegionState, target: EndpointTarget): string[] {
  return target.kind === 'aws' ? awsServiceZoneIds(target.region, target.entry) : serviceZoneIds(world, state, target.service);
}

/**
 * Whether the target accepts endpoints only once its provider accepts them (never for AWS).
 *
 * @example
 * targetAcceptanceRequired(target); // false for com.amazonaws.us-east-1.ec2
 */
export function targetAcceptanceRequired(target: EndpointTarget): boolean {
  return target.kind === 'service' && target.service.AcceptanceRequired;
}

/**
 * The default of `PrivateDnsEnabled`: on when the target has a (verified) private DNS name.
 * AWS services have theirs from the start, so private DNS is on by default for them.
 *
 * @example
 * targetDefaultPrivateDns(target); // true for com.amazonaws.us-east-1.ec2
 */
export function targetDefaultPrivateDns(target: EndpointTarget): boolean {
  return target.kind === 'aws' ? awsPrivateDnsName(target.region, target.entry) !== undefined : defaultPrivateDnsEnabled(target.service);
}

/**
 * Checks that private DNS may be enabled for an endpoint of `target` in `vpc` (AWS's
 * `InvalidParameter` otherwise): the target has a private name, the VPC has
 * `enableDnsSupport` and `enableDnsHostnames`, and no other endpoint there serves the name.
 *
 * @example
 * checkTargetPrivateDns(ctx.region, vpc, target);
 */
export function checkTargetPrivateDns(state: RegionState, vpc: VpcRecord, target: EndpointTarget, endpointId?: string): void {
  if (target.kind === 'service') {
    checkPrivateDnsAllowed(state, vpc, target.service, endpointId);
    return;
  }
  const name = awsPrivateDnsName(target.region, target.entry);
  if (name === undefined) throw errors.privateDnsNotProvided(target.serviceName);
  if (!vpc.enableDnsSupport || !vpc.enableDnsHostnames) throw errors.privateDnsRequiresVpcDnsAttributes(vpc.VpcId);
  for (const other of endpointsInVpc(state, vpc.VpcId)) {
    if (other.VpcEndpointId === endpointId || !other.PrivateDnsEnabled || RELEASED_ENDPOINT_STATES.has(other.State)) continue;
    if (other.ServiceName === target.serviceName) throw errors.privateDnsConflict(name, vpc.VpcId);
  }
}

/**
 * Puts `endpoint` (a draft) into `subnet`'s AZ: a network interface, and for an endpoint
 * service the NLB it is wired to there; an AWS service has none.
 *
 * @throws CloudError `InsufficientFreeAddressesInSubnet` when the subnet is full.
 * @example
 * addTargetZone(ctx, ctx.region, endpoint, target, subnet);
 */
export function addTargetZone(ctx: WorldContext, state: RegionState, endpoint: VpcEndpointRecord, target: EndpointTarget, subnet: SubnetRecord): void {
  if (target.kind === 'service') {
    addEndpointZone(ctx, state, endpoint, target.service, subnet);
    return;
  }
  const eni = createEndpointInterface(ctx, state, endpoint, subnet);
  endpoint.zones.push({
    AvailabilityZoneId: subnet.AvailabilityZoneId,
    SubnetId: subnet.SubnetId,
    NetworkInterfaceId: eni.NetworkInterfaceId,
    PrivateIpAddress: eni.PrivateIpAddress,
  });
}
