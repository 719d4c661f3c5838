/**
 * ELBv2 name rules for load balancers and target groups: 1 to 32 alphanumeric characters or
 * hyphens, not starting or ending with a hyphen; a load balancer name may not start with
 * `internal-` (AWS reserves it for internal load balancers' DNS names). Broken rules are
 * AWS's `ValidationError`, worded as AWS words it.
 *
 * @module
 */
import { errors } from '../core/errors.js';

const NAME_CHARS = /^[A-Za-z0-9-]*$/;

/** The longest load balancer or target group name AWS accepts. */
export const MAX_ELB_NAME_LENGTH = 32;

/**
 * Checks a `CreateLoadBalancer` `Name`.
 *
 * @example
 * checkLoadBalancerName('my-nlb'); // 'my-nlb'
 * checkLoadBalancerName('-bad');   // throws ValidationError
 */
export function checkLoadBalancerName(name: string): string {
  const bad = (why: string) => errors.validationError(`The load balancer name '${name}' ${why}`);
  if (name.length > MAX_ELB_NAME_LENGTH) throw bad(`cannot be longer than '${MAX_ELB_NAME_LENGTH}' characters`);
  if (!NAME_CHARS.test(name)) throw bad('can only contain characters that are alphanumeric characters and hyphens(-)');
  if (name.startsWith('-')) throw bad('cannot begin with a hyphen(-)');
  if (name.endsWith('-')) throw bad('cannot end with a hyphen(-)');
  if (name.startsWith('internal-')) throw bad("cannot begin with 'internal-'");
  return name;
}

/**
 * Checks a `CreateTargetGroup` `Name`.
 *
 * @example
 * checkTargetGroupName('web-tcp'); // 'web-tcp'
 */
export function checkTargetGroupName(name: string): string {
  const bad = (why: string) => errors.validationError(`Target group name '${name}' ${why}`);
  if (name.length > MAX_ELB_NAME_LENGTH) throw bad(`cannot be longer than '${MAX_ELB_NAME_LENGTH}' characters`);
  if (!NAME_CHARS.test(name)) throw bad('can only contain characters that are alphanumeric characters or hyphens(-)');
  if (name.startsWith('-') || name.endsWith('-')) throw bad("cannot begin or end with '-'");
  return name;
}
