/**
 * Renderers from stored service records to SDK v3 shapes: the provider's
 * `ServiceConfiguration` (AZs in the provider's names) and anyone's `ServiceDetail` (only the
 * AZs common to provider and viewer, compared by id, in the viewer's names).
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import { commonZoneIds, zoneNamesOfIds } from '../geo/zones.js';
import type { RegionState, World } from '../world/world.js';
import { serviceRegionOf, serviceZoneIds } from './lookup.js';
import type { EndpointServiceRecord, PrivateDnsVerificationState, ServiceState } from './model.js';

/** SDK v3 `ServiceTypeDetail`: `Interface` for endpoint services; AWS services also `Gateway`. */
export interface ServiceTypeDetail {
  ServiceType: 'Interface' | 'Gateway';
}

/** SDK v3 `PrivateDnsNameConfiguration` (empty when the service has no private DNS name). */
export interface PrivateDnsNameConfiguration {
  State?: PrivateDnsVerificationState;
  Type?: 'TXT';
  Value?: string;
  Name?: string;
}

/** SDK v3 `ServiceConfiguration`. */
export interface ServiceConfiguration {
  ServiceType: ServiceTypeDetail[];
  ServiceId: string;
  ServiceName: string;
  ServiceState: ServiceState;
  /** The service's AZ ids, in the same order as `AvailabilityZones`. */
  AvailabilityZoneIds: string[];
  AvailabilityZones: string[];
  AcceptanceRequired: boolean;
  ManagesVpcEndpoints: boolean;
  NetworkLoadBalancerArns: string[];
  SupportedIpAddressTypes: 'ipv4'[];
  BaseEndpointDnsNames: string[];
  PrivateDnsName?: string;
  PrivateDnsNameConfiguration: PrivateDnsNameConfiguration;
  PayerResponsibility: 'ServiceOwner';
  Tags: Tag[];
  /** Only the service's own Region: cross-Region access is not modelled. */
  SupportedRegions: { Region: string; ServiceState: ServiceState }[];
  RemoteAccessEnabled: boolean;
}

/** SDK v3 `ServiceDetail`. */
export interface ServiceDetail {
  ServiceName: string;
  ServiceId: string;
  ServiceType: ServiceTypeDetail[];
  ServiceRegion: string;
  /** The AZ ids common to provider and viewer, in the same order as `AvailabilityZones`. */
  AvailabilityZoneIds: string[];
  AvailabilityZones: string[];
  Owner: string;
  BaseEndpointDnsNames: string[];
  PrivateDnsName?: string;
  PrivateDnsNames?: { PrivateDnsName: string }[];
  VpcEndpointPolicySupported: boolean;
  AcceptanceRequired: boolean;
  ManagesVpcEndpoints: boolean;
  /** Endpoint services only: AWS services carry none. */
  PayerResponsibility?: 'ServiceOwner';
  Tags: Tag[];
  PrivateDnsNameVerificationState?: PrivateDnsVerificationState;
  SupportedIpAddressTypes: 'ipv4'[];
}

/**
 * The ARN of an endpoint service, as IAM and tagging name it.
 *
 * @example
 * serviceArnOf('us-east-1', '111111111111', 'vpce-svc-0123456789abcdef0');
 * // 'arn:aws:ec2:us-east-1:111111111111:vpc-endpoint-service/vpce-svc-0123456789abcdef0'
 */
export function serviceArnOf(region: string, accountId: string, serviceId: string): string {
  return `arn:aws:ec2:${region}:${accountId}:vpc-endpoint-service/${serviceId}`;
}

/**
 * The service's base endpoint DNS name: `<service-id>.<region>.vpce.amazonaws.com`.
 *
 * @example
 * baseEndpointDnsName(service); // 'vpce-svc-0123456789abcdef0.us-east-1.vpce.amazonaws.com'
 */
export function baseEndpointDnsName(service: EndpointServiceRecord): string {
  return `${service.ServiceId}.${serviceRegionOf(service)}.vpce.amazonaws.com`;
}

const tagsOf = (tags: readonly Tag[]): Tag[] => tags.map((t) => ({ Key: t.Key, Value: t.Value }));

/**
 * The provider's view of its service (`CreateVpcEndpointServiceConfiguration`,
 * `DescribeVpcEndpointServiceConfigurations`).
 *
 * @example
 * renderServiceConfiguration(ctx.world, ctx.region, service).ServiceName;
 */
export function renderServiceConfiguration(world: World, state: RegionState, service: EndpointServiceRecord): ServiceConfiguration {
  const region = serviceRegionOf(service);
  const dns = service.PrivateDns;
  const zoneIds = serviceZoneIds(world, state, service);
  const head: Omit<ServiceConfiguration, 'PrivateDnsName' | 'PrivateDnsNameConfiguration' | 'PayerResponsibility' | 'Tags' | 'SupportedRegions' | 'RemoteAccessEnabled'> = {
    ServiceType: [{ ServiceType: 'Interface' }],
    ServiceId: service.ServiceId,
    ServiceName: service.ServiceName,
    ServiceState: service.ServiceState,
    AvailabilityZoneIds: zoneIds,
    AvailabilityZones: zoneNamesOfIds(world, service.OwnerId, region, zoneIds),
    AcceptanceRequired: service.AcceptanceRequired,
    ManagesVpcEndpoints: false,
    NetworkLoadBalancerArns: [...service.NetworkLoadBalancerArns],
    SupportedIpAddressTypes: ['ipv4'],
    BaseEndpointDnsNames: [baseEndpointDnsName(service)],
  };
  // Object.assign rather than spreads inside the literal: see `renderNetworkInterface`
  // (src/network/interface-render.ts).
  return Object.assign(head, dns ? { PrivateDnsName: dns.Name } : {}, {
    PrivateDnsNameConfiguration: dns ? { State: dns.State, Type: 'TXT' as const, Value: dns.TxtValue, Name: dns.TxtName } : {},
    PayerResponsibility: service.PayerResponsibility,
    Tags: tagsOf(service.Tags),
    SupportedRegions: [{ Region: region, ServiceState: service.ServiceState }],
    RemoteAccessEnabled: false,
  });
}

/**
 * A service as `viewerAccountId` sees it in `DescribeVpcEndpointServices`: the AZs common
 * to provider and viewer, by AZ id, in the viewer's names; tags only for the owner.
 *
 * @example
 * renderServiceDetail(ctx.world, ctx.region, service, '222222222222').AvailabilityZones;
 */
export function renderServiceDetail(world: World, state: RegionState, service: EndpointServiceRecord, viewerAccountId: string): ServiceDetail {
  const region = serviceRegionOf(service);
  const common = commonZoneIds(world, region, viewerAccountId, serviceZoneIds(world, state, service));
  const dns = service.PrivateDns;
  const head = {
    ServiceName: service.ServiceName,
    ServiceId: service.ServiceId,
    ServiceType: [{ ServiceType: 'Interface' as const }],
    ServiceRegion: region,
    AvailabilityZoneIds: common,
    AvailabilityZones: zoneNamesOfIds(world, viewerAccountId, region, common),
    Owner: service.OwnerId,
    BaseEndpointDnsNames: [baseEndpointDnsName(service)],
  };
  // Object.assign rather than spreads inside the literal: see `renderNetworkInterface`.
  return Object.assign(
    head,
    dns ? { PrivateDnsName: dns.Name, PrivateDnsNames: [{ PrivateDnsName: dns.Name }] } : {},
    {
      VpcEndpointPolicySupported: false,
      AcceptanceRequired: service.AcceptanceRequired,
      ManagesVpcEndpoints: false,
      PayerResponsibility: service.PayerResponsibility,
      Tags: service.OwnerId === viewerAccountId ? tagsOf(service.Tags) : [],
    },
    dns ? { PrivateDnsNameVerificationState: dns.State } : {},
    { SupportedIpAddressTypes: ['ipv4' as const] },
  );
}
