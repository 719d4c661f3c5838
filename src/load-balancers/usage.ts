/**
 * Which endpoint services use a Network Load Balancer. AWS refuses to delete an NLB that an
 * endpoint service names (`ResourceInUse`), and to remove its subnets while endpoints are
 * associated. The index lives on the load balancer (`usedByServiceIds`) so the check is
 * O(1); the endpoint-services room keeps it current through {@link markLoadBalancerUsed}
 * and {@link releaseLoadBalancer} whenever a service configuration gains or drops an NLB or
 * reaches `Deleted`.
 *
 * @module
 */
import { getRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import type { LoadBalancerRecord } from './model.js';

/**
 * The endpoint services (ids) that currently use `lb`; empty when it is free.
 *
 * @example
 * endpointServicesUsing(lb); // ['vpce-svc-0123456789abcdef0']
 */
export function endpointServicesUsing(lb: Readonly<LoadBalancerRecord>): readonly string[] {
  return lb.usedByServiceIds;
}

/** Whether an endpoint service uses `lb` (it cannot then be deleted). */
export function isLoadBalancerInUse(lb: Readonly<LoadBalancerRecord>): boolean {
  return lb.usedByServiceIds.length > 0;
}

/**
 * Records that endpoint service `serviceId` uses the NLB `loadBalancerArn`. Call inside an
 * action's `apply` with the draft region (`ctx.region`); idempotent; a missing NLB is ignored.
 *
 * @example
 * markLoadBalancerUsed(ctx.region, nlbArn, serviceId); // in CreateVpcEndpointServiceConfiguration
 */
export function markLoadBalancerUsed(region: RegionState, loadBalancerArn: string, serviceId: string): void {
  const lb = getRow(region.loadBalancers, loadBalancerArn);
  if (lb !== undefined && !lb.usedByServiceIds.includes(serviceId)) lb.usedByServiceIds.push(serviceId);
}

/**
 * Records that endpoint service `serviceId` no longer uses the NLB (removed from the
 * service, or the service reached `Deleted`). Idempotent.
 *
 * @example
 * releaseLoadBalancer(ctx.region, nlbArn, serviceId); // when the service is Deleted
 */
export function releaseLoadBalancer(region: RegionState, loadBalancerArn: string, serviceId: string): void {
  const lb = getRow(region.loadBalancers, loadBalancerArn);
  if (lb === undefined) return;
  const index = lb.usedByServiceIds.indexOf(serviceId);
  if (index >= 0) lb.usedByServiceIds.splice(index, 1);
}
