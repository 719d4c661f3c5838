/**
 * EC2 `DeleteVpcPeeringConnection`: either owner deletes an `active` connection; only the
 * requester deletes a `pending-acceptance` request (the accepter rejects it instead).
 * Ended connections (`rejected`, `failed`, `expired`, `deleted`) cannot be deleted
 * (`InvalidStateTransition`). The connection stays visible as `deleted` for a while.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { readId } from '../id-params.js';
import { endPeering, requireVisiblePeering } from '../peering.js';

/** SDK v3 `DeleteVpcPeeringConnectionRequest`. */
export interface DeleteVpcPeeringConnectionRequest {
  VpcPeeringConnectionId: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DeleteVpcPeeringConnectionResult`. */
export interface DeleteVpcPeeringConnectionResult {
  Return: boolean;
}

/**
 * `DeleteVpcPeeringConnection`.
 *
 * @example
 * ec2.deleteVpcPeeringConnection({ VpcPeeringConnectionId: 'pcx-0123456789abcdef0' }); // { Return: true }
 */
export const deleteVpcPeeringConnection = defineAction<DeleteVpcPeeringConnectionRequest, DeleteVpcPeeringConnectionResult>()({
  name: 'DeleteVpcPeeringConnection',
  api: 'ec2',
  parse: (p) => ({ id: readId(p, 'VpcPeeringConnectionId', 'vpcPeeringConnection') }),
  apply: (ctx, { id }) => {
    const { accountId, region } = ctx.caller;
    const peering = requireVisiblePeering(ctx.region, accountId, id, ctx.now);
    const live = peering.Status === 'active' || peering.Status === 'provisioning';
    const pending = peering.Status === 'pending-acceptance' || peering.Status === 'initiating-request';
    if (!live && !pending) throw errors.peeringStateTransition(id, peering.Status, 'deleting');
    if (pending && accountId !== peering.RequesterOwnerId) throw errors.peeringOperationNotPermitted(accountId, id, 'delete');
    endPeering(ctx, region, peering, 'deleted', accountId);
    return { Return: true };
  },
});
