/**
 * EC2 `DescribeVpcEndpointServiceConfigurations`: the provider's view of its own services in
 * the region, by id or all, with filters and pages. Another account's service answers as a
 * missing one.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { applyFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_CAPPED_AT_1000, paginate, readEc2Paging } from '../../queries/paginate.js';
import { requireOwnedService } from '../lookup.js';
import type { EndpointServiceRecord } from '../model.js';
import { renderServiceConfiguration, type ServiceConfiguration } from '../render.js';

/** SDK v3 `DescribeVpcEndpointServiceConfigurationsRequest`. */
export interface DescribeVpcEndpointServiceConfigurationsRequest {
  DryRun?: boolean;
  ServiceIds?: string[];
  Filters?: Filter[];
  MaxResults?: number;
  NextToken?: string;
}

/** SDK v3 `DescribeVpcEndpointServiceConfigurationsResult`. */
export interface DescribeVpcEndpointServiceConfigurationsResult {
  ServiceConfigurations: ServiceConfiguration[];
  NextToken?: string;
}

const FIELDS = {
  'service-name': (s: EndpointServiceRecord) => s.ServiceName,
  'service-id': (s: EndpointServiceRecord) => s.ServiceId,
  'service-state': (s: EndpointServiceRecord) => s.ServiceState,
  'supported-ip-address-types': (s: EndpointServiceRecord) => s.SupportedIpAddressTypes,
} as const;

/**
 * `DescribeVpcEndpointServiceConfigurations`.
 *
 * @example
 * ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [serviceId] }).ServiceConfigurations[0]?.ServiceState;
 */
export const describeVpcEndpointServiceConfigurations = defineAction<
  DescribeVpcEndpointServiceConfigurationsRequest,
  DescribeVpcEndpointServiceConfigurationsResult
>()({
  name: 'DescribeVpcEndpointServiceConfigurations',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    serviceIds: p.optionalStringList('ServiceIds'),
    filters: p.filters(),
    paging: readEc2Paging(p, MAX_RESULTS_5_CAPPED_AT_1000),
  }),
  apply: (ctx, { serviceIds, filters, paging }) => {
    const { caller } = ctx;
    const state = ctx.region;
    const candidates =
      serviceIds !== undefined && serviceIds.length > 0
        ? serviceIds.map((id) => requireOwnedService(state, caller.accountId, id))
        : [...rows(state.endpointServices)].filter((s) => s.OwnerId === caller.accountId && s.ServiceState !== 'Deleted');
    const kept = applyFilters(candidates, filters, FIELDS, { tags: (s) => s.Tags });
    const page = paginate(kept, (s) => s.ServiceId, paging, ctx.world.seed, 'DescribeVpcEndpointServiceConfigurations');
    return {
      ServiceConfigurations: page.items.map((s) => renderServiceConfiguration(ctx.world, state, s)),
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
