/**
 * Moving an endpoint service along its lifecycle machine, with what each step implies:
 * `Pending` -> `Available` after `timings.serviceProvisioningMs`; `Deleting` -> `Deleted`
 * after the same delay, at which point the record goes away, its NLBs are freed (ELBv2 may
 * delete them again), its private DNS name leaves the index and its connection
 * notifications are removed.
 *
 * @module
 */
import type { TimerHandler, WorldContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { deleteRow, getRow } from '../core/table.js';
import { endpointServiceMachine, type EndpointServiceEvent } from '../machines/endpoint-service.js';
import { stepMachine } from '../machines/step.js';
import { regionForWrite, type RegionState } from '../world/world.js';
import { detachLoadBalancers } from './load-balancers.js';
import type { EndpointServiceRecord, ServiceState } from './model.js';
import { removeNotificationsOf } from './notifications.js';
import { forgetPrivateDnsName } from './private-dns.js';

/** Timer kind: a `Pending` service becomes `Available`. */
export const SERVICE_PROVISIONED = 'endpointService.provisioned';
/** Timer kind: a `Deleting` service becomes `Deleted` and goes away. */
export const SERVICE_DELETED = 'endpointService.deleted';

/**
 * The state after `event`, or `undefined` when the service's state does not accept it.
 *
 * @example
 * nextServiceState('Deleting', { type: 'modify' }); // undefined
 */
export function nextServiceState(state: ServiceState, event: EndpointServiceEvent): ServiceState | undefined {
  return stepMachine(endpointServiceMachine, state, event) as ServiceState | undefined;
}

/**
 * Checks that a service accepts a change of its configuration (`Pending` or `Available`).
 *
 * @throws CloudError `IncorrectState` otherwise.
 * @example
 * requireModifiable(service);
 */
export function requireModifiable(service: EndpointServiceRecord): void {
  if (nextServiceState(service.ServiceState, { type: 'modify' }) === undefined) {
    throw errors.serviceStateIncorrect(service.ServiceId, service.ServiceState);
  }
}

/**
 * Applies `event` to a service (a draft), scheduling the next step. Returns the new state,
 * or `undefined` (nothing changed) when the state does not accept the event.
 *
 * @example
 * moveService(ctx, ctx.caller.region, service, { type: 'delete' }); // 'Deleting'
 */
export function moveService(ctx: WorldContext, region: string, service: EndpointServiceRecord, event: EndpointServiceEvent): ServiceState | undefined {
  const to = nextServiceState(service.ServiceState, event);
  if (to === undefined) return undefined;
  service.ServiceState = to;
  if (to === 'Deleting') ctx.schedule(ctx.world.timings.serviceProvisioningMs, SERVICE_DELETED, region, service.ServiceId);
  return to;
}

/** Removes a `Deleted` service and everything that hangs on it (on a draft region). */
function removeService(ctx: WorldContext, state: RegionState, region: string, service: EndpointServiceRecord): void {
  detachLoadBalancers(state, service.ServiceId, service.NetworkLoadBalancerArns);
  forgetPrivateDnsName(state, service);
  removeNotificationsOf(state, service.ServiceId);
  deleteRow(state.endpointServices, service.ServiceId);
  ctx.emit({ type: 'ResourceDeleted', region, accountId: service.OwnerId, resourceType: 'vpc-endpoint-service', resourceId: service.ServiceId });
}

const provisioned: TimerHandler = (ctx, timer) => {
  const service = getRow(regionForWrite(ctx.world, timer.region).endpointServices, timer.id);
  if (service) moveService(ctx, timer.region, service, { type: 'provisioned' });
};

const deleted: TimerHandler = (ctx, timer) => {
  const state = regionForWrite(ctx.world, timer.region);
  const service = getRow(state.endpointServices, timer.id);
  if (service && moveService(ctx, timer.region, service, { type: 'deleted' }) === 'Deleted') {
    removeService(ctx, state, timer.region, service);
  }
};

/** Timer handlers of the service lifecycle, for the registry. */
export const serviceTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  [SERVICE_PROVISIONED]: provisioned,
  [SERVICE_DELETED]: deleted,
};
