/**
 * EC2 `DescribePrefixLists`: the AWS-managed prefix lists of the gateway services in the
 * caller's region (the same for every account), by id and filters, paged. An unknown id is
 * `InvalidPrefixListID.NotFound`. Customer-managed prefix lists are not modelled.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Filter } from '../../core/params.js';
import { compileFilters } from '../../queries/filters.js';
import { paginate, readEc2Paging } from '../../queries/paginate.js';
import { awsPrefixLists } from '../prefix-lists.js';

/** SDK v3 `DescribePrefixListsRequest`. */
export interface DescribePrefixListsRequest {
  DryRun?: boolean | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  PrefixListIds?: string[] | undefined;
}

/** SDK v3 `PrefixList`. */
export interface PrefixList {
  Cidrs: string[];
  PrefixListId: string;
  PrefixListName: string;
}

/** SDK v3 `DescribePrefixListsResult`. */
export interface DescribePrefixListsResult {
  PrefixLists: PrefixList[];
  NextToken?: string;
}

const FILTERS = {
  'prefix-list-id': (p: PrefixList) => p.PrefixListId,
  'prefix-list-name': (p: PrefixList) => p.PrefixListName,
};

/**
 * `DescribePrefixLists`.
 *
 * @example
 * ec2.describePrefixLists({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-east-1.s3'] }] }).PrefixLists[0]?.PrefixListId;
 * // 'pl-63a5400a'
 */
export const describePrefixLists = defineAction<DescribePrefixListsRequest, DescribePrefixListsResult>()({
  name: 'DescribePrefixLists',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    ids: p.optionalStringList('PrefixListIds') ?? [],
    filters: p.filters(),
    paging: readEc2Paging(p),
  }),
  apply: (ctx, { ids, filters, paging }) => {
    const keep = compileFilters(filters, FILTERS);
    const all = awsPrefixLists(ctx.caller.region).map((p) => ({ PrefixListId: p.PrefixListId, PrefixListName: p.PrefixListName, Cidrs: [...p.Cidrs] }));
    const chosen =
      ids.length === 0
        ? all
        : ids.map((id) => {
            const found = all.find((p) => p.PrefixListId === id);
            if (found === undefined) throw errors.prefixListNotFound(id);
            return found;
          });
    const page = paginate(chosen.filter(keep), (p) => p.PrefixListId, paging, ctx.world.seed, `DescribePrefixLists/${ctx.caller.region}`);
    return { PrefixLists: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
