/**
 * Records of the network room as the World stores them: plain data, AWS field names where
 * AWS has them. Timestamps are epoch milliseconds of the simulated clock.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import type { Table } from '../core/table.js';
import type { AddressBook } from './address-book.js';

/** A VPC (`CreateVpc`). DNS attributes default as AWS: support on, hostnames off. */
export interface VpcRecord {
  VpcId: string;
  OwnerId: string;
  CidrBlock: string;
  enableDnsSupport: boolean;
  enableDnsHostnames: boolean;
  /** `ModifyVpcAttribute` `EnableNetworkAddressUsageMetrics` (off by default). */
  enableNetworkAddressUsageMetrics: boolean;
  /** The VPC's `default` security group, created with it. */
  defaultSecurityGroupId: string;
  /** Its security groups, name -> id (names are unique per VPC), the default one included. */
  securityGroupsByName: Table<string>;
  /** Its subnets, in creation order (AWS caps a VPC at 200, so a list is cheap). */
  subnetIds: string[];
  /** Peering connections it requested or was asked to accept, until they are purged. */
  peeringConnectionIds: string[];
  /** Model-level: on-premises networks attached to it. */
  onPremisesNetworkIds: string[];
  /**
   * How many resources of other rooms keep the VPC from being deleted (e.g. VPC endpoints),
   * counted by `addVpcDependent` / `removeVpcDependent`; `DeleteVpc` is
   * `DependencyViolation` while any is.
   */
  dependentCount: number;
  /**
   * Interface endpoints in the VPC not yet `deleted` (the `interfaceEndpointsPerVpc`
   * quota): counted in when an endpoint is created, out when it reaches `deleted`.
   */
  interfaceEndpointCount: number;
  /**
   * Peering connections of the VPC (either side) that are `provisioning` or `active` (the
   * `activePeeringConnectionsPerVpc` quota), kept by `setPeeringStatus`.
   */
  activePeeringCount: number;
  Tags: Tag[];
  createdAt: number;
}

/** A subnet (`CreateSubnet`) and its private address book. */
export interface SubnetRecord {
  SubnetId: string;
  VpcId: string;
  OwnerId: string;
  CidrBlock: string;
  /** Location by id; the name is derived per viewing account. */
  AvailabilityZoneId: string;
  Tags: Tag[];
  /** Allocated private IPv4 addresses and the network interface holding each. */
  addresses: AddressBook;
  createdAt: number;
}

/** Who a network interface serves. */
export type NetworkInterfaceKind = 'network_load_balancer' | 'vpc_endpoint' | 'interface';

/** An elastic network interface with one private IPv4 address. */
export interface NetworkInterfaceRecord {
  NetworkInterfaceId: string;
  OwnerId: string;
  SubnetId: string;
  VpcId: string;
  AvailabilityZoneId: string;
  PrivateIpAddress: string;
  InterfaceType: NetworkInterfaceKind;
  Description: string;
  RequesterManaged: boolean;
  /** Security groups attached to the interface. */
  Groups: string[];
  /** Its tags (`TagSet` in `DescribeNetworkInterfaces`); empty when AWS creates it. */
  Tags: Tag[];
}

/**
 * One ingress or egress rule of a security group (`SecurityGroupRule`): one protocol and
 * port range, and exactly one peer, a CIDR or a referenced group. `IpProtocol` is stored
 * normalised: `tcp`, `udp`, `icmp`, `-1` (all), or another protocol number as text; ports
 * are `-1` where the protocol has none.
 */
export interface SecurityGroupRule {
  SecurityGroupRuleId: string;
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  /** Source (ingress) or destination (egress) CIDR, or... */
  CidrIp?: string;
  /** ...a referenced security group... */
  GroupId?: string;
  /** ...and the account owning it. */
  UserId?: string;
  Description?: string;
  Tags: Tag[];
}

/** A VPC security group. */
export interface SecurityGroupRecord {
  GroupId: string;
  GroupName: string;
  Description: string;
  VpcId: string;
  OwnerId: string;
  IpPermissions: SecurityGroupRule[];
  IpPermissionsEgress: SecurityGroupRule[];
  Tags: Tag[];
  /**
   * How many network interfaces and VPC endpoints use the group; while any does, it cannot
   * be deleted. An endpoint counts on its own, until it is deleted, so that one without
   * subnets (no interface) still holds its groups. A count, not a list: a default group can
   * front tens of thousands of endpoint interfaces, and a list would make every attachment
   * copy them all.
   */
  userCount: number;
  /** Other groups whose rules reference this one -> how many of their rules do. */
  referencedBy: Record<string, number>;
}

/** `VpcPeeringConnectionStateReasonCode`: every status AWS reports. */
export type PeeringStatus =
  | 'initiating-request'
  | 'pending-acceptance'
  | 'provisioning'
  | 'active'
  | 'rejected'
  | 'failed'
  | 'expired'
  | 'deleting'
  | 'deleted';

/** A VPC peering connection between two VPCs of one region. */
export interface VpcPeeringConnectionRecord {
  VpcPeeringConnectionId: string;
  RequesterVpcId: string;
  RequesterOwnerId: string;
  RequesterCidrBlock: string;
  AccepterVpcId: string;
  AccepterOwnerId: string;
  /** The accepter VPC's block, once the request reached it. */
  AccepterCidrBlock?: string;
  Status: PeeringStatus;
  /** The account that rejected or deleted it (for the status message). */
  statusBy?: string;
  /** Whether it was ever accepted: AWS shows the accepter's CIDR only from then on. */
  accepted: boolean;
  Tags: Tag[];
  createdAt: number;
  /** `ExpirationTime` of the request: 7 days after creation. */
  expiresAt: number;
  /** After it ended: account id -> until when (epoch ms) that account still sees it. */
  visibleUntil: Record<string, number>;
}

/** How an on-premises network reaches a VPC. */
export type OnPremisesLinkKind = 'direct-connect' | 'site-to-site-vpn';

/**
 * Model-level: an on-premises network attached to a VPC through Direct Connect or a
 * Site-to-Site VPN (AWS models this with gateways; the data plane only needs reachability).
 */
export interface OnPremisesNetworkRecord {
  NetworkId: string;
  OwnerId: string;
  VpcId: string;
  CidrBlock: string;
  Link: OnPremisesLinkKind;
}

/** The network room's slice of a region. */
export interface NetworkState {
  vpcs: Table<VpcRecord>;
  subnets: Table<SubnetRecord>;
  networkInterfaces: Table<NetworkInterfaceRecord>;
  securityGroups: Table<SecurityGroupRecord>;
  vpcPeeringConnections: Table<VpcPeeringConnectionRecord>;
  onPremisesNetworks: Table<OnPremisesNetworkRecord>;
}
