/**
 * The reference data plane's answer to `cloud.connect`: name resolution, path, endpoint
 * state, security groups, then per AZ of the endpoint (the one AZ of a zonal name) whether
 * the AZ is up, the NLB's security groups admit the client (when it enforces them on
 * PrivateLink traffic), the NLB listens on the port, and which targets the node may send to
 * (healthy, in a live AZ the NLB has enabled, and in the node's own AZ unless cross-zone).
 *
 * @module
 */
import { cidrContainsIp, parseCidr, parseIpv4 } from '../../network/cidr.js';
import type { FuzzModel, ModelEndpoint, ModelLoadBalancer, ModelTarget } from './fuzz-model.js';
import { keyExhausted, portKeyOf } from './reference.js';

/** Where a connection comes from, as the model sees it. */
export interface ModelSource {
  /** The VPC of a subnet source; `undefined` for an on-premises host. */
  vpcId: string | undefined;
  /** The VPC whose private DNS the source uses. */
  resolvingVpcId: string;
  ip: string;
  groups: readonly string[];
  path: 'same-vpc' | 'peering' | 'on-premises' | 'none';
}

/** One AZ a connection may go through, with the targets eligible there. */
export interface ZoneChoice {
  zoneId: string;
  loadBalancerArn: string;
  targetGroupArn: string;
  targets: ModelTarget[];
}

/** The predicted answer. */
export type ConnectPrediction =
  | { kind: 'fail'; reason: string }
  | { kind: 'open'; endpoint: ModelEndpoint; zones: ZoneChoice[]; mayExhaust: boolean };

/** Whether a group's TCP rules (`<port> <cidr>`) admit `port` from address `ip`. */
function rulesAdmit(rules: readonly string[], ip: number, port: number): boolean {
  return rules.some((rule) => {
    const [rulePort, cidr] = rule.split(' ');
    const block = parseCidr(cidr);
    return Number(rulePort) === port && block !== undefined && cidrContainsIp(block, ip);
  });
}

/** Whether the endpoint's security groups admit TCP `port` from `source`. */
function admitted(model: FuzzModel, endpoint: ModelEndpoint, source: ModelSource, port: number): boolean {
  const ip = parseIpv4(source.ip) ?? -1;
  return endpoint.groups.some((groupId) => {
    const group = model.securityGroups.find((g) => g.id === groupId);
    if (group === undefined) return false;
    if (group.isDefault && source.groups.includes(group.id)) return true;
    return rulesAdmit(group.rules, ip, port);
  });
}

/**
 * Whether an NLB lets PrivateLink traffic from `source` in: no groups, enforcement off, or a
 * CIDR rule holding the client's address (a default group's self-reference never matches).
 */
function loadBalancerAdmits(model: FuzzModel, lb: ModelLoadBalancer, source: ModelSource, port: number): boolean {
  if (lb.securityGroups.length === 0 || lb.enforcePrivateLink === 'off') return true;
  const ip = parseIpv4(source.ip) ?? -1;
  return lb.securityGroups.some((groupId) => rulesAdmit(model.securityGroups.find((g) => g.id === groupId)?.rules ?? [], ip, port));
}

/** The AZ choices of `endpoint` for `port` (only `pinned` when a zonal name was used). */
function zoneChoices(model: FuzzModel, endpoint: ModelEndpoint, source: ModelSource, port: number, pinned: string | undefined): { up: number; refused: number; listening: ZoneChoice[] } {
  let up = 0;
  let refused = 0;
  const listening: ZoneChoice[] = [];
  for (const zone of endpoint.zones) {
    if (pinned !== undefined && zone.zoneId !== pinned) continue;
    const lb = model.loadBalancers.find((l) => l.arn === zone.loadBalancerArn);
    if (lb === undefined || !lb.zoneIds.includes(zone.zoneId) || model.failedZones.has(zone.zoneId)) continue;
    up += 1;
    if (!loadBalancerAdmits(model, lb, source, port)) {
      refused += 1;
      continue;
    }
    const listener = model.listeners.find((l) => l.loadBalancerArn === lb.arn && l.port === port);
    const tg = listener === undefined ? undefined : model.targetGroups.find((t) => t.arn === listener.targetGroupArn);
    if (listener === undefined || tg === undefined) continue;
    const targets = tg.targets.filter(
      (t) => t.healthy && !model.failedZones.has(t.zoneId) && lb.zoneIds.includes(t.zoneId) && (lb.crossZone || t.zoneId === zone.zoneId),
    );
    listening.push({ zoneId: zone.zoneId, loadBalancerArn: lb.arn, targetGroupArn: tg.arn, targets });
  }
  return { up, refused, listening };
}

/**
 * What `cloud.connect` should answer for a resolved endpoint (or none).
 *
 * @example
 * const predicted = predictConnect(model, endpoint, undefined, source, 443); // { kind: 'fail', reason: 'EndpointNotAvailable' }
 */
export function predictConnect(model: FuzzModel, endpoint: ModelEndpoint | undefined, pinned: string | undefined, source: ModelSource, port: number): ConnectPrediction {
  if (endpoint === undefined) return { kind: 'fail', reason: 'NameNotResolved' };
  if (source.path === 'none') return { kind: 'fail', reason: 'NotReachable' };
  if (endpoint.state !== 'available') return { kind: 'fail', reason: 'EndpointNotAvailable' };
  if (!admitted(model, endpoint, source, port)) return { kind: 'fail', reason: 'SecurityGroupDenied' };
  const { up, refused, listening } = zoneChoices(model, endpoint, source, port, pinned);
  if (up === 0) return { kind: 'fail', reason: 'NotReachable' };
  if (listening.length === 0) return { kind: 'fail', reason: refused > 0 ? 'LoadBalancerSecurityGroupDenied' : 'NoListener' };
  const zones = listening.filter((z) => z.targets.length > 0);
  if (zones.length === 0) return { kind: 'fail', reason: 'NoHealthyTarget' };
  const mayExhaust = zones.some((z) => z.targets.some((t) => keyExhausted(model, portKeyOf(z.loadBalancerArn, z.zoneId, t.ip, t.port))));
  return { kind: 'open', endpoint, zones, mayExhaust };
}
