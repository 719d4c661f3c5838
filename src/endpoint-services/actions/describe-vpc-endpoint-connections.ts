/**
 * EC2 `DescribeVpcEndpointConnections`: the provider's view of the endpoints connected, or
 * asking to connect, to its services in the region, including rejected and deleted ones
 * while they are recorded. Filters and pages; another account's connections never show.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { applyFilters } from '../../queries/filters.js';
import { MAX_RESULTS_5_CAPPED_AT_1000, paginate, readEc2Paging } from '../../queries/paginate.js';
import { renderConnection, serviceEndpoints, type VpcEndpointConnection } from '../connections.js';

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
    const connections: VpcEndpointConnection[] = [];
    for (const service of rows(state.endpointServices)) {
      if (service.OwnerId !== caller.accountId || service.ServiceState === 'Deleted') continue;
      for (const endpoint of serviceEndpoints(state, service)) connections.push(renderConnection(world, caller.region, service, endpoint));
    }
    const kept = applyFilters(connections, filters, FIELDS);
    const page = paginate(kept, (c) => c.VpcEndpointId, paging, world.seed, 'DescribeVpcEndpointConnections');
    return {
      VpcEndpointConnections: page.items,
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
