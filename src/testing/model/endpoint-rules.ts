/**
 * The reference rules of interface endpoint subnets and private DNS (docs/aws-behaviour.md):
 * one subnet per AZ, each in an AZ the service offers (by id), a free address in each, and
 * private DNS only with a verified name, DNS support and hostnames on the VPC, and no other
 * live endpoint of the VPC holding the same name.
 *
 * @module
 */
import { getRow } from '../../core/table.js';
import type { World } from '../../world/world.js';
import { fuzzFailure } from '../_internals/failure.js';
import type { FuzzModel, ModelEndpoint, ModelEndpointZone, ModelService, ModelSubnet } from './fuzz-model.js';
import { freeAddresses, serviceZones } from './queries.js';

/**
 * Whether `subnets` fit the service's AZs (checked in order, as AWS does), given the AZs the endpoint already occupies.
 *
 * @example
 * subnetZonesOutcome(model, service, [subnetA, subnetA2], []); // 'DuplicateSubnetsInSameZone'
 */
export function subnetZonesOutcome(model: FuzzModel, service: ModelService, subnets: readonly ModelSubnet[], occupied: readonly string[]): string {
  const offered = serviceZones(model, service);
  const taken = new Set(occupied);
  for (const s of subnets) {
    if (!offered.has(s.zoneId)) return 'InvalidParameter';
    if (taken.has(s.zoneId)) return 'DuplicateSubnetsInSameZone';
    taken.add(s.zoneId);
  }
  return 'ok';
}

/**
 * Whether each of `subnets` has a free address for an endpoint interface.
 *
 * @example
 * subnetSpaceOutcome(model, [subnet]); // 'ok' or 'InsufficientFreeAddressesInSubnet'
 */
export function subnetSpaceOutcome(model: FuzzModel, subnets: readonly ModelSubnet[]): string {
  return subnets.every((s) => freeAddresses(model, s) >= 1) ? 'ok' : 'InsufficientFreeAddressesInSubnet';
}

/** States in which an endpoint has let go of its AZs: no private DNS name, no NLB wiring. */
const RELEASED = new Set(['deleting', 'deleted', 'rejected', 'failed', 'expired']);

/**
 * Whether private DNS may be enabled for an endpoint of `service` in `vpcId` (`self` excluded).
 *
 * @example
 * privateDnsAllowed(model, service, vpc.id); // false until the name is verified
 */
export function privateDnsAllowed(model: FuzzModel, service: ModelService, vpcId: string, self?: string): boolean {
  const name = service.privateDns?.state === 'verified' ? service.privateDns.name : undefined;
  const vpc = model.vpcs.find((v) => v.id === vpcId);
  if (name === undefined || vpc === undefined || !vpc.dnsSupport || !vpc.dnsHostnames) return false;
  return !model.endpoints.some((e) => {
    if (e.id === self || e.vpcId !== vpcId || !e.privateDnsEnabled || RELEASED.has(e.state)) return false;
    const other = model.services.find((s) => s.id === e.serviceId);
    return other?.privateDns?.state === 'verified' && other.privateDns.name === name;
  });
}

/**
 * The zones of `endpointId` as the world wired them, checked against the model's
 * expectation: the same subnets, and in each AZ one of the service's NLBs with a node there.
 *
 * @example
 * endpoint.zones = observeZones(model, cloud.world, endpointId, service, subnets);
 */
export function observeZones(model: FuzzModel, world: World, endpointId: string, service: ModelService, subnets: readonly ModelSubnet[]): ModelEndpointZone[] {
  const record = getRow(world.regions[model.region]?.vpcEndpoints ?? {}, endpointId);
  const zones: ModelEndpointZone[] = [];
  for (const subnet of subnets) {
    const zone = record?.zones.find((z) => z.SubnetId === subnet.id);
    const candidates = service.loadBalancerArns.filter((arn) => model.loadBalancers.find((lb) => lb.arn === arn)?.zoneIds.includes(subnet.zoneId));
    if (zone === undefined || zone.AvailabilityZoneId !== subnet.zoneId || zone.LoadBalancerArn === undefined || !candidates.includes(zone.LoadBalancerArn)) {
      throw fuzzFailure(`endpoint ${endpointId} in ${subnet.id} (${subnet.zoneId}) is wired ${JSON.stringify(zone ?? null)}; expected one of [${candidates.join(', ')}]`);
    }
    zones.push({ zoneId: subnet.zoneId, subnetId: subnet.id, loadBalancerArn: zone.LoadBalancerArn });
  }
  return zones;
}

/**
 * The endpoint's service in the model, if it still exists.
 *
 * @example
 * serviceOf(model, endpoint)?.acceptanceRequired;
 */
export function serviceOf(model: FuzzModel, endpoint: ModelEndpoint): ModelService | undefined {
  return model.services.find((s) => s.id === endpoint.serviceId);
}

/**
 * The AZs of `service`'s wired endpoints that use NLB `removed` and would have no other of
 * `remaining` with a node there: removing `removed` is then refused (`InvalidParameter`).
 *
 * @example
 * strandedZones(model, service, arn, service.loadBalancerArns.filter((a) => a !== arn)).length; // 0 when removable
 */
export function strandedZones(model: FuzzModel, service: ModelService, removed: string, remaining: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of model.endpoints) {
    if (e.serviceId !== service.id || RELEASED.has(e.state)) continue;
    for (const z of e.zones) {
      const served = remaining.some((arn) => model.loadBalancers.find((l) => l.arn === arn)?.zoneIds.includes(z.zoneId));
      if (z.loadBalancerArn === removed && !served) out.push(z.zoneId);
    }
  }
  return out;
}

/**
 * After NLB `removed` left `service` (whose `loadBalancerArns` no longer hold it): checks
 * that every wired endpoint AZ that used it now uses another of the service's NLBs there,
 * and that every other AZ kept its NLB; records the new wiring in the model.
 *
 * @example
 * observeRewiring(model, cloud.world, service, arn);
 */
export function observeRewiring(model: FuzzModel, world: World, service: ModelService, removed: string): void {
  for (const e of model.endpoints) {
    if (e.serviceId !== service.id || RELEASED.has(e.state)) continue;
    const subnets = e.zones.map((z) => model.subnets.find((s) => s.id === z.subnetId)).filter((s): s is ModelSubnet => s !== undefined);
    const observed = observeZones(model, world, e.id, service, subnets);
    for (const before of e.zones) {
      const after = observed.find((z) => z.subnetId === before.subnetId);
      if (before.loadBalancerArn !== removed && after?.loadBalancerArn !== before.loadBalancerArn) {
        throw fuzzFailure(`endpoint ${e.id} in ${before.zoneId} moved from ${before.loadBalancerArn} to ${after?.loadBalancerArn ?? 'nothing'} though that NLB stayed with ${service.id}`);
      }
    }
    e.zones = observed;
  }
}
