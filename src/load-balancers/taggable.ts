/**
 * The ELBv2 resources that carry tags (load balancers, target groups, listeners), found by
 * ARN for `AddTags`, `RemoveTags` and `DescribeTags`. An unknown or foreign resource is the
 * not-found error of its kind; an ARN of no taggable kind is a `ValidationError`.
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import { errors } from '../core/errors.js';
import type { Tag } from '../core/tags.js';
import type { RegionState } from '../world/world.js';
import { requireListener, requireLoadBalancer, requireTargetGroup } from './lookup.js';

/**
 * The stored tag list of the caller's resource `arn` (a draft inside an action).
 *
 * @example
 * taggedResource(ctx.region, accountId, LoadBalancerArn).Tags;
 */
export function taggedResource(region: RegionState, accountId: string, arn: string): { Tags: Tag[] } {
  const resource = parseArn(arn)?.resource ?? '';
  if (resource.startsWith('loadbalancer/')) return requireLoadBalancer(region, accountId, arn);
  if (resource.startsWith('targetgroup/')) return requireTargetGroup(region, accountId, arn);
  if (resource.startsWith('listener/')) return requireListener(region, accountId, arn);
  throw errors.validationError(`'${arn}' is not a valid resource ARN for tagging`);
}
