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
  State: LoadBalancerStateCode;
  IpAddressType: 'ipv4';
  nodes: LoadBalancerNode[];
  SecurityGroups: string[];
  /** ELBv2 attributes by key, values as strings as the API carries them. */
  attributes: Record<string, string>;
  Tags: Tag[];
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
  HealthCheckProtocol: string;
  HealthCheckPort: string;
  HealthCheckEnabled: boolean;
  HealthCheckIntervalSeconds: number;
  HealthCheckTimeoutSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  /** Targets keyed by `<Id>:<Port>`. */
  targets: Record<string, TargetRecord>;
  attributes: Record<string, string>;
  Tags: Tag[];
}

/** A listener (`CreateListener`, TCP only here) forwarding to one target group. */
export interface ListenerRecord {
  ListenerArn: string;
  LoadBalancerArn: string;
  OwnerId: string;
  Port: number;
  Protocol: 'TCP';
  TargetGroupArn: string;
}

/** The load-balancers room's slice of a region. */
export interface LoadBalancingState {
  loadBalancers: Table<LoadBalancerRecord>;
  targetGroups: Table<TargetGroupRecord>;
  listeners: Table<ListenerRecord>;
  /** Load balancer name -> ARN, per account: names are unique per account and region. */
  loadBalancerNames: Record<string, Record<string, string>>;
}
