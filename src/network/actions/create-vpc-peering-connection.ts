/**
 * EC2 `CreateVpcPeeringConnection` between two VPCs of the caller's region, the peer VPC
 * possibly another account's. The answer says `initiating-request`; the request then
 * reaches the accepter (`pending-acceptance`, expiring after 7 days) or fails, as on AWS,
 * when the peer VPC does not exist for `PeerOwnerId` or the CIDR blocks overlap. Past the
 * requester's outstanding requests quota: `OutstandingVpcPeeringConnectionLimitExceeded`.
 * Peering across Regions (`PeerRegion` elsewhere) is not modelled.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { isAccountId } from '../../core/ids.js';
import { putRow } from '../../core/table.js';
import type { Tag } from '../../core/tags.js';
import { readId } from '../id-params.js';
import { requireVpc } from '../lookup.js';
import type { VpcPeeringConnectionRecord } from '../model.js';
import { PEERING_REQUEST_LIFETIME_MS, PEERING_TIMERS } from '../peering.js';
import { checkOutstandingPeeringRoom, countPeering } from '../peering-status.js';
import { renderPeering, type VpcPeeringConnection } from '../peering-render.js';

/** SDK v3 `CreateVpcPeeringConnectionRequest`. */
export interface CreateVpcPeeringConnectionRequest {
  VpcId: string | undefined;
  PeerVpcId?: string | undefined;
  PeerOwnerId?: string | undefined;
  PeerRegion?: string | undefined;
  TagSpecifications?: { ResourceType?: string | undefined; Tags?: Tag[] | undefined }[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `CreateVpcPeeringConnectionResult`. */
export interface CreateVpcPeeringConnectionResult {
  VpcPeeringConnection: VpcPeeringConnection;
}

/**
 * `CreateVpcPeeringConnection`.
 *
 * @example
 * const { VpcPeeringConnection } = ec2.createVpcPeeringConnection({ VpcId, PeerVpcId, PeerOwnerId: '222222222222' });
 */
export const createVpcPeeringConnection = defineAction<CreateVpcPeeringConnectionRequest, CreateVpcPeeringConnectionResult>()({
  name: 'CreateVpcPeeringConnection',
  api: 'ec2',
  parse: (p) => {
    const peerOwnerId = p.optionalString('PeerOwnerId');
    if (peerOwnerId !== undefined && !isAccountId(peerOwnerId)) throw p.invalid('PeerOwnerId', peerOwnerId);
    return {
      vpcId: readId(p, 'VpcId', 'vpc'),
      peerVpcId: readId(p, 'PeerVpcId', 'vpc'),
      peerOwnerId,
      peerRegion: p.optionalString('PeerRegion'),
      tags: p.tagSpecifications('vpc-peering-connection'),
    };
  },
  apply: (ctx, { vpcId, peerVpcId, peerOwnerId, peerRegion, tags }) => {
    const { accountId, region } = ctx.caller;
    if (peerRegion !== undefined && peerRegion !== region) {
      throw errors.unsupportedOperation('CreateVpcPeeringConnection', 'inter-Region VPC peering (PeerRegion) is not modelled');
    }
    const vpc = requireVpc(ctx.region, accountId, vpcId);
    checkOutstandingPeeringRoom(ctx, ctx.region, accountId);
    const id = ctx.mintId('vpcPeeringConnection');
    const peering: VpcPeeringConnectionRecord = {
      VpcPeeringConnectionId: id,
      RequesterVpcId: vpc.VpcId,
      RequesterOwnerId: accountId,
      RequesterCidrBlock: vpc.CidrBlock,
      AccepterVpcId: peerVpcId,
      AccepterOwnerId: peerOwnerId ?? accountId,
      Status: 'initiating-request',
      accepted: false,
      Tags: tags,
      createdAt: ctx.now,
      expiresAt: ctx.now + PEERING_REQUEST_LIFETIME_MS,
      visibleUntil: {},
    };
    putRow(ctx.region.vpcPeeringConnections, id, peering);
    countPeering(ctx.region, peering, 1);
    vpc.peeringConnectionIds.push(id);
    ctx.schedule(0, PEERING_TIMERS.initiated, region, id);
    ctx.emit({ type: 'ResourceCreated', region, accountId, resourceType: 'vpc-peering-connection', resourceId: id });
    return { VpcPeeringConnection: renderPeering(region, peering) };
  },
});
