/**
 * Moving a load balancer along its lifecycle machine, and the timer that finishes
 * provisioning. `CreateLoadBalancer` answers `provisioning`; the timer moves it to `active`
 * after `timings.loadBalancerProvisioningMs` (0 by default: a describe right after the
 * create already shows `active`).
 *
 * @module
 */
import type { TimerHandler, WorldContext } from '../core/action.js';
import { getRow } from '../core/table.js';
import { loadBalancerMachine, type LoadBalancerLifecycleEvent } from '../machines/load-balancer.js';
import { stepMachine } from '../machines/step.js';
import { regionForWrite } from '../world/world.js';
import type { LoadBalancerRecord, LoadBalancerStateCode } from './model.js';

/** Timer kind: a `provisioning` load balancer becomes `active`. */
export const LOAD_BALANCER_PROVISIONED = 'loadBalancer.provisioned';

/**
 * Applies `event` to `lb` (a draft); returns the new state, or `undefined` when the current
 * state does not accept it (nothing changes).
 *
 * @example
 * moveLoadBalancer(lb, { type: 'provisioned' }); // 'active' from 'provisioning'
 */
export function moveLoadBalancer(lb: LoadBalancerRecord, event: LoadBalancerLifecycleEvent): LoadBalancerStateCode | undefined {
  const to = stepMachine(loadBalancerMachine, lb.State, event) as LoadBalancerStateCode | undefined;
  if (to !== undefined) lb.State = to;
  return to;
}

/** Schedules the end of provisioning of a new load balancer. */
export function scheduleProvisioning(ctx: WorldContext, region: string, loadBalancerArn: string): void {
  ctx.schedule(ctx.world.timings.loadBalancerProvisioningMs, LOAD_BALANCER_PROVISIONED, region, loadBalancerArn);
}

/** Timer handlers of the load balancer lifecycle, for the registry. */
export const loadBalancerTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  [LOAD_BALANCER_PROVISIONED]: (ctx, timer) => {
    const lb = getRow(regionForWrite(ctx.world, timer.region).loadBalancers, timer.id);
    if (lb) moveLoadBalancer(lb, { type: 'provisioned' });
  },
};
