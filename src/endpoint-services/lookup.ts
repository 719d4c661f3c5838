/**
 * Finding endpoint services: by id for their owner, by name for a consumer, and what a
 * service offers (its AZ ids, its usable private DNS name). Other rooms (interface
 * endpoints, the data plane) ask here, so visibility rules live in one place: a service the
 * caller neither owns nor may use answers exactly as a missing one.
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import { errors } from '../core/errors.js';
import { joinFlat } from '../core/flat-string.js';
import type { Caller } from '../core/identity.js';
import { isIdOf } from '../core/ids.js';
import { getRow, hasRow } from '../core/table.js';
import { accountZoneIds } from '../geo/zones.js';
import type { RegionState, World } from '../world/world.js';
import type { EndpointServiceRecord } from './model.js';

/** The prefix of every endpoint service name: `com.amazonaws.vpce.<region>.<service-id>`. */
export const SERVICE_NAME_PREFIX = 'com.amazonaws.vpce.';

/**
 * The `ServiceName` of a service id in a region.
 *
 * @example
 * serviceNameOf('us-east-1', 'vpce-svc-0123456789abcdef0');
 * // 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0'
 */
export function serviceNameOf(region: string, serviceId: string): string {
  return joinFlat(SERVICE_NAME_PREFIX, region, '.', serviceId);
}

/**
 * The service id inside an endpoint service name of `region`, or `undefined` when the name
 * is not one (another region's names are not this region's services).
 *
 * @example
 * serviceIdFromName('com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0', 'us-east-1');
 * // 'vpce-svc-0123456789abcdef0'
 */
export function serviceIdFromName(serviceName: string, region: string): string | undefined {
  const prefix = `${SERVICE_NAME_PREFIX}${region}.`;
  if (!serviceName.startsWith(prefix)) return undefined;
  const id = serviceName.slice(prefix.length);
  return isIdOf('vpcEndpointService', id) ? id : undefined;
}

/**
 * The region a service lives in, read from its name (a service exists in one region only).
 *
 * @example
 * serviceRegionOf(service); // 'us-east-1'
 */
export function serviceRegionOf(service: EndpointServiceRecord): string {
  const rest = service.ServiceName.slice(SERVICE_NAME_PREFIX.length);
  return rest.slice(0, rest.length - service.ServiceId.length - 1);
}

/**
 * Whether `principalArn` is covered by the service's permission list (`*`, its account's
 * root, itself, or for an STS assumed-role session its role). Ownership is not a
 * permission: see {@link findServiceForConsumer}.
 *
 * @example
 * isPrincipalAllowed(service, 'arn:aws:iam::222222222222:role/app'); // true when granted
 */
export function isPrincipalAllowed(service: EndpointServiceRecord, principalArn: string): boolean {
  // The list is keyed by principal, and only these entries cover the caller (as
  // `principalCovers` defines it): everyone, itself, for a session its role, its account's
  // root in its partition. A few lookups, however many principals the service allows.
  if (hasRow(service.allowedPrincipals, '*') || hasRow(service.allowedPrincipals, principalArn)) return true;
  const role = roleOfSession(principalArn);
  if (role !== undefined && hasRow(service.allowedPrincipals, role)) return true;
  const caller = parseArn(principalArn);
  return caller !== undefined && caller.accountId !== '' && hasRow(service.allowedPrincipals, joinFlat('arn:', caller.partition, ':iam::', caller.accountId, ':root'));
}

/**
 * The IAM role behind an STS assumed-role session ARN
 * (`arn:aws:sts::<acct>:assumed-role/<role>/<session>` -> `arn:aws:iam::<acct>:role/<role>`):
 * a permission granted to a role covers its sessions.
 */
function roleOfSession(principalArn: string): string | undefined {
  const match = /^arn:([a-z-]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(principalArn);
  return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : undefined;
}

/**
 * Whether a service can be seen and connected to (`Pending` or `Available`; not going away
 * nor broken).
 *
 * @example
 * isServiceLive(service); // false once it is Deleting
 */
export function isServiceLive(service: EndpointServiceRecord): boolean {
  return service.ServiceState === 'Pending' || service.ServiceState === 'Available';
}

/**
 * The service named `serviceName` as `caller` may use it, or `undefined` when it does not
 * exist in `region`, is deleted, deleting or failed, or the caller is neither its owner nor
 * allowed (AWS then answers `InvalidServiceName`, as if it did not exist).
 *
 * @example
 * const service = findServiceForConsumer(ctx.world, ctx.caller.region, ctx.caller, name);
 * if (!service) throw errors.invalidServiceName(name);
 */
export function findServiceForConsumer(
  world: World,
  region: string,
  caller: Caller,
  serviceName: string,
): EndpointServiceRecord | undefined {
  const id = serviceIdFromName(serviceName, region);
  if (id === undefined) return undefined;
  const state = world.regions[region];
  const service = state === undefined ? undefined : getRow(state.endpointServices, id);
  if (service === undefined || !isServiceLive(service)) return undefined;
  if (service.OwnerId === caller.accountId || isPrincipalAllowed(service, caller.principalArn)) return service;
  return undefined;
}

/**
 * The caller's own service by id, or AWS's `InvalidVpcEndpointServiceId.NotFound` (also for
 * another account's service, and for one already deleted).
 *
 * @example
 * const service = requireOwnedService(ctx.region, ctx.caller.accountId, 'vpce-svc-0123456789abcdef0');
 */
export function requireOwnedService(state: RegionState, accountId: string, serviceId: string): EndpointServiceRecord {
  const service = getRow(state.endpointServices, serviceId);
  if (service === undefined || service.OwnerId !== accountId || service.ServiceState === 'Deleted') {
    throw errors.serviceIdNotFound(serviceId);
  }
  return service;
}

/**
 * The AZ ids a service is offered in: the union of its NLBs' node AZs, ordered by the
 * provider's AZ names (a, b, c...).
 *
 * @example
 * serviceZoneIds(world, regionOf(world, 'us-east-1'), service); // ['use1-az4', 'use1-az6']
 */
export function serviceZoneIds(world: World, state: RegionState, service: EndpointServiceRecord): string[] {
  const ids = new Set<string>();
  for (const arn of service.NetworkLoadBalancerArns) {
    for (const node of getRow(state.loadBalancers, arn)?.nodes ?? []) ids.add(node.AvailabilityZoneId);
  }
  const order = accountZoneIds(world, service.OwnerId, serviceRegionOf(service));
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The service's private DNS name when it can serve consumers (verified), else `undefined`.
 *
 * @example
 * verifiedPrivateDnsName(service); // 'api.example.com' once verified
 */
export function verifiedPrivateDnsName(service: EndpointServiceRecord): string | undefined {
  return service.PrivateDns?.State === 'verified' ? service.PrivateDns.Name : undefined;
}
