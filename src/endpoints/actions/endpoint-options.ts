/**
 * Request options `CreateVpcEndpoint` and `ModifyVpcEndpoint` share: `IpAddressType`,
 * `DnsOptions` and `PolicyDocument`. Endpoint services carry IPv4 only, so anything but
 * IPv4 is AWS's `InvalidParameter` for the service.
 *
 * @module
 */
import { errors } from '../../core/errors.js';
import type { Params } from '../../core/params.js';
import { checkPolicyDocument } from '../policy.js';

/** SDK v3 `IpAddressType`. */
export type IpAddressType = 'ipv4' | 'dualstack' | 'ipv6';

/** SDK v3 `DnsRecordIpType`. */
export type DnsRecordIpType = 'ipv4' | 'dualstack' | 'ipv6' | 'service-defined';

/** SDK v3 `DnsOptionsSpecification`. */
export interface DnsOptionsSpecification {
  DnsRecordIpType?: DnsRecordIpType | undefined;
  PrivateDnsOnlyForInboundResolverEndpoint?: boolean | undefined;
}

/** The request fields read here. */
export interface EndpointOptionsRequest {
  IpAddressType?: IpAddressType | undefined;
  DnsOptions?: DnsOptionsSpecification | undefined;
}

/** Parsed `EndpointOptionsRequest`. */
export interface EndpointOptions {
  ipAddressType: IpAddressType | undefined;
  dnsRecordIpType: DnsRecordIpType | undefined;
  privateDnsOnlyForInboundResolverEndpoint: boolean;
}

const IP_TYPES: readonly IpAddressType[] = ['ipv4', 'dualstack', 'ipv6'];
const DNS_TYPES: readonly DnsRecordIpType[] = ['ipv4', 'dualstack', 'ipv6', 'service-defined'];

/**
 * Reads `IpAddressType` and `DnsOptions` (malformed values are `InvalidParameterValue`).
 *
 * @example
 * parseEndpointOptions(p).ipAddressType; // 'ipv4' | ... | undefined
 */
export function parseEndpointOptions(p: Params): EndpointOptions {
  const dns = p.optionalStruct('DnsOptions', (d) => ({
    dnsRecordIpType: d.optionalEnum('DnsRecordIpType', DNS_TYPES),
    inboundOnly: d.optionalBoolean('PrivateDnsOnlyForInboundResolverEndpoint') ?? false,
  }));
  return {
    ipAddressType: p.optionalEnum('IpAddressType', IP_TYPES),
    dnsRecordIpType: dns?.dnsRecordIpType,
    privateDnsOnlyForInboundResolverEndpoint: dns?.inboundOnly ?? false,
  };
}

/**
 * Checks the options against the service (IPv4 only) and the VPC.
 *
 * @example
 * checkEndpointOptions(options, service.ServiceName, vpc.VpcId);
 */
export function checkEndpointOptions(options: EndpointOptions, serviceName: string, vpcId: string): void {
  if (options.ipAddressType !== undefined && options.ipAddressType !== 'ipv4') {
    throw errors.endpointIpAddressTypeNotSupported(serviceName, options.ipAddressType);
  }
  const dnsType = options.dnsRecordIpType;
  if (dnsType !== undefined && dnsType !== 'ipv4' && dnsType !== 'service-defined') {
    throw errors.endpointIpAddressTypeNotSupported(serviceName, dnsType);
  }
  if (options.privateDnsOnlyForInboundResolverEndpoint) throw errors.privateDnsOnlyForInboundResolverEndpoint(vpcId);
}

/**
 * A `PolicyDocument` as given, checked (`InvalidPolicyDocument`), or `undefined`.
 *
 * @example
 * checkOptionalPolicy(p.optionalString('PolicyDocument'));
 */
export function checkOptionalPolicy(document: string | undefined): string | undefined {
  return document === undefined ? undefined : checkPolicyDocument(document);
}
