/**
 * ELBv2 `DescribeTags`: the tags of up to 20 load balancers, target groups or listeners.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Tag } from '../../core/tags.js';
import { renderElbTags } from '../render.js';
import { taggedResource } from '../taggable.js';

/** SDK v3 `DescribeTagsInput`. */
export interface DescribeTagsInput {
  ResourceArns: string[] | undefined;
}

/** SDK v3 `DescribeTagsOutput`. */
export interface DescribeTagsOutput {
  TagDescriptions: { ResourceArn: string; Tags: Tag[] }[];
}

/**
 * `DescribeTags`.
 *
 * @example
 * elbv2.describeTags({ ResourceArns: [LoadBalancerArn] }).TagDescriptions[0]?.Tags;
 */
export const describeTags = defineAction<DescribeTagsInput, DescribeTagsOutput>()({
  name: 'DescribeTags',
  api: 'elbv2',
  readOnly: true,
  parse: (p) => {
    const arns = p.stringList('ResourceArns');
    if (arns.length > 20) throw p.invalid('ResourceArns', arns, 'Member must have length less than or equal to 20');
    return { arns };
  },
  apply: (ctx, { arns }) => ({
    TagDescriptions: arns.map((arn) => ({ ResourceArn: arn, Tags: renderElbTags(taggedResource(ctx.region, ctx.caller.accountId, arn).Tags) })),
  }),
});
