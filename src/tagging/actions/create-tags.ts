/**
 * EC2 `CreateTags`: adds or overwrites tags on the caller's resources, by id (VPCs, subnets,
 * security groups and their rules, VPC endpoints, endpoint service configurations, VPC
 * peering connections: `kinds.ts`). AWS's tag rules (`core/tags.ts`): a missing `Value` is
 * the empty string; a key the resource has takes the new value; at most 50 tags per
 * resource counting those it has (`TagLimitExceeded`). All or nothing: one resource not
 * found, or over the limit, and no resource changes.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { mergeTags, type Tag } from '../../core/tags.js';
import { readTaggableIds, requireTagged, tagAuthorizations, tagScopeOf } from '../resolve.js';

/** SDK v3 `CreateTagsRequest`. */
export interface CreateTagsRequest {
  Resources: string[] | undefined;
  Tags: { Key?: string | undefined; Value?: string | undefined }[] | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `CreateTags` output (empty). */
export type CreateTagsResult = Record<string, never>;

/**
 * IAM's `aws:RequestTag/<key>` condition keys of the tags a request adds.
 *
 * @example
 * requestTagContext([{ Key: 'team', Value: 'blue' }]); // { 'aws:RequestTag/team': 'blue' }
 */
export function requestTagContext(tags: readonly Tag[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (const tag of tags) context[`aws:RequestTag/${tag.Key}`] = tag.Value;
  return context;
}

/**
 * `CreateTags`.
 *
 * @example
 * ec2.createTags({ Resources: [VpcId, SubnetId], Tags: [{ Key: 'team', Value: 'payments' }] });
 */
export const createTags = defineAction<CreateTagsRequest, CreateTagsResult>()({
  name: 'CreateTags',
  api: 'ec2',
  parse: (p) => {
    const ids = readTaggableIds(p, 'Resources');
    const tags = p.tagList('Tags');
    if (tags.length === 0) throw p.missing('Tags');
    return { ids, tags };
  },
  authorize: (world, caller, { ids, tags }) => tagAuthorizations(world, caller, ids, requestTagContext(tags)),
  apply: (ctx, { ids, tags }) => {
    const scope = tagScopeOf(ctx);
    const resources = ids.map((id) => requireTagged(scope, id));
    for (const resource of resources) mergeTags(resource.Tags, tags, 'ec2');
    return {};
  },
});
