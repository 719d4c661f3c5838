/**
 * What one region's diagram shows, read from the World: the endpoint services in focus,
 * their Network Load Balancers (or, without a service focus, every NLB of the region), and the
 * endpoints connected to those services. Everything sorted by id,
 * so the same World always gives the same picture. A diagram is a report: reading the
 * region's services and load balancers is O(region), as any describe without filters is.
 *
 * @module
 */
import { getRow, rows, tableEntries } from '../core/table.js';
import type { EndpointServiceRecord } from '../endpoint-services/model.js';
import type { VpcEndpointRecord } from '../endpoints/model.js';
import type { LoadBalancerRecord } from '../load-balancers/model.js';
import type { RegionState, World } from '../world/world.js';

/** The resources of one region a diagram draws. */
export interface RegionScene {
  region: string;
  state: RegionState;
  /** Endpoint services, `Deleted` ones left out. */
  services: EndpointServiceRecord[];
  loadBalancers: LoadBalancerRecord[];
  /** Endpoints connected to the services, `deleted` ones left out. */
  endpoints: VpcEndpointRecord[];
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The endpoints connected to a service (its `connections` table), live ones only. */
function endpointsOf(state: RegionState, service: EndpointServiceRecord): VpcEndpointRecord[] {
  const out: VpcEndpointRecord[] = [];
  for (const [endpointId] of tableEntries(service.connections)) {
    const endpoint = getRow(state.vpcEndpoints, endpointId);
    if (endpoint !== undefined && endpoint.State !== 'deleted') out.push(endpoint);
  }
  return out;
}

/**
 * Gathers a region's scene: one service (`serviceId`) with its NLBs and endpoints, or every
 * live service and every NLB of the region. `undefined` when there is nothing to draw.
 *
 * @example
 * gatherRegion(cloud.world, 'us-east-1')?.services.map((s) => s.ServiceId);
 */
export function gatherRegion(world: World, region: string, serviceId?: string): RegionScene | undefined {
  const state = world.regions[region];
  if (state === undefined) return undefined;
  const services: EndpointServiceRecord[] = [];
  if (serviceId !== undefined) {
    const service = getRow(state.endpointServices, serviceId);
    if (service !== undefined) services.push(service);
  } else {
    for (const service of rows(state.endpointServices)) if (service.ServiceState !== 'Deleted') services.push(service);
  }
  services.sort(byKey((s) => s.ServiceId));

  const lbArns = new Set<string>();
  for (const service of services) for (const arn of service.NetworkLoadBalancerArns) lbArns.add(arn);
  if (serviceId === undefined) for (const lb of rows(state.loadBalancers)) lbArns.add(lb.LoadBalancerArn);
  const loadBalancers = [...lbArns]
    .map((arn) => getRow(state.loadBalancers, arn))
    .filter((lb): lb is LoadBalancerRecord => lb !== undefined)
    .sort(byKey((lb) => lb.LoadBalancerArn));

  const endpoints = services.flatMap((s) => endpointsOf(state, s)).sort(byKey((e) => e.VpcEndpointId));
  if (services.length === 0 && loadBalancers.length === 0) return undefined;
  return { region, state, services, loadBalancers, endpoints };
}
