/**
 * A VPC peering connection's status, changed in one place so the two peering quotas stay
 * counted: requests `initiating-request` or `pending-acceptance` count against their
 * requester's outstanding requests (per account and Region), and connections
 * `provisioning` or `active` against the active connections of both VPCs.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import { exceedsQuota } from '../quotas/limits.js';
import { accountUsage, countUsage } from '../quotas/usage.js';
import type { RegionState } from '../world/world.js';
import type { PeeringStatus, VpcPeeringConnectionRecord } from './model.js';

/** Statuses of a request still awaiting an answer: they count against the requester's outstanding requests. */
export const OUTSTANDING_PEERING_STATUSES: ReadonlySet<PeeringStatus> = new Set<PeeringStatus>(['initiating-request', 'pending-acceptance']);

/** Statuses of a connection that counts against both VPCs' active peering connections. */
export const ACTIVE_PEERING_STATUSES: ReadonlySet<PeeringStatus> = new Set<PeeringStatus>(['provisioning', 'active']);

/**
 * Counts a connection in (`+1`, once stored) or out (`-1`) of the quotas its status
 * counts against. Call on a draft region.
 *
 * @example
 * countPeering(ctx.region, peering, 1); // in CreateVpcPeeringConnection
 */
export function countPeering(region: RegionState, peering: VpcPeeringConnectionRecord, delta: 1 | -1): void {
  if (OUTSTANDING_PEERING_STATUSES.has(peering.Status)) countUsage(region, peering.RequesterOwnerId, 'outstandingPeeringRequests', delta);
  if (!ACTIVE_PEERING_STATUSES.has(peering.Status)) return;
  for (const vpcId of [peering.RequesterVpcId, peering.AccepterVpcId]) {
    const vpc = getRow(region.vpcs, vpcId);
    if (vpc !== undefined) vpc.activePeeringCount += delta;
  }
}

/**
 * Moves a connection (a draft) to `status`, keeping the quota counts.
 *
 * @example
 * setPeeringStatus(ctx.region, peering, 'provisioning');
 */
export function setPeeringStatus(region: RegionState, peering: VpcPeeringConnectionRecord, status: PeeringStatus): void {
  countPeering(region, peering, -1);
  peering.Status = status;
  countPeering(region, peering, 1);
}

/**
 * Refuses a new request past the requester's outstanding requests quota
 * (`OutstandingVpcPeeringConnectionLimitExceeded`).
 *
 * @example
 * checkOutstandingPeeringRoom(ctx, ctx.region, ctx.caller.accountId);
 */
export function checkOutstandingPeeringRoom(ctx: WorldContext, region: RegionState, requesterId: string): void {
  if (exceedsQuota(ctx.world, 'outstandingPeeringConnectionRequests', accountUsage(region, requesterId).outstandingPeeringRequests)) {
    throw errors.outstandingPeeringLimitExceeded();
  }
}

/**
 * Refuses to activate a connection when either VPC is at its active peering connections
 * quota (`ActiveVpcPeeringConnectionPerVpcLimitExceeded`, naming that VPC).
 *
 * @example
 * checkActivePeeringRoom(ctx, ctx.region, peering); // in AcceptVpcPeeringConnection
 */
export function checkActivePeeringRoom(ctx: WorldContext, region: RegionState, peering: VpcPeeringConnectionRecord): void {
  for (const vpcId of [peering.RequesterVpcId, peering.AccepterVpcId]) {
    const vpc = getRow(region.vpcs, vpcId);
    if (vpc !== undefined && exceedsQuota(ctx.world, 'activePeeringConnectionsPerVpc', vpc.activePeeringCount)) {
      throw errors.activePeeringLimitExceeded(vpcId);
    }
  }
}
