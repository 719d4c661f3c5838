/**
 * Main route tables of VPCs (`DescribeRouteTables`). Every VPC has one, created with it by
 * AWS, holding the `local` route for the VPC's CIDR. The model stores nothing for it: its
 * `rtb-` and `rtbassoc-` ids derive from the VPC id (a hash, so they look like AWS's ids and
 * existing worlds, snapshots and pinned ids stay as they were), and its routes from the VPC.
 * Custom route tables, subnet associations and non-local routes are not modelled.
 *
 * @module
 */
import { hexDigest } from '../core/hash.js';
import { ID_HEX_LENGTH } from '../core/ids.js';
import type { Tag } from '../core/tags.js';
import type { VpcRecord } from './model.js';

/** SDK v3 `Route` (the `local` route). */
export interface Route {
  DestinationCidrBlock: string;
  GatewayId: 'local';
  Origin: 'CreateRouteTable';
  State: 'active';
}

/** SDK v3 `RouteTableAssociation` (the main association). */
export interface RouteTableAssociation {
  Main: boolean;
  RouteTableAssociationId: string;
  RouteTableId: string;
  AssociationState: { State: 'associated' };
}

/** SDK v3 `RouteTable`. */
export interface RouteTable {
  Associations: RouteTableAssociation[];
  PropagatingVgws: never[];
  RouteTableId: string;
  Routes: Route[];
  Tags: Tag[];
  VpcId: string;
  OwnerId: string;
}

/**
 * The id of a VPC's main route table: `rtb-` + 17 hex derived from the VPC id.
 *
 * @example
 * mainRouteTableId('vpc-0123456789abcdef0'); // 'rtb-' + 17 hex, always the same
 */
export function mainRouteTableId(vpcId: string): string {
  return `rtb-${hexDigest(`main-route-table\u0000${vpcId}`, ID_HEX_LENGTH)}`;
}

/**
 * Renders the main route table of `vpc`.
 *
 * @example
 * renderMainRouteTable(vpc).Routes; // [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', ... }]
 */
export function renderMainRouteTable(vpc: VpcRecord): RouteTable {
  const routeTableId = mainRouteTableId(vpc.VpcId);
  return {
    Associations: [
      {
        Main: true,
        RouteTableAssociationId: `rtbassoc-${hexDigest(`main-route-table-association\u0000${vpc.VpcId}`, ID_HEX_LENGTH)}`,
        RouteTableId: routeTableId,
        AssociationState: { State: 'associated' },
      },
    ],
    PropagatingVgws: [],
    RouteTableId: routeTableId,
    Routes: [{ DestinationCidrBlock: vpc.CidrBlock, GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }],
    Tags: [],
    VpcId: vpc.VpcId,
    OwnerId: vpc.OwnerId,
  };
}
