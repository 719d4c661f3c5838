/**
 * VPC peering connections: who sees one, how its status reads, and how it ends. The timed
 * steps of the lifecycle are in `peering-timers.ts`.
 *
 * Visibility after the end follows AWS's peering lifecycle: `failed` stays 2 hours with the
 * requester; `expired` 2 days with both; `rejected` 2 days with the requester and 2 hours
 * with the accepter; `deleted` 2 hours with the side that deleted it and 2 days with the
 * other. Within one account, ended connections stay 2 hours.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import { regionForWrite, type RegionState } from '../world/world.js';
import type { PeeringStatus, VpcPeeringConnectionRecord } from './model.js';
import { setPeeringStatus } from './peering-status.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How long an unaccepted request lives (`ExpirationTime`): 7 days.
 *
 * @example
 * peering.expiresAt === peering.createdAt + PEERING_REQUEST_LIFETIME_MS;
 */
export const PEERING_REQUEST_LIFETIME_MS = 7 * DAY;

/**
 * AWS's status message for a failed request.
 *
 * @example
 * peeringStatusMessage(failedPeering) === PEERING_FAILED_MESSAGE;
 */
export const PEERING_FAILED_MESSAGE = 'Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range';

/**
 * Timer kinds of the peering lifecycle.
 *
 * @example
 * ctx.schedule(0, PEERING_TIMERS.initiated, region, peeringId);
 */
export const PEERING_TIMERS = {
  initiated: 'vpcPeering.initiated',
  provisioned: 'vpcPeering.provisioned',
  expire: 'vpcPeering.expire',
  purge: 'vpcPeering.purge',
} as const;

/**
 * `Status.Message` as AWS words it for each status.
 *
 * @example
 * peeringStatusMessage(peering); // 'Pending Acceptance by 222222222222'
 */
export function peeringStatusMessage(peering: VpcPeeringConnectionRecord): string {
  const by = peering.statusBy ?? peering.AccepterOwnerId;
  switch (peering.Status) {
    case 'initiating-request':
      return `Initiating Request to ${peering.AccepterOwnerId}`;
    case 'pending-acceptance':
      return `Pending Acceptance by ${peering.AccepterOwnerId}`;
    case 'provisioning':
      return 'Provisioning';
    case 'active':
      return 'Active';
    case 'rejected':
      return `Rejected by ${by}`;
    case 'failed':
      return PEERING_FAILED_MESSAGE;
    case 'expired':
      return 'Expired';
    case 'deleting':
      return 'Deleting';
    case 'deleted':
      return `Deleted by ${by}`;
  }
}

/**
 * Whether `accountId` (one of its two owners) still sees the connection at `now`.
 *
 * @example
 * rows(region.vpcPeeringConnections).filter((c) => peeringVisibleTo(c, accountId, ctx.now));
 */
export function peeringVisibleTo(peering: VpcPeeringConnectionRecord, accountId: string, now: number): boolean {
  if (accountId !== peering.RequesterOwnerId && accountId !== peering.AccepterOwnerId) return false;
  if (peering.Status === 'failed' && accountId !== peering.RequesterOwnerId) return false;
  const until = peering.visibleUntil[accountId];
  return until === undefined || now < until;
}

/**
 * A connection the caller sees, or AWS's `InvalidVpcPeeringConnectionID.NotFound` (another
 * account's connection, or one past its visibility, answers as missing).
 *
 * @example
 * const peering = requireVisiblePeering(ctx.region, ctx.caller.accountId, id, ctx.now);
 */
export function requireVisiblePeering(region: RegionState, accountId: string, id: string, now: number): VpcPeeringConnectionRecord {
  const peering = getRow(region.vpcPeeringConnections, id);
  if (peering === undefined || !peeringVisibleTo(peering, accountId, now)) throw errors.peeringNotFound(id);
  return peering;
}

/**
 * The `active` peering connection between two VPCs, if any. Cost: the VPC's peerings.
 *
 * @example
 * activePeeringBetween(regionOf(world, 'us-east-1'), consumerVpcId, providerVpcId) !== undefined;
 */
export function activePeeringBetween(region: RegionState, vpcId: string, otherVpcId: string): VpcPeeringConnectionRecord | undefined {
  const vpc = getRow(region.vpcs, vpcId);
  if (vpc === undefined) return undefined;
  for (const id of vpc.peeringConnectionIds) {
    const peering = getRow(region.vpcPeeringConnections, id);
    if (
      peering !== undefined &&
      peering.Status === 'active' &&
      ((peering.RequesterVpcId === vpcId && peering.AccepterVpcId === otherVpcId) ||
        (peering.AccepterVpcId === vpcId && peering.RequesterVpcId === otherVpcId))
    ) {
      return peering;
    }
  }
  return undefined;
}

/**
 * Ends a connection (a draft) in `status`, sets who sees it for how long, and schedules its
 * purge. `by` is the account that rejected or deleted it.
 *
 * @example
 * endPeering(ctx, ctx.caller.region, peering, 'deleted', ctx.caller.accountId);
 */
export function endPeering(ctx: WorldContext, region: string, peering: VpcPeeringConnectionRecord, status: PeeringStatus, by?: string): void {
  const { RequesterOwnerId: requester, AccepterOwnerId: accepter } = peering;
  const sameAccount = requester === accepter;
  const now = ctx.now;
  const windows: Record<string, number> = {};
  if (status === 'failed') windows[requester] = 2 * HOUR;
  else if (status === 'expired') Object.assign(windows, { [requester]: 2 * DAY, [accepter]: 2 * DAY });
  else if (status === 'rejected') Object.assign(windows, { [requester]: 2 * DAY, [accepter]: 2 * HOUR });
  else {
    const other = by === requester ? accepter : requester;
    Object.assign(windows, { [other]: 2 * DAY, [by ?? requester]: 2 * HOUR });
  }
  peering.visibleUntil = {};
  for (const [account, window] of Object.entries(windows)) peering.visibleUntil[account] = now + (sameAccount ? 2 * HOUR : window);
  setPeeringStatus(regionForWrite(ctx.world, region), peering, status);
  if (by !== undefined) peering.statusBy = by;
  const last = Math.max(...Object.values(peering.visibleUntil));
  ctx.schedule(last - now, PEERING_TIMERS.purge, region, peering.VpcPeeringConnectionId);
  if (status === 'deleted') {
    ctx.emit({
      type: 'DataPathCut',
      region,
      scope: { kind: 'vpcPeering', vpcPeeringConnectionId: peering.VpcPeeringConnectionId },
      reason: `VPC peering connection ${peering.VpcPeeringConnectionId} deleted`,
    });
  }
}
