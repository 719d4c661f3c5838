/**
 * Moving an endpoint connection along its lifecycle machine, with everything a move
 * implies: the state-change event, the connection notification AWS sends, the next
 * asynchronous step on the clock, cutting the data path when it stops being available, and
 * freeing the endpoint's network interfaces once deleted. Accept, reject, delete and the
 * timers all go through here, so the rules live in one place.
 *
 * @module
 */
import type { TimerHandler, WorldContext } from '../core/action.js';
import { getRow } from '../core/table.js';
import type { ConnectionEvent } from '../endpoint-services/model.js';
import type { VpcEndpointRecord, VpcEndpointState } from '../endpoints/model.js';
import { endpointConnectionMachine, type EndpointConnectionEvent } from '../machines/endpoint-connection.js';
import { stepMachine } from '../machines/step.js';
import { deleteNetworkInterface } from '../network/interfaces.js';
import { countGroupUsers } from '../network/security-groups.js';
import { countVpcEndpoint, removeVpcDependent } from '../network/vpc-dependents.js';
import { regionForWrite, type RegionState } from '../world/world.js';
import { notifyConnection } from './notify.js';

/** Timer kinds of the connection lifecycle. */
export const ENDPOINT_PROVISIONED = 'endpoint.provisioned';
/** Timer kind: a `deleting` endpoint becomes `deleted`. */
export const ENDPOINT_DELETED = 'endpoint.deleted';

const NOTIFIED: Partial<Record<EndpointConnectionEvent['type'], ConnectionEvent>> = {
  accept: 'Accept',
  reject: 'Reject',
  delete: 'Delete',
};

/**
 * Applies `event` to `endpoint` (a draft). Returns the new state, or `undefined` when the
 * current state does not accept the event (nothing changes; the caller reports AWS's error).
 */
export function moveEndpoint(
  ctx: WorldContext,
  state: RegionState,
  region: string,
  endpoint: VpcEndpointRecord,
  event: EndpointConnectionEvent,
): VpcEndpointState | undefined {
  const from = endpoint.State;
  const to = stepMachine(endpointConnectionMachine, from, event) as VpcEndpointState | undefined;
  if (to === undefined) return undefined;
  endpoint.State = to;
  ctx.emit({
    type: 'EndpointStateChanged',
    region,
    serviceId: endpoint.ServiceId,
    endpointId: endpoint.VpcEndpointId,
    consumerAccountId: endpoint.OwnerId,
    providerAccountId: endpoint.ServiceOwnerId,
    from,
    to,
  });
  const notified = NOTIFIED[event.type];
  if (notified) notifyConnection(ctx, state, region, endpoint, notified);
  if (from === 'available' && to !== 'available') {
    ctx.emit({
      type: 'DataPathCut',
      region,
      scope: { kind: 'endpoint', endpointId: endpoint.VpcEndpointId },
      reason: `VPC endpoint ${endpoint.VpcEndpointId} is ${to}`,
    });
  }
  if (to === 'pending') ctx.schedule(ctx.world.timings.endpointProvisioningMs, ENDPOINT_PROVISIONED, region, endpoint.VpcEndpointId);
  if (to === 'deleting') ctx.schedule(ctx.world.timings.endpointDeletionMs, ENDPOINT_DELETED, region, endpoint.VpcEndpointId);
  if (to === 'deleted') {
    for (const zone of endpoint.zones) deleteNetworkInterface(state, zone.NetworkInterfaceId);
    countGroupUsers(state, endpoint.Groups, -1);
    removeVpcDependent(state, endpoint.VpcId);
    countVpcEndpoint(state, endpoint.VpcId, -1);
    ctx.emit({ type: 'ResourceDeleted', region, accountId: endpoint.OwnerId, resourceType: 'vpc-endpoint', resourceId: endpoint.VpcEndpointId });
  }
  return to;
}

/** Runs a lifecycle event on an endpoint from a timer, if it still accepts it. */
function timerMove(event: EndpointConnectionEvent): TimerHandler {
  return (ctx: WorldContext, timer) => {
    const state = regionForWrite(ctx.world, timer.region);
    const endpoint = getRow(state.vpcEndpoints, timer.id);
    if (endpoint) moveEndpoint(ctx, state, timer.region, endpoint, event);
  };
}

/** Timer handlers of the connection lifecycle, for the registry. */
export const connectionTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  [ENDPOINT_PROVISIONED]: timerMove({ type: 'provisioned' }),
  [ENDPOINT_DELETED]: timerMove({ type: 'deleted' }),
};
