/**
 * Per-world-version caches of the data plane: resolved sources, name resolutions, compiled
 * endpoint routes and reachability. Everything is dropped when the world changes (the world
 * is immutable, so a reference check says when), which keeps the hot path O(1) on a warm
 * world without any invalidation logic to get wrong.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import { activePeeringBetween } from '../network/peering.js';
import type { World } from '../world/world.js';
import { resolveHost } from './resolver.js';
import { compileEndpointRoute, type EndpointRoute } from './routes.js';
import { resolveSource, type ResolvedSource } from './source.js';
import type { ConnectionPath, ConnectionSource } from './types.js';

/** A compiled route as one source network sees one name. */
export interface ResolvedRoute extends EndpointRoute {
  /** The AZ a zonal name pins the route to. */
  pinnedZoneId: string | undefined;
  /** How the source reaches the endpoint's VPC; `undefined` when it does not. */
  path: ConnectionPath | undefined;
}

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
  private readonly sources = new Map<string, ResolvedSource>();
  private readonly endpoints = new Map<string, EndpointRoute>();
  /** host -> network key -> route (undefined: does not resolve there). */
  private readonly names = new Map<string, Map<string, ResolvedRoute | null>>();

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
    this.names.clear();
  }

  /** The resolved source; default subnet sources (no ip, groups) are cached by subnet. */
  source(world: World, from: ConnectionSource): ResolvedSource {
    const cacheable = typeof from === 'object' && from !== null && 'subnetId' in from && from.ip === undefined && from.securityGroupIds === undefined;
    if (!cacheable) return resolveSource(world, from);
    const cached = this.sources.get(from.subnetId);
    if (cached !== undefined && cached.accountId === from.accountId) return cached;
    const resolved = resolveSource(world, from);
    this.sources.set(from.subnetId, resolved);
    return resolved;
  }

  /** What `host` resolves to from `source`, compiled. */
  resolve(world: World, host: string, source: ResolvedSource): ResolvedRoute | undefined {
    let byNetwork = this.names.get(host);
    if (byNetwork === undefined) {
      byNetwork = new Map();
      this.names.set(host, byNetwork);
    }
    const cached = byNetwork.get(source.networkKey);
    if (cached !== undefined) return cached ?? undefined;
    const resolution = resolveHost(world, host, source);
    let route: ResolvedRoute | null = null;
    if (resolution !== undefined) {
      const id = resolution.endpoint.VpcEndpointId;
      let compiled = this.endpoints.get(id);
      if (compiled === undefined) {
        compiled = compileEndpointRoute(world, resolution.region, resolution.endpoint);
        this.endpoints.set(id, compiled);
      }
      route = { ...compiled, pinnedZoneId: resolution.zoneId, path: this.path(world, compiled, source) };
    }
    byNetwork.set(source.networkKey, route);
    return route ?? undefined;
  }

  /** How `source` reaches the endpoint's VPC, or `undefined` when it does not. */
  private path(world: World, route: EndpointRoute, source: ResolvedSource): ConnectionPath | undefined {
    const cached = route.reach.get(source.networkKey);
    if (cached !== undefined) return cached ?? undefined;
    const state = world.regions[route.region];
    const target = route.endpoint.VpcId;
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
    route.reach.set(source.networkKey, path);
    return path ?? undefined;
  }
}
