/**
 * Records of the network room as the World stores them: plain data, AWS field names where
 * AWS has them. Timestamps are epoch milliseconds of the simulated clock.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import type { Table } from '../core/table.js';

/** A VPC (`CreateVpc`). DNS attributes default as AWS: support on, hostnames off. */
export interface VpcRecord {
  VpcId: string;
  OwnerId: string;
  CidrBlock: string;
  enableDnsSupport: boolean;
  enableDnsHostnames: boolean;
  /** The VPC's `default` security group, created with it. */
  defaultSecurityGroupId: string;
  /** Its subnets, in creation order (AWS caps a VPC at 200, so a list is cheap). */
  subnetIds: string[];
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
  /** Allocated private IPv4 addresses -> the network interface holding each. */
  allocatedIps: Record<string, string>;
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
}

/** One ingress or egress rule of a security group. */
export interface SecurityGroupRule {
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  /** Source (ingress) or destination (egress) CIDR, or... */
  CidrIp?: string;
  /** ...a referenced security group. */
  GroupId?: string;
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
}

/** `VpcPeeringConnectionStateReasonCode` values the model uses. */
export type PeeringStatus = 'pending-acceptance' | 'active' | 'rejected' | 'deleted';

/** A VPC peering connection between two VPCs of one region. */
export interface VpcPeeringConnectionRecord {
  VpcPeeringConnectionId: string;
  RequesterVpcId: string;
  RequesterOwnerId: string;
  AccepterVpcId: string;
  AccepterOwnerId: string;
  Status: PeeringStatus;
  Tags: Tag[];
  createdAt: number;
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
