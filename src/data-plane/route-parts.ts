/**
 * The parts of compiled routes that many endpoints share, compiled once per world version:
 * an NLB node and its listener routes (one per NLB and AZ, whatever the number of endpoints
 * wired to it), the ingress rules of a list of security groups, and how a source network
 * reaches a VPC. A world of 100,000 endpoints behind one NLB thus holds one set of port
 * routes, targets and frozen target views instead of 100,000 copies, which keeps the data
 * plane's working set small when traffic spreads over every endpoint.
 *
 * @module
 */
import { compileIngressRules, type CompiledRule } from '../network/security-group-admits.js';
import type { RegionState } from '../world/world.js';
import type { NodeRoute } from './routes.js';
import type { ConnectionPath } from './types.js';

/**
 * Shared parts, keyed by what determines them. `clear()` when the world changes.
 *
 * @example
 * const parts = new RouteParts();
 * parts.node(lbArn, 'use1-az2', compile) === parts.node(lbArn, 'use1-az2', compile); // true: compiled once
 */
export class RouteParts {
  /** NLB arn -> AZ id -> the node there (its port routes filled on use). */
  private readonly nodes = new Map<string, Map<string, NodeRoute>>();
  /** Region -> security group ids (joined) -> their compiled ingress rules. */
  private readonly rules = new Map<string, Map<string, readonly CompiledRule[]>>();
  /** Endpoint VPC -> source network key -> path (null: none). */
  private readonly reach = new Map<string, Map<string, ConnectionPath | null>>();

  /** Forgets everything (the world changed). */
  clear(): void {
    this.nodes.clear();
    this.rules.clear();
    this.reach.clear();
  }

  /** The node of `loadBalancerArn` in `zoneId`, compiled by `compile` on first use. */
  node(loadBalancerArn: string, zoneId: string, compile: () => NodeRoute): NodeRoute {
    return memo(inner(this.nodes, loadBalancerArn), zoneId, compile);
  }

  /** The compiled ingress rules of `groupIds` (in order) in a region. */
  ingressRules(region: string, state: RegionState, groupIds: readonly string[]): readonly CompiledRule[] {
    return memo(inner(this.rules, region), groupIds.join(','), () => compileIngressRules(state, groupIds));
  }

  /** The cached path from a source network to a VPC: a path, null (none), or undefined (not known yet). */
  path(vpcId: string, networkKey: string): ConnectionPath | null | undefined {
    return this.reach.get(vpcId)?.get(networkKey);
  }

  /** Records the path from a source network to a VPC. */
  setPath(vpcId: string, networkKey: string, path: ConnectionPath | null): void {
    inner(this.reach, vpcId).set(networkKey, path);
  }
}

/** The value under `key`, computed and kept on first use. */
function memo<K, V>(map: Map<K, V>, key: K, compute: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = compute();
    map.set(key, value);
  }
  return value;
}

/** The map under `key`, created empty on first use. */
function inner<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  return memo(outer, key, () => new Map<K, V>());
}
