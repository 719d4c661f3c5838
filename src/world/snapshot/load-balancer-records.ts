/**
 * Snapshot readers for the load-balancers room's records (`load-balancers/model.ts`):
 * Network Load Balancers and their nodes, target groups and targets, listeners. Attribute
 * maps hold ELBv2 attribute keys with string values, as the API carries them.
 *
 * @module
 */
import type { ListenerRecord, LoadBalancerNode, LoadBalancerRecord, LoadBalancerStateCode, TargetGroupRecord, TargetHealthState, TargetRecord } from '../../load-balancers/model.js';
import { targetKey } from '../../load-balancers/targets.js';
import { loadBalancerMachine } from '../../machines/load-balancer.js';
import { accountId, arn, epochMs, idList, idOf, ipv4, stateOf, tags, zoneId } from './formats.js';
import { bool, dict, list, num, oneOf, struct, text, type Reader } from './read.js';
import { tableOf } from './read-structures.js';

const attributes = dict(text((k) => /^[a-z0-9_.]+$/.test(k), 'an ELBv2 attribute key'), text());
const port = num({ integer: true, min: 1, max: 65_535 });

/** One NLB node. */
export const loadBalancerNode: Reader<LoadBalancerNode> = struct({
  AvailabilityZoneId: zoneId,
  SubnetId: idOf('subnet'),
  NetworkInterfaceId: idOf('eni'),
  PrivateIpAddress: ipv4,
});

/** A Network Load Balancer. */
export const loadBalancerRecord: Reader<LoadBalancerRecord> = struct(
  {
    LoadBalancerArn: arn,
    LoadBalancerName: text((n) => n.length >= 1 && n.length <= 32, 'a load balancer name'),
    DNSName: text(),
    OwnerId: accountId,
    Scheme: oneOf(['internet-facing', 'internal'] as const),
    VpcId: idOf('vpc'),
    State: stateOf<LoadBalancerStateCode>(loadBalancerMachine),
    IpAddressType: oneOf(['ipv4'] as const),
    nodes: list(loadBalancerNode),
    SecurityGroups: idList('securityGroup'),
    attributes,
    Tags: tags,
    listenerArns: list(arn, { unique: true }),
    usedByServiceIds: idList('vpcEndpointService'),
    createdAt: epochMs,
  },
  { EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: oneOf(['on', 'off'] as const) },
);

const HEALTH = ['initial', 'healthy', 'unhealthy', 'unused', 'draining', 'unavailable'] as const satisfies readonly TargetHealthState[];

/** A registered target. */
export const targetRecord: Reader<TargetRecord> = struct(
  { Id: text(), Port: port, ip: ipv4, health: oneOf(HEALTH) },
  { AvailabilityZone: text(), AvailabilityZoneId: zoneId },
);

/** A target group (TCP). */
export const targetGroupRecord: Reader<TargetGroupRecord> = struct(
  {
    TargetGroupArn: arn,
    TargetGroupName: text((n) => n.length >= 1 && n.length <= 32, 'a target group name'),
    OwnerId: accountId,
    Protocol: oneOf(['TCP'] as const),
    Port: port,
    VpcId: idOf('vpc'),
    TargetType: oneOf(['ip', 'instance'] as const),
    HealthCheckProtocol: oneOf(['TCP', 'HTTP', 'HTTPS'] as const),
    HealthCheckPort: text((p) => p === 'traffic-port' || (/^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65_535), "'traffic-port' or a port"),
    HealthCheckEnabled: bool,
    HealthCheckIntervalSeconds: num({ integer: true, min: 5, max: 300 }),
    HealthCheckTimeoutSeconds: num({ integer: true, min: 2, max: 120 }),
    HealthyThresholdCount: num({ integer: true, min: 2, max: 10 }),
    UnhealthyThresholdCount: num({ integer: true, min: 2, max: 10 }),
    targets: tableOf(targetRecord, (t) => targetKey(t.Id, t.Port)),
    LoadBalancerArns: list(arn, { unique: true }),
    listenerArns: list(arn, { unique: true }),
    attributes,
    Tags: tags,
    createdAt: epochMs,
  },
  { HealthCheckPath: text(), MatcherHttpCode: text() },
);

/** A TCP listener forwarding to one target group. */
export const listenerRecord: Reader<ListenerRecord> = struct({
  ListenerArn: arn,
  LoadBalancerArn: arn,
  OwnerId: accountId,
  Port: port,
  Protocol: oneOf(['TCP'] as const),
  TargetGroupArn: arn,
  Tags: tags,
});
