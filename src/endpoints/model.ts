/**
 * Records of the endpoints room: interface endpoints and their per-AZ network interfaces.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import type { Table } from '../core/table.js';

/** Endpoint `State` / connection `VpcEndpointState`, lowerCamel as on the wire. */
export type VpcEndpointState =
  | 'pendingAcceptance'
  | 'pending'
  | 'available'
  | 'deleting'
  | 'deleted'
  | 'rejected'
  | 'failed'
  | 'expired'
  | 'partial';

/** The endpoint's presence in one AZ: its network interface and the NLB it is wired to. */
export interface EndpointZoneRecord {
  AvailabilityZoneId: string;
  SubnetId: string;
  NetworkInterfaceId: string;
  PrivateIpAddress: string;
  /** The one service NLB with a node in this AZ that this endpoint uses here. */
  LoadBalancerArn: string;
}

/** An interface VPC endpoint (`CreateVpcEndpoint`, `VpcEndpointType: 'Interface'`). */
export interface VpcEndpointRecord {
  VpcEndpointId: string;
  OwnerId: string;
  /** The principal that requested it (what the allow-list was checked against). */
  RequesterArn: string;
  VpcId: string;
  ServiceId: string;
  ServiceName: string;
  ServiceOwnerId: string;
  State: VpcEndpointState;
  zones: EndpointZoneRecord[];
  Groups: string[];
  PrivateDnsEnabled: boolean;
  /** The 8 random characters of the endpoint's DNS names. */
  dnsSuffix: string;
  PolicyDocument: string;
  Tags: Tag[];
  createdAt: number;
}

/** The endpoints room's slice of a region. */
export interface EndpointsState {
  vpcEndpoints: Table<VpcEndpointRecord>;
}
