/**
 * Finding AWS services of the catalogue by name in a region, and what each offers there:
 * its service id, its AZ ids, its DNS names. Pure functions of the catalogue and the
 * regions catalogue: AWS services are not stored in the World, so snapshots stay as they
 * were and every world lists the same services.
 *
 * @module
 */
import { hexDigest } from '../core/hash.js';
import { ID_HEX_LENGTH, ID_PREFIXES } from '../core/ids.js';
import { findRegion } from '../geo/regions.js';
import { AWS_SERVICES, type AwsServiceEntry, type AwsServiceType } from './catalogue.js';

/** The `Owner` of an AWS service in `ServiceDetails`, and the `ServiceOwnerId` of endpoints to one. */
export const AWS_OWNER = 'amazon';

/** One type of one AWS service in one region: one `ServiceDetails` entry. */
export interface AwsServiceOffer {
  entry: AwsServiceEntry;
  type: AwsServiceType;
  region: string;
  /** `com.amazonaws.<region>.<name>`. */
  serviceName: string;
  /** A fixed `vpce-svc-` id per region, service and type (the same in every world). */
  serviceId: string;
}

const BY_NAME: ReadonlyMap<string, AwsServiceEntry> = new Map(AWS_SERVICES.map((s) => [s.name, s]));

/** Service ids already derived, by region, name and type (the catalogue bounds them). */
const SERVICE_IDS = new Map<string, string>();

/** Each catalogued region's offers, made once (frozen: callers share them). */
const OFFERS = new Map<string, readonly AwsServiceOffer[]>();

/**
 * The `ServiceName` of an AWS service in a region.
 *
 * @example
 * awsServiceName('us-east-1', 'ec2'); // 'com.amazonaws.us-east-1.ec2'
 */
export function awsServiceName(region: string, name: string): string {
  return `com.amazonaws.${region}.${name}`;
}

/**
 * The catalogue entry named by `serviceName` in `region`, or `undefined` (another region's
 * name, an endpoint service's `com.amazonaws.vpce.` name, a service the catalogue lacks).
 *
 * @example
 * findAwsService('us-east-1', 'com.amazonaws.us-east-1.ssm')?.types; // ['Interface']
 */
export function findAwsService(region: string, serviceName: string): AwsServiceEntry | undefined {
  if (findRegion(region) === undefined) return undefined;
  const prefix = `com.amazonaws.${region}.`;
  if (!serviceName.startsWith(prefix)) return undefined;
  return BY_NAME.get(serviceName.slice(prefix.length));
}

/**
 * The fixed service id of one type of an AWS service in a region.
 *
 * @example
 * awsServiceId('us-east-1', 'ec2', 'Interface'); // 'vpce-svc-' + 17 hex, always the same
 */
export function awsServiceId(region: string, name: string, type: AwsServiceType): string {
  // A digest per call was a visible part of every DescribeVpcEndpointServices: keep them.
  const key = `${region}\u0000${name}\u0000${type}`;
  let id = SERVICE_IDS.get(key);
  if (id === undefined) {
    id = `${ID_PREFIXES.vpcEndpointService}-${hexDigest(`aws-service\u0000${key}`, ID_HEX_LENGTH)}`;
    SERVICE_IDS.set(key, id);
  }
  return id;
}

/**
 * The offer of `entry` as `type` in `region`.
 *
 * @example
 * awsServiceOffer('us-east-1', entry, 'Interface').serviceName; // 'com.amazonaws.us-east-1.ec2'
 */
export function awsServiceOffer(region: string, entry: AwsServiceEntry, type: AwsServiceType): AwsServiceOffer {
  return { entry, type, region, serviceName: awsServiceName(region, entry.name), serviceId: awsServiceId(region, entry.name, type) };
}

/**
 * Every AWS service offer of a region (none for a region the catalogue lacks).
 *
 * @example
 * awsServiceOffers('us-east-1').length; // one per service and type
 */
export function awsServiceOffers(region: string): AwsServiceOffer[] {
  if (findRegion(region) === undefined) return [];
  let offers = OFFERS.get(region);
  if (offers === undefined) {
    offers = AWS_SERVICES.flatMap((entry) => entry.types.map((type) => Object.freeze(awsServiceOffer(region, entry, type))));
    OFFERS.set(region, offers);
  }
  return [...offers];
}

/**
 * The AZ ids an AWS service is offered in, in the region's AZ id order.
 *
 * @example
 * awsServiceZoneIds('us-east-1', entry); // ['use1-az1', 'use1-az2', ...]
 */
export function awsServiceZoneIds(region: string, entry: AwsServiceEntry): string[] {
  const left = new Set(entry.unsupportedZoneIds ?? []);
  return (findRegion(region)?.zoneIds ?? []).filter((id) => !left.has(id));
}

/**
 * The labels of the service's endpoint DNS names: `ec2`, or `api.ecr` for `ecr.api`.
 *
 * @example
 * awsServiceDnsLabel(entry); // 'ec2'
 */
export function awsServiceDnsLabel(entry: AwsServiceEntry): string {
  return entry.dnsLabel ?? entry.name;
}

/**
 * The service's private DNS name in a region, or `undefined` when it has none.
 *
 * @example
 * awsPrivateDnsName('us-east-1', entry); // 'ec2.us-east-1.amazonaws.com'
 */
export function awsPrivateDnsName(region: string, entry: AwsServiceEntry): string | undefined {
  return entry.privateDnsName?.replace('<region>', region);
}

/**
 * `BaseEndpointDnsNames` of one offer: `<label>.<region>.vpce.amazonaws.com` for an
 * interface service, the service's regional name for a gateway service.
 *
 * @example
 * awsBaseEndpointDnsName(offer); // 'ec2.us-east-1.vpce.amazonaws.com'
 */
export function awsBaseEndpointDnsName(offer: AwsServiceOffer): string {
  const label = awsServiceDnsLabel(offer.entry);
  return offer.type === 'Gateway' ? `${label}.${offer.region}.amazonaws.com` : `${label}.${offer.region}.vpce.amazonaws.com`;
}

/**
 * Whether an endpoint (or anything with a `ServiceOwnerId`) is one to an AWS service.
 *
 * @example
 * isAwsServiceEndpoint(endpoint); // true for an endpoint to com.amazonaws.us-east-1.ec2
 */
export function isAwsServiceEndpoint(endpoint: { readonly ServiceOwnerId: string }): boolean {
  return endpoint.ServiceOwnerId === AWS_OWNER;
}
