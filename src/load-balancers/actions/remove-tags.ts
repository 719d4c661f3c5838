/**
 * ELBv2 `RemoveTags`: removes tags by key from load balancers, target groups and listeners;
 * a key the resource does not carry is ignored.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { taggedResource } from '../taggable.js';

/** SDK v3 `RemoveTagsInput`. */
export interface RemoveTagsInput {
  ResourceArns: string[] | undefined;
  TagKeys: string[] | undefined;
}

/** SDK v3 `RemoveTagsOutput` (empty). */
export type RemoveTagsOutput = Record<string, never>;

/**
 * `RemoveTags`.
 *
 * @example
 * elbv2.removeTags({ ResourceArns: [LoadBalancerArn], TagKeys: ['team'] });
 */
export const removeTags = defineAction<RemoveTagsInput, RemoveTagsOutput>()({
  name: 'RemoveTags',
  api: 'elbv2',
  parse: (p) => ({ arns: p.stringList('ResourceArns'), keys: p.stringList('TagKeys') }),
  apply: (ctx, { arns, keys }) => {
    for (const arn of arns) {
      const resource = taggedResource(ctx.region, ctx.caller.accountId, arn);
      resource.Tags = resource.Tags.filter((t) => !keys.includes(t.Key));
    }
    return {};
  },
});
