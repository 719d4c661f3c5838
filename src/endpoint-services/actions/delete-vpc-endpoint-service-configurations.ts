/**
 * EC2 `DeleteVpcEndpointServiceConfigurations`: each of the caller's services goes
 * `Deleting` -> `Deleted` (its NLBs are then free), unless an endpoint is still connected or
 * waiting (`available`, `pending`, `pendingAcceptance`: reject them first). Refused items come
 * back in `Unsuccessful`; the call itself succeeds.
 *
 * @module
 */
import { serviceEndpoints } from '../connections.js';
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow } from '../../core/table.js';
import type { RegionState } from '../../world/world.js';
import { moveService } from '../lifecycle.js';
import type { EndpointServiceRecord } from '../model.js';
import { unsuccessful, type UnsuccessfulItem } from '../unsuccessful.js';

/** SDK v3 `DeleteVpcEndpointServiceConfigurationsRequest`. */
export interface DeleteVpcEndpointServiceConfigurationsRequest {
  DryRun?: boolean;
  ServiceIds: string[];
}

/** SDK v3 `DeleteVpcEndpointServiceConfigurationsResult`. */
export interface DeleteVpcEndpointServiceConfigurationsResult {
  Unsuccessful: UnsuccessfulItem[];
}

const BLOCKING = new Set(['available', 'pending', 'pendingAcceptance']);

/** Whether an endpoint of the service is connected or waiting for the provider. */
function hasLiveConnections(state: RegionState, service: EndpointServiceRecord): boolean {
  for (const endpoint of serviceEndpoints(state, service)) if (BLOCKING.has(endpoint.State)) return true;
  return false;
}

/**
 * `DeleteVpcEndpointServiceConfigurations`.
 *
 * @example
 * const { Unsuccessful } = ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [serviceId] });
 */
export const deleteVpcEndpointServiceConfigurations = defineAction<
  DeleteVpcEndpointServiceConfigurationsRequest,
  DeleteVpcEndpointServiceConfigurationsResult
>()({
  name: 'DeleteVpcEndpointServiceConfigurations',
  api: 'ec2',
  parse: (p) => ({ serviceIds: p.stringList('ServiceIds') }),
  apply: (ctx, { serviceIds }) => {
    const { caller } = ctx;
    const failed: UnsuccessfulItem[] = [];
    // Read through the stored region only: a region the caller never wrote stays unwritten.
    const state = ctx.world.regions[caller.region] === undefined ? undefined : ctx.region;
    for (const serviceId of serviceIds) {
      const service = state === undefined ? undefined : getRow(state.endpointServices, serviceId);
      if (state === undefined || !service || service.OwnerId !== caller.accountId || service.ServiceState === 'Deleted') {
        failed.push(unsuccessful(serviceId, errors.serviceNotFoundForDelete(serviceId)));
      } else if (hasLiveConnections(state, service)) {
        failed.push(unsuccessful(serviceId, errors.existingConnections(serviceId)));
      } else if (moveService(ctx, caller.region, service, { type: 'delete' }) === undefined) {
        failed.push(unsuccessful(serviceId, errors.serviceStateIncorrect(serviceId, service.ServiceState)));
      }
    }
    return { Unsuccessful: failed };
  },
});
