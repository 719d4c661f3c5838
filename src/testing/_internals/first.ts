/**
 * Reading the single resource out of a create response without a non-null assertion: the
 * testing kit reports a missing one as an `InvalidParameterValue` naming the action.
 *
 * @module
 */
import { errors } from '../../core/errors.js';

/**
 * The first element of `items`, or a `CloudError` naming what was expected.
 *
 * @example
 * const lb = firstOf(elb.createLoadBalancer(input).LoadBalancers, 'a load balancer');
 */
export function firstOf<T>(items: readonly T[] | undefined, what: string): T {
  const item = items?.[0];
  if (item === undefined) throw errors.invalidParameterValueMessage(`Expected ${what} in the response`);
  return item;
}

/**
 * A string field that must be present, or a `CloudError` naming it.
 *
 * @example
 * const id = present(r.Vpc.VpcId, 'VpcId');
 */
export function present(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw errors.invalidParameterValueMessage(`Expected ${what} in the response`);
  return value;
}
