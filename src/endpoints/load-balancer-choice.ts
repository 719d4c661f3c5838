/**
 * Which of a service's Network Load Balancers an endpoint uses in one AZ. AWS: "if a
 * service has several NLBs, then for a given AZ an interface endpoint connects to one load
 * balancer only". The candidates are the service's NLBs with a node in that AZ; the choice
 * among them is seeded, so a replay wires every endpoint the same way.
 *
 * @module
 */
import { hashString } from '../core/hash.js';
import { getRow } from '../core/table.js';
import type { EndpointServiceRecord } from '../endpoint-services/model.js';
import type { RegionState } from '../world/world.js';

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
  return sorted[hashString(`${seed}\u0000endpoint-nlb\u0000${endpointId}\u0000${zoneId}`) % sorted.length];
}
