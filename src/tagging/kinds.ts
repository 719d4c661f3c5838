/**
 * The EC2 resources that `CreateTags`, `DeleteTags` and `DescribeTags` reach, one entry per
 * kind: its id prefix, AWS's `ResourceType`, how the caller's resource is found, AWS's
 * not-found error, and how the caller's resources are listed. Another account's resource
 * (or one no longer visible) is not found, exactly like an unknown id. Adding a kind is one
 * entry in {@link TAGGABLE_KINDS}.
 *
 * AWS also tags endpoint service permissions (`vpce-svc-perm-`); the model's records of
 * those carry no tags yet. Connection notifications (`vpce-nfn-`) have no tags in AWS (no
 * `ResourceType`, no `Tags` field).
 *
 * @module
 */
import type { CloudError } from '../core/errors.js';
import { errors } from '../core/errors.js';
import type { IdKind } from '../core/ids.js';
import { getRow, rows } from '../core/table.js';
import type { Tag } from '../core/tags.js';
import { findOwnEndpoint, isVisibleToConsumer, ownEndpoints } from '../endpoints/lookup.js';
import type { SecurityGroupRecord, SecurityGroupRule } from '../network/model.js';
import { peeringVisibleTo } from '../network/peering.js';
import type { RegionState, World } from '../world/world.js';

/** Where a tagging call looks: the world, the caller's Region state, account and time. */
export interface TagScope {
  readonly world: World;
  readonly region: RegionState;
  readonly accountId: string;
  readonly now: number;
}

/** A resource that carries tags: the stored record (a draft inside a changing action). */
export interface Tagged {
  Tags: Tag[];
}

/** AWS's `ResourceType` of the kinds the model tags (`network-interface` for `eni-`). */
export type TaggableResourceType =
  | 'vpc'
  | 'subnet'
  | 'security-group'
  | 'security-group-rule'
  | 'vpc-endpoint'
  | 'vpc-endpoint-service'
  | 'vpc-peering-connection'
  | 'network-interface';

/** One kind of EC2 resource that can be tagged by id. */
export interface TaggableKind {
  /** The kind of its ids (their prefix, `core/ids.ts`). */
  readonly idKind: IdKind;
  /** AWS's `ResourceType` (`DescribeTags`, `TagSpecifications`, the ARN's resource type). */
  readonly resourceType: TaggableResourceType;
  /** The caller's resource `id`, or `undefined` (unknown, another account's, or gone). */
  find(scope: TagScope, id: string): Tagged | undefined;
  /** AWS's error for an id of this kind that is not found. */
  notFound(id: string): CloudError;
  /** The caller's resources of this kind, as `[id, resource]`. */
  owned(scope: TagScope): Iterable<readonly [string, Tagged]>;
}

/** A record of the caller's, by id, from a table whose rows carry `OwnerId`. */
function ownRow<Row extends Tagged & { OwnerId: string }>(row: Row | undefined, accountId: string): Row | undefined {
  return row !== undefined && row.OwnerId === accountId ? row : undefined;
}

function* ownGroups(scope: TagScope): IterableIterator<SecurityGroupRecord> {
  for (const group of rows(scope.region.securityGroups)) if (group.OwnerId === scope.accountId) yield group;
}

function* ownRules(scope: TagScope): IterableIterator<readonly [string, SecurityGroupRule]> {
  for (const group of ownGroups(scope)) {
    for (const rule of [...group.IpPermissions, ...group.IpPermissionsEgress]) yield [rule.SecurityGroupRuleId, rule];
  }
}

/**
 * Every kind `CreateTags` can tag (`DescribeTags` sorts its entries, so order is free).
 *
 * @example
 * TAGGABLE_KINDS.map((k) => k.resourceType); // ['vpc', 'subnet', 'security-group', ...]
 */
export const TAGGABLE_KINDS: readonly TaggableKind[] = [
  {
    idKind: 'vpc',
    resourceType: 'vpc',
    find: (s, id) => ownRow(getRow(s.region.vpcs, id), s.accountId),
    notFound: errors.vpcNotFound,
    owned: function* (s) {
      for (const vpc of rows(s.region.vpcs)) if (vpc.OwnerId === s.accountId) yield [vpc.VpcId, vpc];
    },
  },
  {
    idKind: 'subnet',
    resourceType: 'subnet',
    find: (s, id) => ownRow(getRow(s.region.subnets, id), s.accountId),
    notFound: errors.subnetNotFound,
    owned: function* (s) {
      for (const subnet of rows(s.region.subnets)) if (subnet.OwnerId === s.accountId) yield [subnet.SubnetId, subnet];
    },
  },
  {
    idKind: 'securityGroup',
    resourceType: 'security-group',
    find: (s, id) => ownRow(getRow(s.region.securityGroups, id), s.accountId),
    notFound: errors.securityGroupNotFound,
    owned: function* (s) {
      for (const group of ownGroups(s)) yield [group.GroupId, group];
    },
  },
  {
    idKind: 'securityGroupRule',
    resourceType: 'security-group-rule',
    find: (s, id) => {
      for (const [ruleId, rule] of ownRules(s)) if (ruleId === id) return rule;
      return undefined;
    },
    notFound: errors.securityGroupRuleNotFound,
    owned: ownRules,
  },
  {
    idKind: 'vpcEndpoint',
    resourceType: 'vpc-endpoint',
    find: (s, id) => findOwnEndpoint(s.world, s.region, s.accountId, id),
    notFound: errors.endpointIdNotFound,
    owned: function* (s) {
      for (const endpoint of ownEndpoints(s.region, s.accountId)) {
        if (isVisibleToConsumer(s.world, endpoint)) yield [endpoint.VpcEndpointId, endpoint];
      }
    },
  },
  {
    idKind: 'vpcEndpointService',
    resourceType: 'vpc-endpoint-service',
    find: (s, id) => {
      const service = ownRow(getRow(s.region.endpointServices, id), s.accountId);
      return service?.ServiceState === 'Deleted' ? undefined : service;
    },
    notFound: errors.serviceIdNotFound,
    owned: function* (s) {
      for (const service of rows(s.region.endpointServices)) {
        if (service.OwnerId === s.accountId && service.ServiceState !== 'Deleted') yield [service.ServiceId, service];
      }
    },
  },
  {
    idKind: 'vpcPeeringConnection',
    resourceType: 'vpc-peering-connection',
    find: (s, id) => {
      const peering = getRow(s.region.vpcPeeringConnections, id);
      return peering !== undefined && peeringVisibleTo(peering, s.accountId, s.now) ? peering : undefined;
    },
    notFound: errors.peeringNotFound,
    owned: function* (s) {
      for (const peering of rows(s.region.vpcPeeringConnections)) {
        if (peeringVisibleTo(peering, s.accountId, s.now)) yield [peering.VpcPeeringConnectionId, peering];
      }
    },
  },
  {
    idKind: 'eni',
    resourceType: 'network-interface',
    find: (s, id) => ownRow(getRow(s.region.networkInterfaces, id), s.accountId),
    notFound: errors.networkInterfaceNotFound,
    owned: function* (s) {
      for (const eni of rows(s.region.networkInterfaces)) if (eni.OwnerId === s.accountId) yield [eni.NetworkInterfaceId, eni];
    },
  },
];
