/**
 * EC2 `DescribeVpcEndpointServices`: the services any caller may see in the region, namely
 * its own and those whose permissions cover it. Others answer as if they did not exist
 * (`InvalidServiceName` when named). Each service lists only the AZs common to provider and
 * caller, compared by AZ id and written in the caller's AZ names.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { applyFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_CAPPED_AT_1000, paginate, readEc2Paging } from '../../queries/paginate.js';
import { findServiceForConsumer, isPrincipalAllowed, isServiceLive } from '../lookup.js';
import type { EndpointServiceRecord } from '../model.js';
import { renderServiceDetail, type ServiceDetail } from '../render.js';

/** SDK v3 `DescribeVpcEndpointServicesRequest`. */
export interface DescribeVpcEndpointServicesRequest {
  DryRun?: boolean;
  ServiceNames?: string[];
  Filters?: Filter[];
  MaxResults?: number;
  NextToken?: string;
  ServiceRegions?: string[];
}

/** SDK v3 `DescribeVpcEndpointServicesResult`. */
export interface DescribeVpcEndpointServicesResult {
  ServiceNames: string[];
  ServiceDetails: ServiceDetail[];
  NextToken?: string;
}

/**
 * `DescribeVpcEndpointServices`.
 *
 * @example
 * const { ServiceDetails } = consumerEc2.describeVpcEndpointServices({ ServiceNames: [serviceName] });
 * ServiceDetails[0]?.AvailabilityZones; // common AZs, in the consumer's names
 */
export const describeVpcEndpointServices = defineAction<DescribeVpcEndpointServicesRequest, DescribeVpcEndpointServicesResult>()({
  name: 'DescribeVpcEndpointServices',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    serviceNames: p.optionalStringList('ServiceNames'),
    serviceRegions: p.optionalStringList('ServiceRegions'),
    filters: p.filters(),
    paging: readEc2Paging(p, MAX_RESULTS_5_CAPPED_AT_1000),
  }),
  apply: (ctx, { serviceNames, serviceRegions, filters, paging }) => {
    const { caller, world } = ctx;
    const state = ctx.region;
    const region = caller.region;
    const viewer = caller.accountId;
    let candidates: EndpointServiceRecord[];
    if (serviceNames !== undefined && serviceNames.length > 0) {
      candidates = serviceNames.map((name) => {
        const service = findServiceForConsumer(world, region, caller, name);
        if (!service) throw errors.invalidServiceName(name);
        return service;
      });
    } else {
      candidates = [...rows(state.endpointServices)].filter(
        (s) => isServiceLive(s) && (s.OwnerId === viewer || isPrincipalAllowed(s, caller.principalArn)),
      );
    }
    if (serviceRegions !== undefined && serviceRegions.length > 0 && !serviceRegions.includes(region)) candidates = [];
    const details = candidates.map((s) => renderServiceDetail(world, state, s, viewer));
    const kept = applyFilters(
      details,
      filters,
      {
        'service-name': (d) => d.ServiceName,
        'service-type': (d) => d.ServiceType.map((t) => t.ServiceType),
        owner: (d) => d.Owner,
        'service-region': (d) => d.ServiceRegion,
        'supported-ip-address-types': (d) => d.SupportedIpAddressTypes,
      },
      { tags: (d) => d.Tags },
    );
    const page = paginate(kept, (d) => d.ServiceName, paging, world.seed, 'DescribeVpcEndpointServices');
    return {
      ServiceNames: page.items.map((d) => d.ServiceName),
      ServiceDetails: page.items,
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
