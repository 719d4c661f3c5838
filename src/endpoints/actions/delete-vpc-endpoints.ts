/**
 * EC2 `DeleteVpcEndpoints`: the consumer deletes its endpoints, each moving `deleting` ->
 * `deleted` along the connection lifecycle (the provider is notified with `Delete`, the
 * data path is cut, the interfaces are freed once deleted). An id the caller does not own
 * comes back in `Unsuccessful` (`InvalidVpcEndpoint.NotFound`) while the call succeeds; an
 * endpoint already deleting or deleted is left as it is.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { moveEndpoint } from '../../connections/transition.js';
import { unsuccessful, type UnsuccessfulItem } from '../../endpoint-services/unsuccessful.js';
import { findOwnEndpoint } from '../lookup.js';

/** SDK v3 `DeleteVpcEndpointsRequest`. */
export interface DeleteVpcEndpointsRequest {
  DryRun?: boolean | undefined;
  VpcEndpointIds: string[] | undefined;
}

/** SDK v3 `DeleteVpcEndpointsResult`. */
export interface DeleteVpcEndpointsResult {
  Unsuccessful: UnsuccessfulItem[];
}

/**
 * `DeleteVpcEndpoints`.
 *
 * @example
 * cloud.ec2(consumer).deleteVpcEndpoints({ VpcEndpointIds: [VpcEndpointId] }); // { Unsuccessful: [] }
 */
export const deleteVpcEndpoints = defineAction<DeleteVpcEndpointsRequest, DeleteVpcEndpointsResult>()({
  name: 'DeleteVpcEndpoints',
  api: 'ec2',
  parse: (p) => ({ ids: p.stringList('VpcEndpointIds') }),
  apply: (ctx, { ids }) => {
    const { accountId, region } = ctx.caller;
    const failed: UnsuccessfulItem[] = [];
    for (const id of ids) {
      const endpoint = findOwnEndpoint(ctx.world, ctx.region, accountId, id);
      if (endpoint === undefined) {
        failed.push(unsuccessful(id, errors.endpointNotFound(id)));
        continue;
      }
      if (endpoint.State === 'deleting' || endpoint.State === 'deleted') continue;
      endpoint.deleteRequestedAt = ctx.now;
      if (moveEndpoint(ctx, ctx.region, region, endpoint, { type: 'delete' }) === undefined) {
        failed.push(unsuccessful(id, errors.endpointIncorrectState(id, endpoint.State)));
      }
    }
    return { Unsuccessful: failed };
  },
});
