/**
 * EC2 `DescribeVpcEndpoints`: the caller's own interface endpoints in its region (never
 * another account's), by id or all, with AWS's filters and pagination. A `deleted` endpoint
 * is listed for a while after it is gone (see `DELETED_ENDPOINT_VISIBLE_MS`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { compileFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_CAPPED_AT_1000, paginate, readEc2Paging } from '../../queries/paginate.js';
import { isVisibleToConsumer, ownEndpoints, requireOwnEndpoint } from '../lookup.js';
import type { VpcEndpointRecord } from '../model.js';
import { renderVpcEndpoint, type VpcEndpoint } from '../render.js';

/** SDK v3 `DescribeVpcEndpointsRequest`. */
export interface DescribeVpcEndpointsRequest {
  DryRun?: boolean | undefined;
  VpcEndpointIds?: string[] | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
}

/** SDK v3 `DescribeVpcEndpointsResult`. */
export interface DescribeVpcEndpointsResult {
  VpcEndpoints: VpcEndpoint[];
  NextToken?: string;
}

/**
 * `DescribeVpcEndpoints`.
 *
 * @example
 * cloud.ec2(consumer).describeVpcEndpoints({
 *   Filters: [{ Name: 'vpc-endpoint-state', Values: ['available'] }],
 * }).VpcEndpoints.map((e) => e.VpcEndpointId);
 */
export const describeVpcEndpoints = defineAction<DescribeVpcEndpointsRequest, DescribeVpcEndpointsResult>()({
  name: 'DescribeVpcEndpoints',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    ids: p.optionalStringList('VpcEndpointIds') ?? [],
    filters: p.filters(),
    paging: readEc2Paging(p, MAX_RESULTS_5_CAPPED_AT_1000),
  }),
  apply: (ctx, { ids, filters, paging }) => {
    const { accountId, region } = ctx.caller;
    const keep = compileFilters<VpcEndpointRecord>(
      filters,
      {
        'service-name': (e) => e.ServiceName,
        'service-region': () => region,
        'vpc-id': (e) => e.VpcId,
        'vpc-endpoint-id': (e) => e.VpcEndpointId,
        'vpc-endpoint-state': (e) => e.State,
        'vpc-endpoint-type': () => 'Interface',
        'ip-address-type': () => 'ipv4',
      },
      { tags: (e) => e.Tags },
    );
    let selected: VpcEndpointRecord[];
    if (ids.length > 0) {
      selected = ids.map((id) => requireOwnEndpoint(ctx.world, ctx.region, accountId, id));
    } else {
      selected = [];
      for (const endpoint of ownEndpoints(ctx.region, accountId)) {
        if (isVisibleToConsumer(ctx.world, endpoint)) selected.push(endpoint);
      }
    }
    const page = paginate(selected.filter(keep), (e) => e.VpcEndpointId, paging, ctx.world.seed, 'DescribeVpcEndpoints');
    return {
      VpcEndpoints: page.items.map((e) => renderVpcEndpoint(ctx.world, region, e)),
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
