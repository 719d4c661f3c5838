/**
 * Invariants 2 and 4, by AZ id only: a live endpoint's AZs are a subset of its service's AZs
 * (the union of the service's NLB nodes), each endpoint AZ is the AZ of its subnet in the
 * endpoint's VPC, at most one per AZ (2); and per AZ the endpoint is wired to exactly one
 * load balancer, one of the service's, with a node in that AZ, which every open connection
 * through that AZ uses (4).
 *
 * @module
 */
import type { Connection } from '../../data-plane/types.js';
import { getRow, rows } from '../../core/table.js';
import type { World } from '../../world/world.js';
import { LIVE_ENDPOINT_STATES, LIVE_SERVICE_STATES, regionsOf, offeredZoneIds } from '../_internals/world-scan.js';
import { violation, type InvariantViolation } from './violation.js';


/**
 * Checks invariant 2 on the current world.
 *
 * @example
 * checkEndpointZones(cloud.world);
 */
export function checkEndpointZones(world: World): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const [, state] of regionsOf(world)) {
    for (const endpoint of rows(state.vpcEndpoints)) {
      const service = getRow(state.endpointServices, endpoint.ServiceId);
      if (!LIVE_ENDPOINT_STATES.has(endpoint.State) || service === undefined || !LIVE_SERVICE_STATES.has(service.ServiceState)) continue;
      const id = endpoint.VpcEndpointId;
      const offered = offeredZoneIds(state, service);
      const seen = new Set<string>();
      for (const zone of endpoint.zones) {
        const zoneId = zone.AvailabilityZoneId;
        if (!offered.has(zoneId)) {
          out.push(violation(2, [id, service.ServiceId, zoneId], `endpoint ${id} is in ${zoneId}, which ${service.ServiceId} does not offer (its AZ ids: ${[...offered].sort().join(', ') || 'none'})`));
        }
        if (seen.has(zoneId)) out.push(violation(2, [id, zoneId], `endpoint ${id} has two subnets in ${zoneId}`));
        seen.add(zoneId);
        const subnet = getRow(state.subnets, zone.SubnetId);
        if (subnet === undefined || subnet.AvailabilityZoneId !== zoneId || subnet.VpcId !== endpoint.VpcId) {
          out.push(violation(2, [id, zone.SubnetId, zoneId], `endpoint ${id} records ${zone.SubnetId} in ${zoneId}, but that subnet is ${subnet === undefined ? 'gone' : `in ${subnet.AvailabilityZoneId} of ${subnet.VpcId}`} (endpoint VPC ${endpoint.VpcId})`));
        }
      }
    }
  }
  return out;
}

/**
 * Checks invariant 4 on the current world and the open connections.
 *
 * @example
 * checkLoadBalancerWiring(cloud.world, cloud.connections());
 */
export function checkLoadBalancerWiring(world: World, connections: readonly Connection[]): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const [, state] of regionsOf(world)) {
    for (const endpoint of rows(state.vpcEndpoints)) {
      const service = getRow(state.endpointServices, endpoint.ServiceId);
      if (!LIVE_ENDPOINT_STATES.has(endpoint.State) || service === undefined || !LIVE_SERVICE_STATES.has(service.ServiceState)) continue;
      const id = endpoint.VpcEndpointId;
      for (const zone of endpoint.zones) {
        const arn = zone.LoadBalancerArn;
        if (arn === undefined) {
          out.push(violation(4, [id, zone.AvailabilityZoneId], `endpoint ${id} is wired in ${zone.AvailabilityZoneId} to no load balancer of ${service.ServiceId}`));
          continue;
        }
        const lb = getRow(state.loadBalancers, arn);
        if (!service.NetworkLoadBalancerArns.includes(arn)) {
          out.push(violation(4, [id, zone.AvailabilityZoneId, arn], `endpoint ${id} is wired in ${zone.AvailabilityZoneId} to ${arn}, which is not a load balancer of ${service.ServiceId}`));
        } else if (lb === undefined || !lb.nodes.some((n) => n.AvailabilityZoneId === zone.AvailabilityZoneId)) {
          out.push(violation(4, [id, zone.AvailabilityZoneId, arn], `endpoint ${id} is wired in ${zone.AvailabilityZoneId} to ${arn}, which has no node in that AZ`));
        }
      }
    }
  }
  for (const c of connections) {
    const endpoint = getRow(world.regions[c.region]?.vpcEndpoints ?? {}, c.endpointId);
    const zone = endpoint?.zones.find((z) => z.AvailabilityZoneId === c.availabilityZoneId);
    if (zone !== undefined && zone.LoadBalancerArn !== c.loadBalancerArn) {
      out.push(violation(4, [String(c.id), c.endpointId, c.availabilityZoneId], `connection ${c.id} went through ${c.loadBalancerArn} in ${c.availabilityZoneId}, but endpoint ${c.endpointId} is wired there to ${zone.LoadBalancerArn}`));
    }
  }
  return out;
}
