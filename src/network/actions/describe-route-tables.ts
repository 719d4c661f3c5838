/**
 * EC2 `DescribeRouteTables`: the main route table of each of the caller's VPCs (read-only:
 * the model has no `CreateRouteTable`), by id and filters, paged. Another account's route
 * table answers as an unknown one: `InvalidRouteTableID.NotFound`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { compileFilters } from '../../queries/filters.js';
import { paginate, readEc2Paging, type MaxResultsRange } from '../../queries/paginate.js';
import { renderMainRouteTable, type RouteTable } from '../route-tables.js';

/** SDK v3 `DescribeRouteTablesRequest`. */
export interface DescribeRouteTablesRequest {
  DryRun?: boolean | undefined;
  RouteTableIds?: string[] | undefined;
  Filters?: Filter[] | undefined;
  MaxResults?: number | undefined;
  NextToken?: string | undefined;
}

/** SDK v3 `DescribeRouteTablesResult`. */
export interface DescribeRouteTablesResult {
  RouteTables: RouteTable[];
  NextToken?: string;
}

/** `MaxResults` of `DescribeRouteTables`: 5 to 100 (API reference, Valid Range). */
const MAX_RESULTS_5_TO_100: MaxResultsRange = { min: 5, max: 100, capAbove: false };

const FILTERS = {
  'vpc-id': (t: RouteTable) => t.VpcId,
  'route-table-id': (t: RouteTable) => t.RouteTableId,
  'owner-id': (t: RouteTable) => t.OwnerId,
  'association.main': (t: RouteTable) => t.Associations.map((a) => String(a.Main)),
  'association.route-table-association-id': (t: RouteTable) => t.Associations.map((a) => a.RouteTableAssociationId),
  'association.route-table-id': (t: RouteTable) => t.Associations.map((a) => a.RouteTableId),
  'association.association-state': (t: RouteTable) => t.Associations.map((a) => a.AssociationState.State),
  // Subnet and gateway associations are not modelled: these match nothing.
  'association.subnet-id': () => undefined,
  'association.gateway-id': () => undefined,
  'route.destination-cidr-block': (t: RouteTable) => t.Routes.map((r) => r.DestinationCidrBlock),
  'route.gateway-id': (t: RouteTable) => t.Routes.map((r) => r.GatewayId),
  'route.origin': (t: RouteTable) => t.Routes.map((r) => r.Origin),
  'route.state': (t: RouteTable) => t.Routes.map((r) => r.State),
  'route.destination-prefix-list-id': () => undefined,
  'route.vpc-peering-connection-id': () => undefined,
};

/**
 * `DescribeRouteTables`.
 *
 * @example
 * ec2.describeRouteTables({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'association.main', Values: ['true'] }] })
 *   .RouteTables[0]?.RouteTableId; // 'rtb-...'
 */
export const describeRouteTables = defineAction<DescribeRouteTablesRequest, DescribeRouteTablesResult>()({
  name: 'DescribeRouteTables',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    ids: p.optionalStringList('RouteTableIds') ?? [],
    filters: p.filters(),
    paging: readEc2Paging(p, MAX_RESULTS_5_TO_100),
  }),
  apply: (ctx, { ids, filters, paging }) => {
    const { accountId } = ctx.caller;
    const keep = compileFilters(filters, FILTERS, { tags: (t) => t.Tags });
    const own = [...rows(ctx.region.vpcs)].filter((v) => v.OwnerId === accountId).map(renderMainRouteTable);
    const chosen =
      ids.length === 0
        ? own
        : ids.map((id) => {
            const found = own.find((t) => t.RouteTableId === id);
            if (found === undefined) throw errors.routeTableNotFound(id);
            return found;
          });
    const page = paginate(chosen.filter(keep), (t) => t.RouteTableId, paging, ctx.world.seed, `DescribeRouteTables/${accountId}`);
    return { RouteTables: page.items, ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}) };
  },
});
