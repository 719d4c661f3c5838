/**
 * EC2 `AcceptVpcPeeringConnection`: only the accepter VPC's owner may accept
 * (`OperationNotPermitted` otherwise), and only a `pending-acceptance` request
 * (`InvalidStateTransition` otherwise), and only while both VPCs are below their active
 * peering connections quota (`ActiveVpcPeeringConnectionPerVpcLimitExceeded`). The answer
 * says `provisioning`; the connection is `active` right after.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { readId } from '../id-params.js';
import { PEERING_TIMERS, requireVisiblePeering } from '../peering.js';
import { checkActivePeeringRoom, setPeeringStatus } from '../peering-status.js';
import { renderPeering, type VpcPeeringConnection } from '../peering-render.js';

/** SDK v3 `AcceptVpcPeeringConnectionRequest`. */
export interface AcceptVpcPeeringConnectionRequest {
  VpcPeeringConnectionId: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `AcceptVpcPeeringConnectionResult`. */
export interface AcceptVpcPeeringConnectionResult {
  VpcPeeringConnection: VpcPeeringConnection;
}

/**
 * `AcceptVpcPeeringConnection`, called by the accepter account.
 *
 * @example
 * cloud.ec2(accepter).acceptVpcPeeringConnection({ VpcPeeringConnectionId: 'pcx-0123456789abcdef0' });
 */
export const acceptVpcPeeringConnection = defineAction<AcceptVpcPeeringConnectionRequest, AcceptVpcPeeringConnectionResult>()({
  name: 'AcceptVpcPeeringConnection',
  api: 'ec2',
  parse: (p) => ({ id: readId(p, 'VpcPeeringConnectionId', 'vpcPeeringConnection') }),
  apply: (ctx, { id }) => {
    const { accountId, region } = ctx.caller;
    const peering = requireVisiblePeering(ctx.region, accountId, id, ctx.now);
    if (accountId !== peering.AccepterOwnerId) throw errors.peeringOperationNotPermitted(accountId, id, 'accept');
    if (peering.Status !== 'pending-acceptance') throw errors.peeringStateTransition(id, peering.Status, 'provisioning');
    checkActivePeeringRoom(ctx, ctx.region, peering);
    setPeeringStatus(ctx.region, peering, 'provisioning');
    peering.accepted = true;
    ctx.schedule(0, PEERING_TIMERS.provisioned, region, id);
    return { VpcPeeringConnection: renderPeering(region, peering) };
  },
});
