/**
 * EC2 `RejectVpcPeeringConnection`: the accepter VPC's owner turns down a
 * `pending-acceptance` request. It stays visible as `rejected` for a while (2 days to the
 * requester, 2 hours to the accepter).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { readId } from '../id-params.js';
import { endPeering, requireVisiblePeering } from '../peering.js';

/** SDK v3 `RejectVpcPeeringConnectionRequest`. */
export interface RejectVpcPeeringConnectionRequest {
  VpcPeeringConnectionId: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `RejectVpcPeeringConnectionResult`. */
export interface RejectVpcPeeringConnectionResult {
  Return: boolean;
}

/**
 * `RejectVpcPeeringConnection`, called by the accepter account.
 *
 * @example
 * cloud.ec2(accepter).rejectVpcPeeringConnection({ VpcPeeringConnectionId: 'pcx-0123456789abcdef0' }); // { Return: true }
 */
export const rejectVpcPeeringConnection = defineAction<RejectVpcPeeringConnectionRequest, RejectVpcPeeringConnectionResult>()({
  name: 'RejectVpcPeeringConnection',
  api: 'ec2',
  parse: (p) => ({ id: readId(p, 'VpcPeeringConnectionId', 'vpcPeeringConnection') }),
  apply: (ctx, { id }) => {
    const { accountId, region } = ctx.caller;
    const peering = requireVisiblePeering(ctx.region, accountId, id, ctx.now);
    if (accountId !== peering.AccepterOwnerId) throw errors.peeringOperationNotPermitted(accountId, id, 'reject');
    if (peering.Status !== 'pending-acceptance') throw errors.peeringStateTransition(id, peering.Status, 'rejected');
    endPeering(ctx, region, peering, 'rejected', accountId);
    return { Return: true };
  },
});
