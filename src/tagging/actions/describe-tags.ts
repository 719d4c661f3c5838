/**
 * EC2 `DescribeTags`: one entry per tag of the caller's taggable resources (`kinds.ts`),
 * filtered by `resource-id`, `resource-type`, `key`, `value` and `tag:<key>` (the entry's
 * own key and value; `*` and `?` are wildcards), paged (`MaxResults` 5 to 1,000). AWS
 * promises no order; the model sorts by resource id, then key (code-unit order), so pages
 * are stable.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { compileFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_TO_1000, paginate, readEc2Paging } from '../../queries/paginate.js';
import { TAGGABLE_KINDS, type TaggableResourceType } from '../kinds.js';
import { tagScopeOf } from '../resolve.js';

/** SDK v3 `DescribeTagsRequest`. */
export interface DescribeTagsRequest {
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `TagDescription`: one tag of one resource. */
export interface TagDescription {
  Key: string;
  ResourceId: string;
  ResourceType: TaggableResourceType;
  Value: string;
}

/** SDK v3 `DescribeTagsResult`. */
export interface DescribeTagsResult {
  Tags: TagDescription[];
  NextToken?: string;
}

/** The filters `DescribeTags` supports, over tag entries. */
const FILTERS = {
  'resource-id': (t: TagDescription) => t.ResourceId,
  'resource-type': (t: TagDescription) => t.ResourceType,
  key: (t: TagDescription) => t.Key,
  value: (t: TagDescription) => t.Value,
};

/**
 * `DescribeTags`.
 *
 * @example
 * ec2.describeTags({ Filters: [{ Name: 'resource-type', Values: ['vpc'] }, { Name: 'key', Values: ['team'] }] }).Tags;
 */
export const describeTags = defineAction<DescribeTagsRequest, DescribeTagsResult>()({
  name: 'DescribeTags',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({ filters: p.filters(), paging: readEc2Paging(p, MAX_RESULTS_5_TO_1000) }),
  apply: (ctx, { filters, paging }) => {
    const keep = compileFilters(filters, FILTERS, { tags: (t) => [t] });
    const scope = tagScopeOf(ctx);
    const matching: TagDescription[] = [];
    for (const kind of TAGGABLE_KINDS) {
      for (const [id, resource] of kind.owned(scope)) {
        for (const tag of resource.Tags) {
          const entry = { Key: tag.Key, ResourceId: id, ResourceType: kind.resourceType, Value: tag.Value };
          if (keep(entry)) matching.push(entry);
        }
      }
    }
    const { accountId } = ctx.caller;
    const page = paginate(matching, (t) => `${t.ResourceId}\u0000${t.Key}`, paging, ctx.world.seed, `DescribeTags/${accountId}`);
    return { Tags: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
