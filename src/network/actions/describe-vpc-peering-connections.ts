/**
 * EC2 `DescribeVpcPeeringConnections`: connections the caller is a side of (requester or
 * accepter), including ended ones while AWS still shows them, by id and filters, paged.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { compileFilters } from '../../queries/filters.js';
import { paginate, readEc2Paging } from '../../queries/paginate.js';
import { readIdList } from '../id-params.js';
import type { VpcPeeringConnectionRecord } from '../model.js';
import { peeringVisibleTo, requireVisiblePeering } from '../peering.js';
import { renderPeering, type VpcPeeringConnection } from '../peering-render.js';

/** SDK v3 `DescribeVpcPeeringConnectionsRequest`. */
export interface DescribeVpcPeeringConnectionsRequest {
  VpcPeeringConnectionIds?: string[] | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
  DryRun?: boolean | undefined;
}

/** SDK v3 `DescribeVpcPeeringConnectionsResult`. */
export interface DescribeVpcPeeringConnectionsResult {
  VpcPeeringConnections: VpcPeeringConnection[];
  NextToken?: string;
}

type Pcx = VpcPeeringConnection;

/** The filters `DescribeVpcPeeringConnections` supports. */
const FILTERS = {
  'accepter-vpc-info.cidr-block': (c: Pcx) => c.AccepterVpcInfo.CidrBlock,
  'accepter-vpc-info.owner-id': (c: Pcx) => c.AccepterVpcInfo.OwnerId,
  'accepter-vpc-info.vpc-id': (c: Pcx) => c.AccepterVpcInfo.VpcId,
  'expiration-time': (c: Pcx) => c.ExpirationTime?.toISOString(),
  'requester-vpc-info.cidr-block': (c: Pcx) => c.RequesterVpcInfo.CidrBlock,
  'requester-vpc-info.owner-id': (c: Pcx) => c.RequesterVpcInfo.OwnerId,
  'requester-vpc-info.vpc-id': (c: Pcx) => c.RequesterVpcInfo.VpcId,
  'status-code': (c: Pcx) => c.Status.Code,
  'status-message': (c: Pcx) => c.Status.Message,
  'vpc-peering-connection-id': (c: Pcx) => c.VpcPeeringConnectionId,
};

/**
 * `DescribeVpcPeeringConnections`.
 *
 * @example
 * ec2.describeVpcPeeringConnections({ Filters: [{ Name: 'status-code', Values: ['pending-acceptance'] }] });
 */
export const describeVpcPeeringConnections = defineAction<DescribeVpcPeeringConnectionsRequest, DescribeVpcPeeringConnectionsResult>()({
  name: 'DescribeVpcPeeringConnections',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    ids: readIdList(p, 'VpcPeeringConnectionIds', 'vpcPeeringConnection'),
    filters: p.filters(),
    paging: readEc2Paging(p),
  }),
  apply: (ctx, { ids, filters, paging }) => {
    const { accountId, region } = ctx.caller;
    const keep = compileFilters(filters, FILTERS, { tags: (c) => c.Tags });
    const records: VpcPeeringConnectionRecord[] =
      ids.length > 0
        ? ids.map((id) => requireVisiblePeering(ctx.region, accountId, id, ctx.now))
        : [...rows(ctx.region.vpcPeeringConnections)].filter((c) => peeringVisibleTo(c, accountId, ctx.now));
    const matching = records.map((c) => renderPeering(region, c)).filter(keep);
    const page = paginate(matching, (c) => c.VpcPeeringConnectionId, paging, ctx.world.seed, `DescribeVpcPeeringConnections/${accountId}`);
    return { VpcPeeringConnections: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
