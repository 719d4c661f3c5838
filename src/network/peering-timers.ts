/**
 * The timed steps of a VPC peering connection's lifecycle: `initiating-request` ->
 * `pending-acceptance` or `failed`; `provisioning` -> `active`; `pending-acceptance` ->
 * `expired` after 7 days; and the purge of an ended connection once no side sees it.
 *
 * @module
 */
import type { TimerHandler, WorldContext } from '../core/action.js';
import { deleteRow, getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import { regionForWrite } from '../world/world.js';
import { cidrsOverlap, parseCidr } from './cidr.js';
import type { VpcPeeringConnectionRecord } from './model.js';
import { endPeering, PEERING_TIMERS } from './peering.js';
import { setPeeringStatus } from './peering-status.js';

/** Runs `step` on the connection a timer names, if it still exists. */
function onPeering(step: (ctx: WorldContext, region: string, state: RegionState, peering: VpcPeeringConnectionRecord) => void): TimerHandler {
  return (ctx, timer) => {
    const state = regionForWrite(ctx.world, timer.region);
    const peering = getRow(state.vpcPeeringConnections, timer.id);
    if (peering !== undefined) step(ctx, timer.region, state, peering);
  };
}

/** The request reached the accepter side: it waits there, or fails (wrong VPC, overlap). */
const initiated = onPeering((ctx, region, state, peering) => {
  if (peering.Status !== 'initiating-request') return;
  const peer = getRow(state.vpcs, peering.AccepterVpcId);
  const mine = parseCidr(peering.RequesterCidrBlock);
  const theirs = peer && parseCidr(peer.CidrBlock);
  if (peer === undefined || peer.OwnerId !== peering.AccepterOwnerId || !mine || !theirs || cidrsOverlap(mine, theirs)) {
    endPeering(ctx, region, peering, 'failed');
    return;
  }
  peering.AccepterCidrBlock = peer.CidrBlock;
  setPeeringStatus(state, peering, 'pending-acceptance');
  if (!peer.peeringConnectionIds.includes(peering.VpcPeeringConnectionId)) peer.peeringConnectionIds.push(peering.VpcPeeringConnectionId);
  ctx.schedule(peering.expiresAt - ctx.now, PEERING_TIMERS.expire, region, peering.VpcPeeringConnectionId);
});

/** Provisioning done: the connection is active. */
const provisioned = onPeering((_ctx, _region, state, peering) => {
  if (peering.Status === 'provisioning') setPeeringStatus(state, peering, 'active');
});

/** Nobody acted within 7 days. */
const expire = onPeering((ctx, region, _state, peering) => {
  if (peering.Status === 'pending-acceptance') endPeering(ctx, region, peering, 'expired');
});

/** Nobody sees it any more: remove it and its index entries. */
const purge = onPeering((ctx, _region, state, peering) => {
  const untils = Object.values(peering.visibleUntil);
  if (untils.length === 0 || ctx.now < Math.max(...untils)) return;
  for (const vpcId of [peering.RequesterVpcId, peering.AccepterVpcId]) {
    const vpc = getRow(state.vpcs, vpcId);
    if (vpc !== undefined) vpc.peeringConnectionIds = vpc.peeringConnectionIds.filter((id) => id !== peering.VpcPeeringConnectionId);
  }
  deleteRow(state.vpcPeeringConnections, peering.VpcPeeringConnectionId);
});

/**
 * Timer handlers of the peering lifecycle, for `timerHandlers` in the registry.
 *
 * @example
 * export const timerHandlers = { ...peeringTimerHandlers, ...otherHandlers };
 */
export const peeringTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  [PEERING_TIMERS.initiated]: initiated,
  [PEERING_TIMERS.provisioned]: provisioned,
  [PEERING_TIMERS.expire]: expire,
  [PEERING_TIMERS.purge]: purge,
};
