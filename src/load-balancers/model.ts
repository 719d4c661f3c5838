/**
 * Records of the load-balancers room: Network Load Balancers, their per-AZ nodes, target
 * groups with targets and health, and listeners.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import type { Table } from '../core/table.js';

/** ELBv2 `LoadBalancerStateEnum` values. */
export type LoadBalancerStateCode = 'provisioning' | 'active' | 'active_impaired' | 'failed';

/**
 * ELBv2 `EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum`: whether a Network Load
 * Balancer's security groups filter the traffic it receives from interface endpoints.
 *
 * @example
 * const setting: PrivateLinkEnforcement = 'off'; // PrivateLink traffic bypasses the NLB's inbound rules
 */
export type PrivateLinkEnforcement = 'on' | 'off';

/** One NLB node: the load balancer's network interface in one AZ. */
export interface LoadBalancerNode {
  AvailabilityZoneId: string;
  SubnetId: string;
  NetworkInterfaceId: string;
  PrivateIpAddress: string;
}

/** A Network Load Balancer (`CreateLoadBalancer` with `Type: 'network'`). */
export interface LoadBalancerRecord {
  LoadBalancerArn: string;
  LoadBalancerName: string;
  DNSName: string;
  OwnerId: string;
  Scheme: 'internet-facing' | 'internal';
  VpcId: string;
  /** Lifecycle state, moved only along `src/machines/load-balancer.ts`. */
  State: LoadBalancerStateCode;
  IpAddressType: 'ipv4';
  /** One node per enabled AZ, in the order the AZs were enabled. */
  nodes: LoadBalancerNode[];
  /**
   * Its security groups (`CreateLoadBalancer` / `SetSecurityGroups`), also those of every
   * node's network interface. An NLB created without groups never gets any; one created
   * with groups always keeps at least one.
   */
  SecurityGroups: string[];
  /**
   * Whether its groups' inbound rules apply to traffic that reaches it through PrivateLink
   * (`EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic`): present exactly when it has
   * security groups, `'on'` from `CreateLoadBalancer`, changed by `SetSecurityGroups`.
   */
  EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic?: PrivateLinkEnforcement;
  /** ELBv2 attributes by key, values as strings as the API carries them. */
  attributes: Record<string, string>;
  Tags: Tag[];
  /** Its listeners' ARNs (AWS caps an NLB at 50 listeners, so a list is cheap). */
  listenerArns: string[];
  /**
   * Ids of the endpoint services (`vpce-svc-...`) that name this NLB and are not `Deleted`.
   * Maintained by the endpoint-services room when a service is created, changed or deleted;
   * `DeleteLoadBalancer` and `SetSubnets` read it (O(1)) to refuse with `ResourceInUse`.
   */
  usedByServiceIds: string[];
  createdAt: number;
}

/** Health of a registered target (ELBv2 `TargetHealthStateEnum`). */
export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable';

/** A registered target. */
export interface TargetRecord {
  /** Instance id or IP address, as registered. */
  Id: string;
  Port: number;
  /** `all` for IP targets outside the VPC, else the target's AZ name as registered. */
  AvailabilityZone?: string;
  /** The AZ id the target sits in (`undefined` for `all`). */
  AvailabilityZoneId?: string;
  /** The private IP traffic is sent to. */
  ip: string;
  /**
   * Health as the health checks see it (`healthy` unless the model control
   * `cloud.faults.setTargetHealth` made it `unhealthy`). `describeTargetHealth` derives
   * `unused` (not attached, AZ not enabled) on top of it.
   */
  health: TargetHealthState;
}

/** A target group (`CreateTargetGroup`, TCP only here). */
export interface TargetGroupRecord {
  TargetGroupArn: string;
  TargetGroupName: string;
  OwnerId: string;
  Protocol: 'TCP';
  Port: number;
  VpcId: string;
  TargetType: 'ip' | 'instance';
  HealthCheckProtocol: 'TCP' | 'HTTP' | 'HTTPS';
  HealthCheckPort: string;
  HealthCheckEnabled: boolean;
  HealthCheckIntervalSeconds: number;
  HealthCheckTimeoutSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  /** For HTTP/HTTPS health checks only. */
  HealthCheckPath?: string;
  /** For HTTP/HTTPS health checks only: `Matcher.HttpCode`. */
  MatcherHttpCode?: string;
  /** Targets keyed by `<Id>:<Port>`. */
  targets: Table<TargetRecord>;
  /** Load balancers whose listeners forward here (ELBv2 `LoadBalancerArns`). */
  LoadBalancerArns: string[];
  /** Listeners that forward here: a target group in use cannot be deleted. */
  listenerArns: string[];
  attributes: Record<string, string>;
  Tags: Tag[];
  createdAt: number;
}

/** A listener (`CreateListener`, TCP only here) forwarding to one target group. */
export interface ListenerRecord {
  ListenerArn: string;
  LoadBalancerArn: string;
  OwnerId: string;
  Port: number;
  Protocol: 'TCP';
  TargetGroupArn: string;
  Tags: Tag[];
}

/** The load-balancers room's slice of a region. */
export interface LoadBalancingState {
  loadBalancers: Table<LoadBalancerRecord>;
  targetGroups: Table<TargetGroupRecord>;
  listeners: Table<ListenerRecord>;
  /** Load balancer name -> ARN, per account: names are unique per account and region. */
  loadBalancerNames: Record<string, Table<string>>;
  /** Target group name -> ARN, per account: names are unique per account and region. */
  targetGroupNames: Record<string, Table<string>>;
}
