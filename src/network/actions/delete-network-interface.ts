/**
 * EC2 `DeleteNetworkInterface`. An interface AWS created for a service and attached itself
 * (requester-managed: an interface endpoint's, a Network Load Balancer node's) is refused as
 * in use (`InvalidParameterValue`, "Network interface 'eni-...' is currently in use."); it
 * goes away with the endpoint AZ or load balancer node it serves. The model creates no
 * other interfaces through the API, so every interface a caller can name is refused; an
 * unattached one (created by the model's own code) is deleted and its address freed.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { readId } from '../id-params.js';
import { deleteNetworkInterface as removeInterface } from '../interfaces.js';
import { requireNetworkInterface } from '../lookup.js';

/** SDK v3 `DeleteNetworkInterfaceRequest`. */
export interface DeleteNetworkInterfaceRequest {
  NetworkInterfaceId: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DeleteNetworkInterface` output (no fields). */
export type DeleteNetworkInterfaceResult = Record<string, never>;

/**
 * `DeleteNetworkInterface`.
 *
 * @example
 * ec2.deleteNetworkInterface({ NetworkInterfaceId: 'eni-0123456789abcdef0' }); // an endpoint's: InvalidParameterValue (in use)
 */
export const deleteNetworkInterface = defineAction<DeleteNetworkInterfaceRequest, DeleteNetworkInterfaceResult>()({
  name: 'DeleteNetworkInterface',
  api: 'ec2',
  parse: (p) => ({ eniId: readId(p, 'NetworkInterfaceId', 'eni') }),
  apply: (ctx, { eniId }) => {
    const { accountId, region } = ctx.caller;
    const eni = requireNetworkInterface(ctx.region, accountId, eniId);
    if (eni.RequesterManaged) throw errors.networkInterfaceInUse(eniId);
    removeInterface(ctx.region, eniId);
    ctx.emit({ type: 'ResourceDeleted', region, accountId, resourceType: 'network-interface', resourceId: eniId });
    return {};
  },
});
