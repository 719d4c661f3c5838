/**
 * Compiled routes: what the data plane needs to know about one endpoint, read once from the
 * World and kept until the world changes. Per AZ of the endpoint: its interface address,
 * the NLB it is wired to and that NLB's node in the AZ, and per listener port the targets
 * eligible from that node (healthy, in a live AZ, and in the node's own AZ unless cross-zone
 * load balancing is on). The node and its port routes are not the endpoint's: every
 * endpoint wired to one node shares them (see `route-parts.ts`). Building is O(size of the
 * endpoint's NLBs) the first time a node is used, O(AZs) after; using is O(1).
 *
 * @module
 */
import { getRow, tableEntries } from '../core/table.js';
import { isZoneFailed } from '../controls/faults.js';
import type { VpcEndpointRecord } from '../endpoints/model.js';
import type { LoadBalancerRecord, TargetGroupRecord } from '../load-balancers/model.js';
import { effectiveTargetHealth } from '../load-balancers/target-health.js';
import { parseIpv4 } from '../network/cidr.js';
import type { CompiledRule } from '../network/security-group-admits.js';
import type { RegionState, World } from '../world/world.js';
import type { PortKeyHandle } from './port-table.js';
import type { RouteParts } from './route-parts.js';
import type { ConnectionTarget } from './types.js';

/** A target eligible from one node, with its lazily resolved allocator key. */
export interface TargetRoute {
  id: string;
  ipText: string;
  ip: number;
  port: number;
  zoneId: string | undefined;
  /** The allocator key of (node ip, target ip, target port); null until first used. */
  ports: PortKeyHandle | null;
  /** The frozen `Connection.target` every connection to this target shares. */
  view: Readonly<ConnectionTarget>;
}

/** One listener port as seen from one node (shared by every endpoint wired to the node). */
export interface PortRoute {
  targetGroupArn: string;
  proxyProtocol: boolean;
  targets: TargetRoute[];
}

/** An NLB's node in one AZ, as endpoints reach it: one object per (NLB, AZ), shared. */
export interface NodeRoute {
  zoneId: string;
  /** False when the AZ is failed, or the NLB is not active or has no node there. */
  up: boolean;
  loadBalancerArn: string;
  nodeIp: number;
  nodeIpText: string;
  crossZone: boolean;
  /**
   * The ingress rules of the NLB's security groups when they filter PrivateLink traffic
   * (the NLB has groups and `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic` is `on`),
   * else null: nothing to check.
   */
  rules: readonly CompiledRule[] | null;
  /** Listener port -> route, or null when the NLB has no listener on that port; filled on use. */
  ports: Map<number, PortRoute | null>;
}

/** One interface of an endpoint: its address in one AZ and the node it sends to. */
export interface InterfaceRoute {
  eniIp: number;
  eniIpText: string;
  node: NodeRoute;
}

/** Everything about one endpoint the hot path reads. */
export interface EndpointRoute {
  endpoint: VpcEndpointRecord;
  region: string;
  /** One per AZ of the endpoint, in the endpoint's order. */
  interfaces: InterfaceRoute[];
  /** The ingress rules of the endpoint's security groups (shared by endpoints with the same groups). */
  rules: readonly CompiledRule[];
}

function compilePort(
  world: World,
  region: string,
  state: RegionState,
  lb: LoadBalancerRecord,
  nodeZoneId: string,
  crossZone: boolean,
  port: number,
): PortRoute | null {
  for (const listenerArn of lb.listenerArns) {
    const listener = getRow(state.listeners, listenerArn);
    if (listener === undefined || listener.Port !== port) continue;
    const group: TargetGroupRecord | undefined = getRow(state.targetGroups, listener.TargetGroupArn);
    if (group === undefined) return null;
    const enabledZones = new Set(lb.nodes.map((n) => n.AvailabilityZoneId));
    const targets: TargetRoute[] = [];
    for (const [, t] of [...tableEntries(group.targets)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      // The health describeTargetHealth reports, so routing and describe never disagree.
      if (effectiveTargetHealth(world, state, region, group, t).State !== 'healthy') continue;
      const zoneId = t.AvailabilityZoneId;
      // Without cross-zone, a node sends only to targets in its own AZ; with it, to every
      // enabled AZ. Targets registered with AvailabilityZone 'all' receive from every node.
      if (zoneId !== undefined && (!enabledZones.has(zoneId) || (!crossZone && zoneId !== nodeZoneId))) continue;
      const ip = parseIpv4(t.ip);
      if (ip === undefined) continue;
      const view = Object.freeze({ id: t.Id, ip: t.ip, port: t.Port, availabilityZoneId: zoneId });
      targets.push({ id: t.Id, ipText: t.ip, ip, port: t.Port, zoneId, ports: null, view });
    }
    return { targetGroupArn: group.TargetGroupArn, proxyProtocol: group.attributes['proxy_protocol_v2.enabled'] === 'true', targets };
  }
  return null;
}

/** The port route of a node, compiled on first use by any endpoint wired to it. */
export function portRoute(world: World, region: string, node: NodeRoute, port: number): PortRoute | null {
  const cached = node.ports.get(port);
  if (cached !== undefined) return cached;
  const state = world.regions[region];
  const lb = state && getRow(state.loadBalancers, node.loadBalancerArn);
  const compiled = state && lb ? compilePort(world, region, state, lb, node.zoneId, node.crossZone, port) : null;
  node.ports.set(port, compiled);
  return compiled;
}

/** The rules an NLB applies to PrivateLink traffic, or null when it applies none. */
function privateLinkRules(region: string, state: RegionState, lb: LoadBalancerRecord | undefined, parts: RouteParts): readonly CompiledRule[] | null {
  if (lb === undefined || lb.SecurityGroups.length === 0 || lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic === 'off') return null;
  return parts.ingressRules(region, state, lb.SecurityGroups);
}

function compileNode(world: World, region: string, state: RegionState, loadBalancerArn: string, zoneId: string, parts: RouteParts): NodeRoute {
  const lb = getRow(state.loadBalancers, loadBalancerArn);
  const node = lb?.nodes.find((n) => n.AvailabilityZoneId === zoneId);
  return {
    zoneId,
    up: lb !== undefined && node !== undefined && lb.State === 'active' && !isZoneFailed(world.failedZones, region, zoneId),
    loadBalancerArn,
    nodeIp: parseIpv4(node?.PrivateIpAddress) ?? 0,
    nodeIpText: node?.PrivateIpAddress ?? '',
    crossZone: lb?.attributes['load_balancing.cross_zone.enabled'] === 'true',
    rules: privateLinkRules(region, state, lb, parts),
    ports: new Map(),
  };
}

/** Compiles the route of an endpoint (any state; the engine checks the state). */
export function compileEndpointRoute(world: World, region: string, endpoint: VpcEndpointRecord, parts: RouteParts): EndpointRoute {
  const state = world.regions[region];
  const interfaces: InterfaceRoute[] = [];
  let rules: readonly CompiledRule[] = [];
  if (state !== undefined) {
    for (const zone of endpoint.zones) {
      const { LoadBalancerArn: arn, AvailabilityZoneId: zoneId } = zone;
      // An endpoint to an AWS service has no NLB behind it: the engine answers it apart.
      if (arn === undefined) continue;
      const node = parts.node(arn, zoneId, () => compileNode(world, region, state, arn, zoneId, parts));
      interfaces.push({ eniIp: parseIpv4(zone.PrivateIpAddress) ?? 0, eniIpText: zone.PrivateIpAddress, node });
    }
    rules = parts.ingressRules(region, state, endpoint.Groups);
  }
  return { endpoint, region, interfaces, rules };
}
