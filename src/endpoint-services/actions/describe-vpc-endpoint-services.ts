/**
 * EC2 `DescribeVpcEndpointServices`: the services any caller may see in the region, namely
 * the AWS services of the catalogue (`Owner: 'amazon'`, one entry per endpoint type, so S3
 * is listed twice: `Gateway` and `Interface`), its own endpoint services and those whose
 * permissions cover it. Others answer as if they did not exist (`InvalidServiceName` when
 * named). Each service lists only the AZs common to provider and caller, compared by AZ id
 * and written in the caller's AZ names. Results are sorted by service name, then type.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { applyFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_CAPPED_AT_1000, paginate, readEc2Paging } from '../../queries/paginate.js';
import { awsServiceOffer, awsServiceOffers, findAwsService } from '../../aws-services/lookup.js';
import { renderAwsServiceDetail } from '../../aws-services/render.js';
import { findServiceForConsumer, isPrincipalAllowed, isServiceLive } from '../lookup.js';
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
    let details: ServiceDetail[];
    if (serviceNames !== undefined && serviceNames.length > 0) {
      details = serviceNames.flatMap((name) => {
        const service = findServiceForConsumer(world, region, caller, name);
        if (service) return [renderServiceDetail(world, state, service, viewer)];
        const aws = findAwsService(region, name);
        if (!aws) throw errors.invalidServiceName(name);
        return aws.types.map((type) => renderAwsServiceDetail(world, awsServiceOffer(region, aws, type), viewer));
      });
    } else {
      details = [...rows(state.endpointServices)]
        .filter((s) => isServiceLive(s) && (s.OwnerId === viewer || isPrincipalAllowed(s, caller.principalArn)))
        .map((s) => renderServiceDetail(world, state, s, viewer));
      for (const offer of awsServiceOffers(region)) details.push(renderAwsServiceDetail(world, offer, viewer));
    }
    if (serviceRegions !== undefined && serviceRegions.length > 0 && !serviceRegions.includes(region)) details = [];
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
    const page = paginate(kept, (d) => `${d.ServiceName}\u0000${d.ServiceType[0]?.ServiceType ?? ''}`, paging, world.seed, 'DescribeVpcEndpointServices');
    return {
      ServiceNames: page.items.map((d) => d.ServiceName),
      ServiceDetails: page.items,
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
