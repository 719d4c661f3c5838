/**
 * The SDK v3 `VpcEndpoint` shape of a stored interface endpoint, built fresh for every
 * answer (create, describe). `State` is lowerCamel as real responses carry it.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import { getRow } from '../core/table.js';
import { renderTags } from '../network/render.js';
import { regionOf, type World } from '../world/world.js';
import { endpointDnsEntries, type DnsEntry } from './dns-entries.js';
import type { VpcEndpointRecord, VpcEndpointState } from './model.js';

/** SDK v3 `SecurityGroupIdentifier`. */
export interface SecurityGroupIdentifier {
  GroupId: string;
  GroupName: string;
}

/** SDK v3 `VpcEndpoint` (the fields of an interface endpoint). */
export interface VpcEndpoint {
  VpcEndpointId: string;
  VpcEndpointType: 'Interface';
  VpcId: string;
  ServiceName: string;
  State: VpcEndpointState;
  PolicyDocument: string;
  RouteTableIds: string[];
  SubnetIds: string[];
  Groups: SecurityGroupIdentifier[];
  IpAddressType: 'ipv4';
  DnsOptions: { DnsRecordIpType: 'ipv4' };
  PrivateDnsEnabled: boolean;
  RequesterManaged: boolean;
  NetworkInterfaceIds: string[];
  DnsEntries: DnsEntry[];
  CreationTimestamp: Date;
  Tags: Tag[];
  OwnerId: string;
  /** The Region that hosts the service (always the endpoint's own: no cross-Region access). */
  ServiceRegion: string;
}

/**
 * Renders an endpoint for its consumer. A `deleted` endpoint has no network interfaces left.
 *
 * @example
 * renderVpcEndpoint(cloud.world, 'us-east-1', endpoint).DnsEntries[0]?.DnsName;
 */
export function renderVpcEndpoint(world: World, region: string, endpoint: VpcEndpointRecord): VpcEndpoint {
  const state = regionOf(world, region);
  return {
    VpcEndpointId: endpoint.VpcEndpointId,
    VpcEndpointType: 'Interface',
    VpcId: endpoint.VpcId,
    ServiceName: endpoint.ServiceName,
    State: endpoint.State,
    PolicyDocument: endpoint.PolicyDocument,
    RouteTableIds: [],
    SubnetIds: endpoint.zones.map((z) => z.SubnetId),
    Groups: endpoint.Groups.map((groupId) => ({
      GroupId: groupId,
      GroupName: getRow(state.securityGroups, groupId)?.GroupName ?? groupId,
    })),
    IpAddressType: 'ipv4',
    DnsOptions: { DnsRecordIpType: 'ipv4' },
    PrivateDnsEnabled: endpoint.PrivateDnsEnabled,
    RequesterManaged: false,
    NetworkInterfaceIds: endpoint.State === 'deleted' ? [] : endpoint.zones.map((z) => z.NetworkInterfaceId),
    DnsEntries: endpointDnsEntries(world, region, endpoint),
    CreationTimestamp: new Date(endpoint.createdAt),
    Tags: renderTags(endpoint.Tags),
    OwnerId: endpoint.OwnerId,
    ServiceRegion: region,
  };
}
