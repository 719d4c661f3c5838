/**
 * `UnsuccessfulItem`: how EC2's batch actions (`AcceptVpcEndpointConnections`,
 * `DeleteVpcEndpointServiceConfigurations`, ...) report the items they could not process
 * while the call itself succeeds.
 *
 * @module
 */
import type { CloudError } from '../core/errors.js';

/** SDK v3 `UnsuccessfulItem`. */
export interface UnsuccessfulItem {
  ResourceId: string;
  Error: { Code: string; Message: string };
}

/**
 * The `Unsuccessful` entry for `resourceId` failing with `error`.
 *
 * @example
 * unsuccessful('vpce-0123456789abcdef0', errors.endpointIdNotFound('vpce-0123456789abcdef0'));
 * // { ResourceId: 'vpce-...', Error: { Code: 'InvalidVpcEndpointId.NotFound', Message: "The Vpc Endpoint Id '...' does not exist" } }
 */
export function unsuccessful(resourceId: string, error: CloudError): UnsuccessfulItem {
  return { ResourceId: resourceId, Error: { Code: error.code, Message: error.message } };
}
