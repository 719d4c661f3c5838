/**
 * `PrivateDnsEnabled` of an interface endpoint: its default and AWS's conditions for
 * turning it on. A consumer may enable private DNS only when the service provides a
 * private DNS name its provider has verified, the VPC has both `enableDnsSupport` and
 * `enableDnsHostnames`, and no other endpoint in the VPC already serves that name.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import { verifiedPrivateDnsName } from '../endpoint-services/lookup.js';
import type { EndpointServiceRecord } from '../endpoint-services/model.js';
import type { VpcRecord } from '../network/model.js';
import type { RegionState } from '../world/world.js';
import { endpointsInVpc } from './lookup.js';
import { RELEASED_ENDPOINT_STATES } from './model.js';

/**
 * The default of `PrivateDnsEnabled`: on for a service with a verified private DNS name,
 * off otherwise.
 *
 * @example
 * defaultPrivateDnsEnabled(service); // true once the provider verified its name
 */
export function defaultPrivateDnsEnabled(service: EndpointServiceRecord): boolean {
  return verifiedPrivateDnsName(service) !== undefined;
}

/**
 * Checks that private DNS may be enabled for an endpoint of `service` in `vpc`; throws
 * AWS's `InvalidParameter` otherwise. `endpointId` (when modifying) is not a conflict with
 * itself.
 *
 * @example
 * checkPrivateDnsAllowed(ctx.region, vpc, service); // throws unless all three conditions hold
 */
export function checkPrivateDnsAllowed(
  state: RegionState,
  vpc: VpcRecord,
  service: EndpointServiceRecord,
  endpointId?: string,
): void {
  const name = verifiedPrivateDnsName(service);
  if (name === undefined) throw errors.privateDnsNotProvided(service.ServiceName);
  if (!vpc.enableDnsSupport || !vpc.enableDnsHostnames) throw errors.privateDnsRequiresVpcDnsAttributes(vpc.VpcId);
  for (const other of endpointsInVpc(state, vpc.VpcId)) {
    if (other.VpcEndpointId === endpointId || !other.PrivateDnsEnabled || RELEASED_ENDPOINT_STATES.has(other.State)) continue;
    const otherService = getRow(state.endpointServices, other.ServiceId);
    if (otherService !== undefined && verifiedPrivateDnsName(otherService) === name) {
      throw errors.privateDnsConflict(name, vpc.VpcId);
    }
  }
}
