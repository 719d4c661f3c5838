/**
 * Renderers from stored load-balancer records to SDK v3 output shapes
 * (`@aws-sdk/client-elastic-load-balancing-v2`). Create and describe actions share them.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import { findRegion } from '../geo/regions.js';
import { zoneNameOfId } from '../geo/zones.js';
import type { World } from '../world/world.js';
import type { LoadBalancerRecord, LoadBalancerStateCode } from './model.js';

/** SDK v3 `LoadBalancerAddress` (IPv4 fields). */
export interface LoadBalancerAddress {
  IpAddress?: string;
  AllocationId?: string;
  PrivateIPv4Address?: string;
}

/** SDK v3 `AvailabilityZone` of a load balancer. */
export interface LoadBalancerAvailabilityZone {
  ZoneName: string;
  SubnetId: string;
  LoadBalancerAddresses: LoadBalancerAddress[];
}

/** SDK v3 `LoadBalancer` (the fields an NLB carries). */
export interface LoadBalancer {
  LoadBalancerArn: string;
  DNSName: string;
  CanonicalHostedZoneId: string;
  CreatedTime: Date;
  LoadBalancerName: string;
  Scheme: 'internet-facing' | 'internal';
  VpcId: string;
  State: { Code: LoadBalancerStateCode; Reason?: string };
  Type: 'network';
  AvailabilityZones: LoadBalancerAvailabilityZone[];
  SecurityGroups?: string[];
  IpAddressType: 'ipv4';
  EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic?: string;
}

/** Fresh copies of tags for an output. */
export function renderElbTags(tags: readonly Tag[]): Tag[] {
  return tags.map((t) => ({ Key: t.Key, Value: t.Value }));
}

/**
 * Renders an NLB with its AZs named as its owner names them. An internal NLB lists each
 * node's private IPv4 address (`LoadBalancerAddresses[].PrivateIPv4Address`, "the private
 * IPv4 address for an internal load balancer" in the API reference); an internet-facing one
 * lists none, since the model allocates no public or Elastic IP addresses.
 */
export function renderLoadBalancer(world: World, region: string, lb: LoadBalancerRecord): LoadBalancer {
  const out: LoadBalancer = {
    LoadBalancerArn: lb.LoadBalancerArn,
    DNSName: lb.DNSName,
    CanonicalHostedZoneId: findRegion(region)?.nlbHostedZoneId ?? '',
    CreatedTime: new Date(lb.createdAt),
    LoadBalancerName: lb.LoadBalancerName,
    Scheme: lb.Scheme,
    VpcId: lb.VpcId,
    State: { Code: lb.State },
    Type: 'network',
    AvailabilityZones: lb.nodes.map((node) => ({
      ZoneName: zoneNameOfId(world, lb.OwnerId, region, node.AvailabilityZoneId) ?? node.AvailabilityZoneId,
      SubnetId: node.SubnetId,
      LoadBalancerAddresses: lb.Scheme === 'internal' ? [{ PrivateIPv4Address: node.PrivateIpAddress }] : [],
    })),
    IpAddressType: lb.IpAddressType,
  };
  if (lb.SecurityGroups.length > 0) {
    out.SecurityGroups = [...lb.SecurityGroups];
    out.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic = lb.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic ?? 'on';
  }
  return out;
}
