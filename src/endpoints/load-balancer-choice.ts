/**
 * Which of a service's Network Load Balancers an endpoint uses in one AZ. AWS: "if a
 * service has several NLBs, then for a given AZ an interface endpoint connects to one load
 * balancer only". The candidates are the service's NLBs with a node in that AZ; the choice
 * among them is seeded, so a replay wires every endpoint the same way.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { seededHash } from '../core/hash.js';
import { getRow } from '../core/table.js';
import type { EndpointServiceRecord } from '../endpoint-services/model.js';
import type { RegionState } from '../world/world.js';
import { RELEASED_ENDPOINT_STATES, type VpcEndpointRecord } from './model.js';

/**
 * The ARNs of the service's NLBs that have a node in AZ `zoneId`, sorted.
 *
 * @example
 * loadBalancerCandidates(ctx.region, service, 'use1-az4'); // ['arn:aws:elasticloadbalancing:...']
 */
export function loadBalancerCandidates(state: RegionState, service: EndpointServiceRecord, zoneId: string): string[] {
  return service.NetworkLoadBalancerArns.filter((arn) =>
    (getRow(state.loadBalancers, arn)?.nodes ?? []).some((node) => node.AvailabilityZoneId === zoneId),
  ).sort();
}

/**
 * Picks one NLB among `candidates` for (endpoint, AZ): deterministic from the seed, spread
 * evenly over the candidates; `undefined` when there is none.
 *
 * @example
 * chooseLoadBalancer('42', 'vpce-0123456789abcdef0', 'use1-az4', [arnA, arnB]); // arnA or arnB, always the same
 */
export function chooseLoadBalancer(
  seed: string,
  endpointId: string,
  zoneId: string,
  candidates: readonly string[],
): string | undefined {
  if (candidates.length === 0) return undefined;
  const sorted = [...candidates].sort();
  return sorted[seededHash(seed, `endpoint-nlb\u0000${endpointId}\u0000${zoneId}`) % sorted.length];
}

/**
 * Moves the AZs of `endpoints` (drafts) that use one of the `removed` NLBs onto another of
 * the service's NLBs with a node in that AZ (seeded, as at creation), keeping AWS's rule of
 * one NLB per AZ per endpoint. Call after `service.NetworkLoadBalancerArns` lost `removed`.
 *
 * @throws CloudError `InvalidParameter` when a live endpoint's AZ would be left with no NLB.
 * @example
 * rewireEndpointZones(ctx.world.seed, ctx.region, service, serviceEndpoints(ctx.region, service), [removedArn]);
 */
export function rewireEndpointZones(
  seed: string,
  state: RegionState,
  service: EndpointServiceRecord,
  endpoints: Iterable<VpcEndpointRecord>,
  removed: readonly string[],
): void {
  if (removed.length === 0) return;
  for (const endpoint of endpoints) {
    if (RELEASED_ENDPOINT_STATES.has(endpoint.State)) continue;
    for (const zone of endpoint.zones) {
      if (zone.LoadBalancerArn === undefined || !removed.includes(zone.LoadBalancerArn)) continue;
      const zoneId = zone.AvailabilityZoneId;
      const next = chooseLoadBalancer(seed, endpoint.VpcEndpointId, zoneId, loadBalancerCandidates(state, service, zoneId));
      if (next === undefined) throw errors.serviceLoadBalancerStillServes(zone.LoadBalancerArn, service.ServiceId, zoneId);
      zone.LoadBalancerArn = next;
    }
  }
}
