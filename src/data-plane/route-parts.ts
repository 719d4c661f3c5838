/**
 * The parts of compiled routes that many endpoints share, compiled once per world version:
 * the listener routes of an NLB node (one per NLB and AZ, whatever the number of endpoints
 * wired to it), the ingress rules of a list of security groups, and how a source network
 * reaches a VPC. A world of 100,000 endpoints behind one NLB thus holds one set of port
 * routes, targets and frozen target views instead of 100,000 copies, which keeps the data
 * plane's working set small when traffic spreads over every endpoint.
 *
 * @module
 */
import { compileIngressRules, type CompiledRule } from '../network/security-group-admits.js';
import type { RegionState } from '../world/world.js';
import type { PortRoute } from './routes.js';
import type { ConnectionPath } from './types.js';

/**
 * Shared parts, keyed by what determines them. `clear()` when the world changes.
 *
 * @example
 * const parts = new RouteParts();
 * parts.nodePorts(lbArn, 'use1-az2') === parts.nodePorts(lbArn, 'use1-az2'); // true: one map per node
 */
export class RouteParts {
  /** NLB arn -> AZ id -> listener port -> route from that node (null: no listener). */
  private readonly nodes = new Map<string, Map<string, Map<number, PortRoute | null>>>();
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

  /** The port routes of the node of `loadBalancerArn` in `zoneId`, filled on first use. */
  nodePorts(loadBalancerArn: string, zoneId: string): Map<number, PortRoute | null> {
    return inner(inner(this.nodes, loadBalancerArn), zoneId);
  }

  /** The compiled ingress rules of `groupIds` (in order) in a region. */
  ingressRules(region: string, state: RegionState, groupIds: readonly string[]): readonly CompiledRule[] {
    const byGroups = inner(this.rules, region);
    const key = groupIds.join(',');
    let compiled = byGroups.get(key);
    if (compiled === undefined) {
      compiled = compileIngressRules(state, groupIds);
      byGroups.set(key, compiled);
    }
    return compiled;
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

/** The map under `key`, created empty on first use. */
function inner<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let map = outer.get(key);
  if (map === undefined) {
    map = new Map();
    outer.set(key, map);
  }
  return map;
}
