/**
 * What invariant 10 reads, kind by kind: the describe each account lists a kind of resource
 * with (and whose entries must all be its own), the tables and indexes it lists from (so a
 * step that added or removed such a row re-lists it), and for the kinds that can be asked
 * for by id, the lookup that must answer as for a missing resource. One row per kind: a new
 * resource kind is one more row.
 *
 * @module
 */
import { getRow, rows, type Table } from '../../core/table.js';
import type { RegionState } from '../../world/world.js';
import type { RegionTableKey } from '../_internals/world-delta.js';
import type { ViewerApis } from '../_internals/world-scan.js';

/** A listed resource that is not the viewer's: `[kind, id, owner]`. */
export type ForeignEntry = [kind: string, id: string, owner: string];

/** A kind of resource as a viewer lists it. */
export interface Listing {
  kind: string;
  /**
   * The tables whose rows the describe lists: a step that added or removed one re-lists.
   * Which account sees a row follows from fields fixed at creation (owner, service, peering
   * sides), so a row only replaced cannot move into another account's listing.
   */
  rows: readonly RegionTableKey[];
  /** The indexes the describe lists through (and nested lists): any change re-lists. */
  indexes: readonly (keyof RegionState)[];
  /** The entries of `viewer`'s listing that are not its own. */
  foreign(apis: ViewerApis, state: RegionState, viewer: string): ForeignEntry[];
}

/** A resource and its owner. */
export interface Owned {
  id: string;
  owner: string;
}

/** A kind of resource as a viewer asks for one by id. */
export interface Probe {
  kind: string;
  table: RegionTableKey;
  /** Every resource of the kind, in table order. */
  all(state: RegionState): Iterable<Owned>;
  /** The resource stored under table key `key`, or `undefined` when there is none (any more). */
  owned(state: RegionState, key: string): Owned | undefined;
  /** Asks for `id`; a non-empty answer means the viewer could read it. */
  lookup(apis: ViewerApis, id: string): readonly unknown[];
}

const accountOfElbArn = (arn: string | undefined) => arn?.split(':')[4];

/** A listing whose entries carry (or let the world tell) their owner. */
function owned<T>(
  kind: string,
  [rows, indexes]: [rows: readonly RegionTableKey[], indexes: readonly (keyof RegionState)[]],
  list: (apis: ViewerApis) => readonly T[],
  entry: (item: T, state: RegionState) => [string | undefined, string | undefined] | undefined,
): Listing {
  return {
    kind,
    rows,
    indexes,
    foreign: (apis, state, viewer) => {
      const out: ForeignEntry[] = [];
      for (const item of list(apis)) {
        const found = entry(item, state);
        if (found !== undefined && found[1] !== viewer) out.push([kind, found[0] ?? '?', found[1] ?? '?']);
      }
      return out;
    },
  };
}

/**
 * Every listing invariant 10 checks, in report order.
 *
 * @example
 * for (const l of LISTINGS) console.log(l.kind, l.tables.join(','));
 */
export const LISTINGS: readonly Listing[] = [
  owned('VPC', [['vpcs'], []], (a) => a.ec2.describeVpcs().Vpcs, (v) => [v.VpcId, v.OwnerId]),
  owned('subnet', [['subnets'], []], (a) => a.ec2.describeSubnets().Subnets, (s) => [s.SubnetId, s.OwnerId]),
  owned('security group', [['securityGroups'], []], (a) => a.ec2.describeSecurityGroups().SecurityGroups, (g) => [g.GroupId, g.OwnerId]),
  owned('network interface', [['networkInterfaces'], []], (a) => a.ec2.describeNetworkInterfaces().NetworkInterfaces, (n) => [n.NetworkInterfaceId, n.OwnerId]),
  owned('endpoint', [['vpcEndpoints'], ['vpcEndpointsByOwner']], (a) => a.ec2.describeVpcEndpoints().VpcEndpoints, (e) => [e.VpcEndpointId, e.OwnerId]),
  owned('service configuration', [['endpointServices'], []], (a) => a.ec2.describeVpcEndpointServiceConfigurations().ServiceConfigurations, (c, s) => [c.ServiceId, getRow(s.endpointServices, c.ServiceId)?.OwnerId]),
  owned('endpoint connection', [['vpcEndpoints'], ['endpointServices']], (a) => a.ec2.describeVpcEndpointConnections().VpcEndpointConnections, (c, s) => {
    const owner = getRow(s.endpointServices, c.ServiceId)?.OwnerId;
    return owner === undefined ? undefined : [c.VpcEndpointId, owner];
  }),
  owned('connection notification', [['connectionNotifications'], ['connectionNotificationsByTarget']], (a) => a.ec2.describeVpcEndpointConnectionNotifications().ConnectionNotificationSet, (n, s) => [
    n.ConnectionNotificationId,
    getRow(s.connectionNotifications, n.ConnectionNotificationId)?.OwnerId,
  ]),
  owned('load balancer', [['loadBalancers'], ['loadBalancerNames']], (a) => a.elb.describeLoadBalancers().LoadBalancers, (lb) => [lb.LoadBalancerArn, accountOfElbArn(lb.LoadBalancerArn)]),
  owned('target group', [['targetGroups'], ['targetGroupNames']], (a) => a.elb.describeTargetGroups().TargetGroups, (tg) => [tg.TargetGroupArn, accountOfElbArn(tg.TargetGroupArn)]),
  {
    kind: 'peering connection',
    rows: ['vpcPeeringConnections'],
    indexes: [],
    foreign: (apis, _state, viewer) => {
      const out: ForeignEntry[] = [];
      for (const p of apis.ec2.describeVpcPeeringConnections().VpcPeeringConnections) {
        const sides = [p.RequesterVpcInfo.OwnerId, p.AccepterVpcInfo.OwnerId];
        if (!sides.includes(viewer)) out.push(['peering connection', p.VpcPeeringConnectionId, sides.join('/')]);
      }
      return out;
    },
  },
];

function probe<Row extends { OwnerId: string }>(
  kind: string,
  table: RegionTableKey,
  rowsOf: (state: RegionState) => Table<Row>,
  idOf: (row: Row) => string,
  lookup: Probe['lookup'],
): Probe {
  return {
    kind,
    table,
    all: function* (state) {
      for (const row of rows(rowsOf(state))) yield { id: idOf(row), owner: row.OwnerId };
    },
    owned: (state, key) => {
      const row = getRow(rowsOf(state), key);
      return row === undefined ? undefined : { id: idOf(row), owner: row.OwnerId };
    },
    lookup,
  };
}

/**
 * Every kind invariant 10 asks for by id, in report order.
 *
 * @example
 * PROBES.map((p) => p.kind); // ['VPC', 'subnet', 'network interface', 'endpoint', 'service configuration', 'load balancer']
 */
export const PROBES: readonly Probe[] = [
  probe('VPC', 'vpcs', (s) => s.vpcs, (r) => r.VpcId, (a, id) => a.ec2.describeVpcs({ VpcIds: [id] }).Vpcs),
  probe('subnet', 'subnets', (s) => s.subnets, (r) => r.SubnetId, (a, id) => a.ec2.describeSubnets({ SubnetIds: [id] }).Subnets),
  probe('network interface', 'networkInterfaces', (s) => s.networkInterfaces, (r) => r.NetworkInterfaceId, (a, id) => a.ec2.describeNetworkInterfaces({ NetworkInterfaceIds: [id] }).NetworkInterfaces),
  probe('endpoint', 'vpcEndpoints', (s) => s.vpcEndpoints, (r) => r.VpcEndpointId, (a, id) => a.ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints),
  probe('service configuration', 'endpointServices', (s) => s.endpointServices, (r) => r.ServiceId, (a, id) => a.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [id] }).ServiceConfigurations),
  probe('load balancer', 'loadBalancers', (s) => s.loadBalancers, (r) => r.LoadBalancerArn, (a, arn) => a.elb.describeLoadBalancers({ LoadBalancerArns: [arn] }).LoadBalancers),
];
