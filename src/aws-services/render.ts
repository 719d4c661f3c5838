/**
 * An AWS service as a caller sees it in `DescribeVpcEndpointServices`: `Owner: 'amazon'`,
 * no acceptance, a verified private DNS name when the service has one, and only the AZs
 * the caller has (compared by AZ id, written in the caller's names).
 *
 * @module
 */
import type { ServiceDetail } from '../endpoint-services/render.js';
import { commonZoneIds, zoneNamesOfIds } from '../geo/zones.js';
import type { World } from '../world/world.js';
import { AWS_OWNER, awsBaseEndpointDnsName, awsPrivateDnsName, awsServiceZoneIds, type AwsServiceOffer } from './lookup.js';

/**
 * Renders one offer (one type of one AWS service) for `viewerAccountId`.
 *
 * @example
 * renderAwsServiceDetail(cloud.world, awsServiceOffers('us-east-1')[1], '111111111111').Owner; // 'amazon'
 */
export function renderAwsServiceDetail(world: World, offer: AwsServiceOffer, viewerAccountId: string): ServiceDetail {
  const { region, entry } = offer;
  const zoneIds = commonZoneIds(world, region, viewerAccountId, awsServiceZoneIds(region, entry));
  const privateDnsName = offer.type === 'Interface' ? awsPrivateDnsName(region, entry) : undefined;
  const head = {
    ServiceName: offer.serviceName,
    ServiceId: offer.serviceId,
    ServiceType: [{ ServiceType: offer.type }],
    ServiceRegion: region,
    AvailabilityZoneIds: zoneIds,
    AvailabilityZones: zoneNamesOfIds(world, viewerAccountId, region, zoneIds),
    Owner: AWS_OWNER,
    BaseEndpointDnsNames: [awsBaseEndpointDnsName(offer)],
  };
  // Object.assign rather than spreads inside the literal: see `renderNetworkInterface`.
  return Object.assign(
    head,
    privateDnsName !== undefined ? { PrivateDnsName: privateDnsName, PrivateDnsNames: [{ PrivateDnsName: privateDnsName }] } : {},
    { VpcEndpointPolicySupported: entry.policySupported, AcceptanceRequired: false, ManagesVpcEndpoints: false, Tags: [] },
    privateDnsName !== undefined ? { PrivateDnsNameVerificationState: 'verified' as const } : {},
    { SupportedIpAddressTypes: ['ipv4' as const] },
  );
}
