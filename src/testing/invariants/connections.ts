/**
 * Invariant 8 on the paths of open connections: a control-plane change that cuts a path
 * closes the connections through it. Every open connection's endpoint exists and is
 * `available` (deleting or rejecting an endpoint closes its connections), its AZ and its
 * target's AZ are up, its load balancer exists, its target is still registered and not
 * failing health checks, and the peering or on-premises link it came through is still there.
 *
 * @module
 */
import type { Connection } from '../../data-plane/types.js';
import { getRow, rows } from '../../core/table.js';
import type { RegionState, World } from '../../world/world.js';
import { violation, type InvariantViolation } from './violation.js';

/** Why `c` should have been closed, or `undefined` when its path is intact. */
function brokenPath(world: World, c: Connection): string | undefined {
  const state = world.regions[c.region];
  const endpoint = state === undefined ? undefined : getRow(state.vpcEndpoints, c.endpointId);
  if (state === undefined || endpoint === undefined) return `its endpoint ${c.endpointId} no longer exists`;
  if (endpoint.State !== 'available') return `its endpoint ${c.endpointId} is ${endpoint.State}`;
  if (!endpoint.zones.some((z) => z.AvailabilityZoneId === c.availabilityZoneId)) return `its endpoint left ${c.availabilityZoneId}`;
  if (world.failedZones[`${c.region}/${c.availabilityZoneId}`]) return `its AZ ${c.availabilityZoneId} failed`;
  const targetZone = c.target.availabilityZoneId;
  if (targetZone !== undefined && world.failedZones[`${c.region}/${targetZone}`]) return `its target's AZ ${targetZone} failed`;
  if (getRow(state.loadBalancers, c.loadBalancerArn) === undefined) return `its load balancer ${c.loadBalancerArn} was deleted`;
  const service = getRow(state.endpointServices, c.serviceId);
  if (service !== undefined && !service.NetworkLoadBalancerArns.includes(c.loadBalancerArn)) return `its load balancer was removed from ${c.serviceId}`;
  // A deleted target group (its listener deleted first) is not a documented cut; a target deregistered from a live group is.
  const tg = getRow(state.targetGroups, c.targetGroupArn);
  if (tg === undefined) return undefined;
  const target = [...rows(tg.targets)].find((t) => t.Id === c.target.id && t.Port === c.target.port);
  if (target === undefined) return `its target ${c.target.id}:${c.target.port} is no longer registered in ${c.targetGroupArn}`;
  if (target.health === 'unhealthy') return `its target ${c.target.id}:${c.target.port} is unhealthy`;
  return brokenLink(state, c);
}

/** Why the link `c` came through (peering, on-premises) is gone, if it is. */
function brokenLink(state: RegionState, c: Connection): string | undefined {
  if (c.path.kind === 'peering') {
    const peering = getRow(state.vpcPeeringConnections, c.path.vpcPeeringConnectionId);
    if (peering?.Status !== 'active') return `its peering connection ${c.path.vpcPeeringConnectionId} is ${peering?.Status ?? 'gone'}`;
  }
  if (c.path.kind === 'on-premises' && getRow(state.onPremisesNetworks, c.path.networkId) === undefined) {
    return `its on-premises network ${c.path.networkId} was detached`;
  }
  return undefined;
}

/**
 * Checks that no open connection survived the cut of its path.
 *
 * @example
 * checkOpenPaths(cloud.world, cloud.connections());
 */
export function checkOpenPaths(world: World, connections: readonly Connection[]): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const c of connections) {
    const why = brokenPath(world, c);
    if (why !== undefined) out.push(violation(8, [String(c.id), c.endpointId], `connection ${c.id} is still open although ${why}`));
  }
  return out;
}
