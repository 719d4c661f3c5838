/**
 * The DNS names of an interface endpoint (`DnsEntries`), in one place both ways: built for
 * the control plane's answers, parsed back for the data plane's resolver.
 *
 * - regional: `<endpoint-id>-<8>.<service-id>.<region>.vpce.amazonaws.com`
 * - zonal, one per AZ: `<endpoint-id>-<8>-<consumer's AZ name>.<service-id>.<region>.vpce.amazonaws.com`
 * - the service's private DNS name, when the consumer enabled private DNS and the provider
 *   verified the name.
 *
 * The generated names carry the region's `*.vpce.amazonaws.com` hosted zone id; the private
 * name carries the id of the private hosted zone AWS associates with the consumer's VPC
 * (seeded per endpoint here: `Z` + 21 uppercase letters and digits).
 *
 * @module
 */
import { seededAlnum } from '../core/hash.js';
import { getRow } from '../core/table.js';
import { awsPrivateDnsName, awsServiceDnsLabel, findAwsService, isAwsServiceEndpoint } from '../aws-services/lookup.js';
import { verifiedPrivateDnsName } from '../endpoint-services/lookup.js';
import { findRegion } from '../geo/regions.js';
import { zoneNameOfId } from '../geo/zones.js';
import { regionOf, type World } from '../world/world.js';
import type { VpcEndpointRecord } from './model.js';

/** SDK v3 `DnsEntry`. */
export interface DnsEntry {
  DnsName: string;
  HostedZoneId: string;
}

/** The parent domain of every generated endpoint name. */
export const VPCE_DOMAIN = 'vpce.amazonaws.com';

/** What the names of one endpoint are made of. */
export interface EndpointDnsNameParts {
  endpointId: string;
  /** The 8 lowercase letters and digits after the endpoint id. */
  dnsSuffix: string;
  /**
   * The service id, or for an endpoint to an AWS service its DNS label (`ec2`, `api.ecr`):
   * what the names carry between the endpoint part and the region.
   */
  serviceId: string;
  region: string;
  /** The consumer's AZ names of the endpoint's zones. */
  zoneNames: readonly string[];
  /** The service's verified private DNS name, when private DNS is enabled. */
  privateDnsName?: string;
  /** The private hosted zone id to report for {@link EndpointDnsNameParts.privateDnsName}. */
  privateHostedZoneId?: string;
}

/**
 * The regional name, resolving to the endpoint's interfaces in every AZ.
 *
 * @example
 * regionalDnsName('vpce-0123456789abcdef0', 'ab12cd34', 'vpce-svc-0123456789abcdef0', 'us-east-1');
 * // 'vpce-0123456789abcdef0-ab12cd34.vpce-svc-0123456789abcdef0.us-east-1.vpce.amazonaws.com'
 */
export function regionalDnsName(endpointId: string, dnsSuffix: string, serviceId: string, region: string): string {
  return `${endpointId}-${dnsSuffix}.${serviceId}.${region}.${VPCE_DOMAIN}`;
}

/**
 * The zonal name of one AZ (named as the consumer names it).
 *
 * @example
 * zonalDnsName('vpce-0123456789abcdef0', 'ab12cd34', 'us-east-1b', 'vpce-svc-0123456789abcdef0', 'us-east-1');
 * // 'vpce-0123456789abcdef0-ab12cd34-us-east-1b.vpce-svc-0123456789abcdef0.us-east-1.vpce.amazonaws.com'
 */
export function zonalDnsName(endpointId: string, dnsSuffix: string, zoneName: string, serviceId: string, region: string): string {
  return `${endpointId}-${dnsSuffix}-${zoneName}.${serviceId}.${region}.${VPCE_DOMAIN}`;
}

/**
 * `DnsEntries` from their parts: the regional name, the zonal names sorted by AZ name, then
 * the private name, as AWS lists them.
 *
 * @example
 * buildDnsEntries({ endpointId, dnsSuffix, serviceId, region: 'us-east-1', zoneNames: ['us-east-1a'] });
 */
export function buildDnsEntries(parts: EndpointDnsNameParts): DnsEntry[] {
  const hostedZoneId = findRegion(parts.region)?.vpceHostedZoneId ?? '';
  const { endpointId, dnsSuffix, serviceId, region } = parts;
  const entries: DnsEntry[] = [{ DnsName: regionalDnsName(endpointId, dnsSuffix, serviceId, region), HostedZoneId: hostedZoneId }];
  for (const zoneName of [...parts.zoneNames].sort()) {
    entries.push({ DnsName: zonalDnsName(endpointId, dnsSuffix, zoneName, serviceId, region), HostedZoneId: hostedZoneId });
  }
  if (parts.privateDnsName !== undefined) {
    entries.push({ DnsName: parts.privateDnsName, HostedZoneId: parts.privateHostedZoneId ?? '' });
  }
  return entries;
}

/**
 * The `DnsEntries` of a stored endpoint as its consumer sees them: zone names in the
 * consumer's names; the private name only while private DNS is enabled and the service's
 * name is verified.
 *
 * @example
 * endpointDnsEntries(cloud.world, 'us-east-1', endpoint)[0]?.DnsName;
 */
export function endpointDnsEntries(world: World, region: string, endpoint: VpcEndpointRecord): DnsEntry[] {
  const privateDnsName = endpoint.PrivateDnsEnabled ? endpointPrivateDnsName(world, region, endpoint) : undefined;
  return buildDnsEntries({
    endpointId: endpoint.VpcEndpointId,
    dnsSuffix: endpoint.dnsSuffix,
    serviceId: endpointDnsLabel(region, endpoint),
    region,
    zoneNames: endpoint.zones.map(
      (z) => zoneNameOfId(world, endpoint.OwnerId, region, z.AvailabilityZoneId) ?? z.AvailabilityZoneId,
    ),
    ...(privateDnsName !== undefined ? { privateDnsName, privateHostedZoneId: endpoint.privateHostedZoneId } : {}),
  });
}

/**
 * The labels between the endpoint part and the region in an endpoint's generated names:
 * the service id for an endpoint service, the service's DNS label (`ec2`, `api.ecr`) for an
 * AWS service.
 *
 * @example
 * endpointDnsLabel('us-east-1', endpoint); // 'vpce-svc-0123456789abcdef0', or 'ec2'
 */
export function endpointDnsLabel(region: string, endpoint: VpcEndpointRecord): string {
  const entry = isAwsServiceEndpoint(endpoint) ? findAwsService(region, endpoint.ServiceName) : undefined;
  return entry === undefined ? endpoint.ServiceId : awsServiceDnsLabel(entry);
}

/**
 * The private DNS name the endpoint's service offers (verified, for an endpoint service; an
 * AWS service's public name), whether or not the endpoint enabled it; `undefined` if none.
 *
 * @example
 * endpointPrivateDnsName(cloud.world, 'us-east-1', endpoint); // 'ec2.us-east-1.amazonaws.com'
 */
export function endpointPrivateDnsName(world: World, region: string, endpoint: VpcEndpointRecord): string | undefined {
  if (isAwsServiceEndpoint(endpoint)) {
    const entry = findAwsService(region, endpoint.ServiceName);
    return entry === undefined ? undefined : awsPrivateDnsName(region, entry);
  }
  const service = getRow(regionOf(world, region).endpointServices, endpoint.ServiceId);
  return service === undefined ? undefined : verifiedPrivateDnsName(service);
}

/**
 * The 8-character suffix of a new endpoint's names, from the seed.
 *
 * @example
 * endpointDnsSuffix('42', 'vpce-0123456789abcdef0'); // e.g. 'k3j9x0qa'
 */
export function endpointDnsSuffix(seed: string, endpointId: string): string {
  return seededAlnum(seed, `vpce-dns\u0000${endpointId}`, 8);
}

/**
 * The private hosted zone id of a new endpoint, from the seed: `Z` + 21 uppercase letters
 * and digits, the shape of a Route 53 hosted zone id.
 *
 * @example
 * privateHostedZoneIdFor('42', 'vpce-0123456789abcdef0'); // e.g. 'Z0K3J9X0QAB...'
 */
export function privateHostedZoneIdFor(seed: string, endpointId: string): string {
  return `Z${seededAlnum(seed, `vpce-phz\u0000${endpointId}`, 21).toUpperCase()}`;
}

/** A generated endpoint name, taken apart. */
export interface ParsedEndpointDnsName {
  endpointId: string;
  dnsSuffix: string;
  /** The consumer's AZ name, for a zonal name. */
  zoneName?: string;
  /** The service id, or an AWS service's DNS label (`ec2`, `api.ecr`). */
  serviceId: string;
  region: string;
}

const ENDPOINT_NAME =
  /^(vpce-(?:[0-9a-f]{17}|[0-9a-f]{8}))-([a-z0-9]{8})(?:-([a-z0-9-]+))?\.(vpce-svc-(?:[0-9a-f]{17}|[0-9a-f]{8}))\.([a-z0-9-]+)\.vpce\.amazonaws\.com$/;

/** A generated name of an endpoint to an AWS service: `<label>` instead of the service id. */
const AWS_ENDPOINT_NAME =
  /^(vpce-(?:[0-9a-f]{17}|[0-9a-f]{8}))-([a-z0-9]{8})(?:-([a-z0-9-]+))?\.((?!vpce-svc-)[a-z0-9-]+(?:\.[a-z0-9-]+)*?)\.([a-z0-9-]+)\.vpce\.amazonaws\.com$/;

/**
 * Takes a generated endpoint name apart in O(1), or answers `undefined` when `host` is not
 * one (case-insensitive, a trailing dot allowed). The data plane resolves names with it.
 *
 * @example
 * parseEndpointDnsName('vpce-0123456789abcdef0-ab12cd34-us-east-1b.vpce-svc-0123456789abcdef0.us-east-1.vpce.amazonaws.com');
 * // { endpointId: 'vpce-0123456789abcdef0', dnsSuffix: 'ab12cd34', zoneName: 'us-east-1b',
 * //   serviceId: 'vpce-svc-0123456789abcdef0', region: 'us-east-1' }
 */
export function parseEndpointDnsName(host: string): ParsedEndpointDnsName | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  const match = ENDPOINT_NAME.exec(name) ?? AWS_ENDPOINT_NAME.exec(name);
  if (match === null) return undefined;
  const [, endpointId = '', dnsSuffix = '', zoneName, serviceId = '', region = ''] = match;
  if (findRegion(region) === undefined) return undefined;
  if (zoneName === undefined) return { endpointId, dnsSuffix, serviceId, region };
  if (zoneName.length !== region.length + 1 || !zoneName.startsWith(region) || !/[a-z]$/.test(zoneName)) return undefined;
  return { endpointId, dnsSuffix, zoneName, serviceId, region };
}
