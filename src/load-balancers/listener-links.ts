/**
 * The links a listener makes: its load balancer lists it, and its target group becomes
 * "attached" to that load balancer (`TargetGroup.LoadBalancerArns`) for as long as one of
 * the load balancer's listeners forwards to it. Creating and deleting listeners, and
 * deleting a load balancer, go through here so both sides stay consistent.
 *
 * @module
 */
import { deleteRow, getRow, putRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import type { ListenerRecord } from './model.js';

const remove = (list: string[], value: string) => {
  const index = list.indexOf(value);
  if (index >= 0) list.splice(index, 1);
};

/**
 * Stores a new listener and links it to its load balancer and target group. Call inside an
 * action's `apply` with the draft region.
 *
 * @example
 * attachListener(ctx.region, listener);
 */
export function attachListener(region: RegionState, listener: ListenerRecord): void {
  putRow(region.listeners, listener.ListenerArn, listener);
  getRow(region.loadBalancers, listener.LoadBalancerArn)?.listenerArns.push(listener.ListenerArn);
  const tg = getRow(region.targetGroups, listener.TargetGroupArn);
  if (tg === undefined) return;
  tg.listenerArns.push(listener.ListenerArn);
  if (!tg.LoadBalancerArns.includes(listener.LoadBalancerArn)) tg.LoadBalancerArns.push(listener.LoadBalancerArn);
}

/**
 * Removes a listener and its links; the target group stays attached to the load balancer
 * while another of its listeners still forwards there.
 */
export function detachListener(region: RegionState, listener: ListenerRecord): void {
  deleteRow(region.listeners, listener.ListenerArn);
  const lb = getRow(region.loadBalancers, listener.LoadBalancerArn);
  if (lb !== undefined) remove(lb.listenerArns, listener.ListenerArn);
  const tg = getRow(region.targetGroups, listener.TargetGroupArn);
  if (tg === undefined) return;
  remove(tg.listenerArns, listener.ListenerArn);
  const stillUsed = (lb?.listenerArns ?? []).some((arn) => getRow(region.listeners, arn)?.TargetGroupArn === tg.TargetGroupArn);
  if (!stillUsed) remove(tg.LoadBalancerArns, listener.LoadBalancerArn);
}
