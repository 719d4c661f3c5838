/**
 * ELBv2 `AddTags`: adds or overwrites tags on load balancers, target groups and listeners
 * (at most 50 per resource: `TooManyTags`; a key twice in one call: `DuplicateTagKeys`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { MAX_TAGS_PER_RESOURCE, taggedResource } from '../taggable.js';

/** SDK v3 `AddTagsInput`. */
export interface AddTagsInput {
  ResourceArns: string[] | undefined;
  Tags: { Key: string | undefined; Value?: string | undefined }[] | undefined;
}

/** SDK v3 `AddTagsOutput` (empty). */
export type AddTagsOutput = Record<string, never>;

/**
 * `AddTags`.
 *
 * @example
 * elbv2.addTags({ ResourceArns: [LoadBalancerArn], Tags: [{ Key: 'team', Value: 'payments' }] });
 */
export const addTags = defineAction<AddTagsInput, AddTagsOutput>()({
  name: 'AddTags',
  api: 'elbv2',
  parse: (p) => {
    const arns = p.stringList('ResourceArns');
    const tags = p.tagList('Tags');
    if (tags.length === 0) throw p.missing('Tags');
    const seen = new Set<string>();
    for (const tag of tags) {
      if (seen.has(tag.Key)) throw errors.duplicateTagKeys(tag.Key);
      seen.add(tag.Key);
    }
    return { arns, tags };
  },
  apply: (ctx, { arns, tags }) => {
    for (const arn of arns) {
      const resource = taggedResource(ctx.region, ctx.caller.accountId, arn);
      for (const tag of tags) {
        const existing = resource.Tags.find((t) => t.Key === tag.Key);
        if (existing !== undefined) existing.Value = tag.Value;
        else resource.Tags.push({ Key: tag.Key, Value: tag.Value });
      }
      if (resource.Tags.length > MAX_TAGS_PER_RESOURCE) throw errors.tooManyTags(arn);
    }
    return {};
  },
});
