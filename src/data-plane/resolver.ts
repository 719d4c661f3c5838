/**
 * DNS resolution as a consumer sees it. Endpoint-specific names (regional and zonal) are
 * public: they resolve from anywhere, to the endpoint's interfaces (all AZs, or the one AZ
 * of a zonal name). A private DNS name resolves only where the endpoint's private hosted
 * zone is associated: inside the endpoint's VPC when `PrivateDnsEnabled` is on and the
 * provider verified the name, and from an on-premises network attached to that VPC (the
 * model assumes a Route 53 Resolver inbound endpoint there, as AWS documents for hybrid
 * DNS). Peered VPCs do not resolve it. The model keeps no name for deleted endpoints.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import { endpointDnsLabel, endpointPrivateDnsName, parseEndpointDnsName } from '../endpoints/dns-entries.js';
import { endpointsInVpc } from '../endpoints/lookup.js';
import type { VpcEndpointRecord } from '../endpoints/model.js';
import { isAwsServiceEndpoint } from '../aws-services/lookup.js';
import { verifiedPrivateDnsName } from '../endpoint-services/lookup.js';
import { zoneIdOfName } from '../geo/zones.js';
import type { World } from '../world/world.js';
import type { ResolvedSource } from './source.js';

/** What a name resolves to: an endpoint, and the one AZ id of a zonal name. */
export interface Resolution {
  region: string;
  endpoint: VpcEndpointRecord;
  zoneId: string | undefined;
}

function resolveEndpointName(world: World, host: string): Resolution | undefined {
  const parsed = parseEndpointDnsName(host);
  if (parsed === undefined) return undefined;
  const endpoint = getRow(world.regions[parsed.region]?.vpcEndpoints ?? {}, parsed.endpointId);
  if (
    endpoint === undefined ||
    endpoint.State === 'deleted' ||
    endpointDnsLabel(parsed.region, endpoint) !== parsed.serviceId ||
    endpoint.dnsSuffix !== parsed.dnsSuffix
  ) {
    return undefined;
  }
  if (parsed.zoneName === undefined) return { region: parsed.region, endpoint, zoneId: undefined };
  const zoneId = zoneIdOfName(world, endpoint.OwnerId, parsed.region, parsed.zoneName);
  if (zoneId === undefined || !endpoint.zones.some((z) => z.AvailabilityZoneId === zoneId)) return undefined;
  return { region: parsed.region, endpoint, zoneId };
}

/** The VPC whose private hosted zones a source uses. */
function resolvingVpc(world: World, source: ResolvedSource): string | undefined {
  if (source.vpcId !== undefined) return source.vpcId;
  if (source.onPremisesNetworkId === undefined) return undefined;
  return getRow(world.regions[source.region]?.onPremisesNetworks ?? {}, source.onPremisesNetworkId)?.VpcId;
}

/** Whether `name` is served by a private DNS name, a wildcard (`*.example.com`) included. */
function privateNameCovers(privateName: string, name: string): boolean {
  return privateName.startsWith('*.') ? name.endsWith(privateName.slice(1)) && name.length > privateName.length - 1 : privateName === name;
}

function resolvePrivateName(world: World, host: string, source: ResolvedSource): Resolution | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  const state = world.regions[source.region];
  const serviceIds = state === undefined ? undefined : getRow(state.privateDnsNames, name);
  const vpcId = resolvingVpc(world, source);
  // AWS services' public names are not indexed: only a name ending in amazonaws.com can be one.
  const awsName = name.endsWith('.amazonaws.com');
  if (state === undefined || (serviceIds === undefined && !awsName) || vpcId === undefined) return undefined;
  const candidates = [...endpointsInVpc(state, vpcId)].sort((a, b) => (a.VpcEndpointId < b.VpcEndpointId ? -1 : 1));
  for (const endpoint of candidates) {
    if (!endpoint.PrivateDnsEnabled || endpoint.State === 'deleted') continue;
    if (isAwsServiceEndpoint(endpoint)) {
      const privateName = awsName ? endpointPrivateDnsName(world, source.region, endpoint) : undefined;
      if (privateName !== undefined && privateNameCovers(privateName, name)) return { region: source.region, endpoint, zoneId: undefined };
      continue;
    }
    if (serviceIds === undefined || !Object.hasOwn(serviceIds, endpoint.ServiceId)) continue;
    const service = getRow(state.endpointServices, endpoint.ServiceId);
    if (service !== undefined && verifiedPrivateDnsName(service) === name) {
      return { region: source.region, endpoint, zoneId: undefined };
    }
  }
  return undefined;
}

/**
 * Resolves `host` for `source`, or `undefined` (NXDOMAIN as the source sees it).
 *
 * @example
 * resolveHost(cloud.world, 'vpce-0a1b...-ab12cd34.vpce-svc-0c2d....us-east-1.vpce.amazonaws.com', source);
 */
export function resolveHost(world: World, host: string, source: ResolvedSource): Resolution | undefined {
  return resolveEndpointName(world, host) ?? resolvePrivateName(world, host, source);
}
