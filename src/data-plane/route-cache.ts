/**
 * Per-world-version caches of the data plane: resolved sources, name resolutions, compiled
 * endpoint routes and reachability. Everything is dropped when the world changes (the world
 * is immutable, so a reference check says when), which keeps the hot path O(1) on a warm
 * world without any invalidation logic to get wrong.
 *
 * Sized for many names: resolutions are kept per source network, then per name (a few
 * tables however many names), each in one fixed-shape object holding all the hot path reads
 * (its first interface inline), so a connect to a one-AZ name touches the name's entry and
 * its route; what endpoints share (NLB nodes, port routes, rules, paths) is compiled once
 * (see `route-parts.ts`): about 370 bytes per endpoint after warm-up, was about 2,800.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import type { VpcEndpointRecord } from '../endpoints/model.js';
import { isAwsServiceEndpoint } from '../aws-services/lookup.js';
import { activePeeringBetween } from '../network/peering.js';
import type { CompiledRule } from '../network/security-group-admits.js';
import type { World } from '../world/world.js';
import { resolveHost } from './resolver.js';
import { RouteParts } from './route-parts.js';
import { compileEndpointRoute, type EndpointRoute, type InterfaceRoute } from './routes.js';
import { resolveSource, type ResolvedSource } from './source.js';
import type { ConnectionPath, ConnectionSource } from './types.js';

/**
 * A compiled route as one source network sees one name: everything a connect reads. It is
 * also its first interface (`eniIp`, `eniIpText`, `node`), inline: most names lead to one
 * (a zonal name, or any name of a one-AZ endpoint), which a connect then reads without
 * touching another per-endpoint object.
 */
export interface ResolvedRoute extends InterfaceRoute {
  /** The endpoint record (read on failure paths only). */
  endpoint: VpcEndpointRecord;
  endpointId: string;
  serviceId: string;
  /** Whether the endpoint's state is `available`. */
  available: boolean;
  /** The AWS service the endpoint reaches (`com.amazonaws.<region>.<name>`), if it is one. */
  awsServiceName: string | undefined;
  region: string;
  /** The interfaces the name leads to, in the endpoint's order (a zonal name: its AZ's only). */
  interfaces: readonly InterfaceRoute[];
  /** `interfaces.length`, inline. */
  interfaceCount: number;
  rules: readonly CompiledRule[];
  /** The AZ a zonal name pins the route to. */
  pinnedZoneId: string | undefined;
  /** How the source reaches the endpoint's VPC; `undefined` when it does not. */
  path: ConnectionPath | undefined;
}

/** The inline first interface of a route that has none (an endpoint without subnets): never read. */
const NO_INTERFACE: InterfaceRoute = Object.freeze({
  eniIp: 0,
  eniIpText: '',
  node: Object.freeze({ zoneId: '', up: false, loadBalancerArn: '', nodeIp: 0, nodeIpText: '', crossZone: false, rules: null, ports: new Map() }),
});

/**
 * The caches. `use(world)` first on every call; the rest read through.
 *
 * @example
 * cache.use(world); const route = cache.resolve(world, host, cache.source(world, from));
 */
export class RouteCache {
  private regions: World['regions'] | undefined;
  private failedZones: World['failedZones'] | undefined;
  private accounts: World['accounts'] | undefined;
  /** Subnet id -> host address (`''` for the default one) -> the resolved source. */
  private readonly sources = new Map<string, Map<string, ResolvedSource>>();
  private readonly endpoints = new Map<string, EndpointRoute>();
  private readonly parts = new RouteParts();
  /**
   * network key -> host -> route (null: does not resolve there). The inner table is a
   * prototype-less object, not a Map: V8 interns its keys and turns a looked-up string into
   * a reference to the interned one, so a lookup compares pointers and never reads the other
   * names of its bucket (measured 190 against 270-340 ns per lookup among 100,000 names).
   */
  private readonly names = new Map<string, Record<string, ResolvedRoute | null>>();

  /**
   * Drops every cache when what routes depend on changed. Immer shares untouched subtrees,
   * so comparing the references of the regions, failed zones and accounts is exact, and a
   * clock-only change (`cloud.clock.advance`) keeps the caches warm.
   */
  use(world: World): void {
    if (world.regions === this.regions && world.failedZones === this.failedZones && world.accounts === this.accounts) return;
    this.regions = world.regions;
    this.failedZones = world.failedZones;
    this.accounts = world.accounts;
    this.sources.clear();
    this.endpoints.clear();
    this.parts.clear();
    this.names.clear();
  }

  /**
   * The resolved source. Subnet sources with the subnet's default groups are cached by subnet
   * and host address, so many hosts of one subnet (`from.ip`) resolve once each, not per
   * connect; only sources that resolved are kept.
   */
  source(world: World, from: ConnectionSource): ResolvedSource {
    const cacheable =
      typeof from === 'object' && from !== null && 'subnetId' in from && typeof from.subnetId === 'string' && from.securityGroupIds === undefined && (from.ip === undefined || typeof from.ip === 'string');
    if (!cacheable) return resolveSource(world, from);
    let hosts = this.sources.get(from.subnetId);
    const ip = from.ip ?? '';
    const cached = hosts?.get(ip);
    if (cached !== undefined && cached.accountId === from.accountId) return cached;
    const resolved = resolveSource(world, from);
    if (hosts === undefined) this.sources.set(from.subnetId, (hosts = new Map()));
    hosts.set(ip, resolved);
    return resolved;
  }

  /** What `host` resolves to from `source`, compiled. */
  resolve(world: World, host: string, source: ResolvedSource): ResolvedRoute | undefined {
    let byName = this.names.get(source.networkKey);
    if (byName === undefined) {
      byName = Object.create(null) as Record<string, ResolvedRoute | null>;
      this.names.set(source.networkKey, byName);
    }
    const cached = byName[host];
    if (cached !== undefined) return cached ?? undefined;
    const resolution = resolveHost(world, host, source);
    let route: ResolvedRoute | null = null;
    if (resolution !== undefined) {
      const { endpoint } = resolution;
      let compiled = this.endpoints.get(endpoint.VpcEndpointId);
      if (compiled === undefined) {
        compiled = compileEndpointRoute(world, resolution.region, endpoint, this.parts);
        this.endpoints.set(endpoint.VpcEndpointId, compiled);
      }
      const pinned = resolution.zoneId;
      const interfaces = pinned === undefined ? compiled.interfaces : compiled.interfaces.filter((i) => i.node.zoneId === pinned);
      const first = interfaces[0] ?? NO_INTERFACE;
      // One literal with every field: V8 keeps them all inside the object (a spread would not).
      route = {
        eniIp: first.eniIp,
        eniIpText: first.eniIpText,
        node: first.node,
        endpoint,
        endpointId: endpoint.VpcEndpointId,
        serviceId: endpoint.ServiceId,
        available: endpoint.State === 'available',
        awsServiceName: isAwsServiceEndpoint(endpoint) ? endpoint.ServiceName : undefined,
        region: compiled.region,
        interfaces,
        interfaceCount: interfaces.length,
        rules: compiled.rules,
        pinnedZoneId: pinned,
        path: this.path(world, compiled, source),
      };
    }
    byName[host] = route;
    return route ?? undefined;
  }

  /** How `source` reaches the endpoint's VPC, or `undefined` when it does not. */
  private path(world: World, route: EndpointRoute, source: ResolvedSource): ConnectionPath | undefined {
    const target = route.endpoint.VpcId;
    const cached = this.parts.path(target, source.networkKey);
    if (cached !== undefined) return cached ?? undefined;
    const state = world.regions[route.region];
    let path: ConnectionPath | null = null;
    if (state !== undefined && source.region === route.region) {
      if (source.vpcId === target) path = { kind: 'same-vpc' };
      else if (source.vpcId !== undefined) {
        const peering = activePeeringBetween(state, target, source.vpcId);
        if (peering) path = { kind: 'peering', vpcPeeringConnectionId: peering.VpcPeeringConnectionId };
      } else if (source.onPremisesNetworkId !== undefined) {
        const network = getRow(state.onPremisesNetworks, source.onPremisesNetworkId);
        if (network?.VpcId === target) path = { kind: 'on-premises', networkId: network.NetworkId, link: network.Link };
      }
    }
    this.parts.setPath(target, source.networkKey, path);
    return path ?? undefined;
  }
}
