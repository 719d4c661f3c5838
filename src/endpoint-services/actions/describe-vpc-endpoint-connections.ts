/**
 * EC2 `DescribeVpcEndpointConnections`: the provider's view of the endpoints connected, or
 * asking to connect, to its services in the region, including rejected and deleted ones
 * while they are recorded. Filters and pages; another account's connections never show.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { rows, tableKeys } from '../../core/table.js';
import { compileEarlyFilters, compileFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_CAPPED_AT_1000, paginateViews, readEc2Paging } from '../../queries/paginate.js';
import type { EndpointServiceRecord } from '../model.js';
import { connectedEndpoint, renderConnection, type VpcEndpointConnection } from '../connections.js';

/** SDK v3 `DescribeVpcEndpointConnectionsRequest`. */
export interface DescribeVpcEndpointConnectionsRequest {
  DryRun?: boolean;
  Filters?: Filter[];
  MaxResults?: number;
  NextToken?: string;
}

/** SDK v3 `DescribeVpcEndpointConnectionsResult`. */
export interface DescribeVpcEndpointConnectionsResult {
  VpcEndpointConnections: VpcEndpointConnection[];
  NextToken?: string;
}

/** Filters read from a connection before it is rendered (the same values as the rendered fields). */
const EARLY_FIELDS = {
  'service-id': ([service]: [EndpointServiceRecord, string]) => service.ServiceId,
  'vpc-endpoint-id': ([, endpointId]: [EndpointServiceRecord, string]) => endpointId,
} as const;

const FIELDS = {
  'service-id': (c: VpcEndpointConnection) => c.ServiceId,
  'vpc-endpoint-owner': (c: VpcEndpointConnection) => c.VpcEndpointOwner,
  'vpc-endpoint-state': (c: VpcEndpointConnection) => c.VpcEndpointState,
  'vpc-endpoint-id': (c: VpcEndpointConnection) => c.VpcEndpointId,
  'ip-address-type': (c: VpcEndpointConnection) => c.IpAddressType,
  'vpc-endpoint-region': (c: VpcEndpointConnection) => c.VpcEndpointRegion,
} as const;

/**
 * `DescribeVpcEndpointConnections`.
 *
 * @example
 * providerEc2.describeVpcEndpointConnections({ Filters: [{ Name: 'vpc-endpoint-state', Values: ['pendingAcceptance'] }] });
 */
export const describeVpcEndpointConnections = defineAction<DescribeVpcEndpointConnectionsRequest, DescribeVpcEndpointConnectionsResult>()({
  name: 'DescribeVpcEndpointConnections',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({ filters: p.filters(), paging: readEc2Paging(p, MAX_RESULTS_5_CAPPED_AT_1000) }),
  apply: (ctx, { filters, paging }) => {
    const { caller, world } = ctx;
    const state = ctx.region;
    const keep = compileFilters(filters, FIELDS);
    const early = compileEarlyFilters(filters, EARLY_FIELDS);
    const connections: [EndpointServiceRecord, string][] = [];
    for (const service of rows(state.endpointServices)) {
      if (service.OwnerId !== caller.accountId || service.ServiceState === 'Deleted') continue;
      for (const endpointId of tableKeys(service.connections)) {
        const pair: [EndpointServiceRecord, string] = [service, endpointId];
        if (early(pair)) connections.push(pair);
      }
    }
    // Filters read the rendered connection: look up and render in page order, only until the
    // page is full (a connection whose endpoint is gone is not listed).
    const view = ([service, endpointId]: [EndpointServiceRecord, string]) => {
      const endpoint = connectedEndpoint(state, service, endpointId);
      if (endpoint === undefined) return undefined;
      const connection = renderConnection(world, caller.region, service, endpoint);
      return keep(connection) ? { view: connection } : undefined;
    };
    const page = paginateViews(connections, ([, endpointId]) => endpointId, view, paging, world.seed, 'DescribeVpcEndpointConnections');
    return {
      VpcEndpointConnections: page.items,
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
