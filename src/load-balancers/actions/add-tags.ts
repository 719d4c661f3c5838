/**
 * ELBv2 `AddTags`: adds or overwrites tags on load balancers, target groups and listeners
 * (AWS's tag rules in `core/tags.ts`: at most 50 per resource counting those it has,
 * `TooManyTags`; a key twice in one call, `DuplicateTagKeys`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { mergeTags } from '../../core/tags.js';
import { taggedResource } from '../taggable.js';

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
    return { arns, tags };
  },
  apply: (ctx, { arns, tags }) => {
    for (const arn of arns) mergeTags(taggedResource(ctx.region, ctx.caller.accountId, arn).Tags, tags, 'elbv2', arn);
    return {};
  },
});
