/**
 * Records of the endpoints room: interface endpoints, their per-AZ network interfaces, and
 * the per-account and per-VPC indexes that keep every endpoint command O(own endpoints).
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

/**
 * States in which an endpoint has let go of its AZs (its interfaces are freed or going): it
 * holds no private DNS name in its VPC any more and needs no NLB wiring.
 */
export const RELEASED_ENDPOINT_STATES: ReadonlySet<VpcEndpointState> = new Set<VpcEndpointState>(['deleting', 'deleted', 'rejected', 'failed', 'expired']);

/** The endpoint's presence in one AZ: its network interface and the NLB it is wired to. */
export interface EndpointZoneRecord {
  AvailabilityZoneId: string;
  SubnetId: string;
  NetworkInterfaceId: string;
  PrivateIpAddress: string;
  /**
   * The one service NLB with a node in this AZ that this endpoint uses here; absent for an
   * endpoint to an AWS service, which has no NLB of a customer behind it.
   */
  LoadBalancerArn?: string;
}

/**
 * An interface VPC endpoint (`CreateVpcEndpoint`, `VpcEndpointType: 'Interface'`), to an
 * endpoint service or to an AWS service of the catalogue (`src/aws-services/`).
 */
export interface VpcEndpointRecord {
  VpcEndpointId: string;
  OwnerId: string;
  /** The principal that requested it (what the allow-list was checked against). */
  RequesterArn: string;
  VpcId: string;
  /** The endpoint service's id, or the fixed id of the AWS service (`awsServiceId`). */
  ServiceId: string;
  ServiceName: string;
  /** The provider's account, or `'amazon'` for an AWS service (`isAwsServiceEndpoint`). */
  ServiceOwnerId: string;
  State: VpcEndpointState;
  /** One entry per AZ, in the order the subnets were added. */
  zones: EndpointZoneRecord[];
  /** Security group ids attached to every endpoint network interface. */
  Groups: string[];
  PrivateDnsEnabled: boolean;
  /** The 8 random characters of the endpoint's DNS names. */
  dnsSuffix: string;
  /**
   * Id of the private hosted zone AWS associates with the consumer's VPC for the service's
   * private DNS name (`Z` + 21 uppercase letters and digits, seeded, one per endpoint).
   */
  privateHostedZoneId: string;
  PolicyDocument: string;
  Tags: Tag[];
  createdAt: number;
  /** When the consumer asked to delete it (drives how long `deleted` stays visible). */
  deleteRequestedAt?: number;
}

/** The endpoints room's slice of a region. */
export interface EndpointsState {
  vpcEndpoints: Table<VpcEndpointRecord>;
  /** Consumer account -> its endpoint ids (row value = the id), for its describes. */
  vpcEndpointsByOwner: Record<string, Table<string>>;
  /** VPC id -> ids of the endpoints in it (private DNS conflicts, name resolution). */
  vpcEndpointsByVpc: Table<Table<string>>;
}
