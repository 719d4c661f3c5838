/**
 * Snapshot readers for the network room's records (`network/model.ts`): VPCs, subnets and
 * their address books, network interfaces, security groups and rules, peering connections,
 * on-premises networks. Shapes and formats only; references between records are checked by
 * `references.ts`.
 *
 * @module
 */
import type {
  NetworkInterfaceKind,
  NetworkInterfaceRecord,
  OnPremisesLinkKind,
  OnPremisesNetworkRecord,
  PeeringStatus,
  SecurityGroupRecord,
  SecurityGroupRule,
  SubnetRecord,
  VpcPeeringConnectionRecord,
  VpcRecord,
} from '../../network/model.js';
import { accountId, cidr, epochMs, idList, idOf, ipv4, tags, zoneId } from './formats.js';
import { bool, dict, list, num, oneOf, struct, text, type Reader } from './read.js';
import { tableOf } from './read-structures.js';

const count = num({ integer: true, min: 0 });

/** A VPC. */
export const vpcRecord: Reader<VpcRecord> = struct({
  VpcId: idOf('vpc'),
  OwnerId: accountId,
  CidrBlock: cidr,
  enableDnsSupport: bool,
  enableDnsHostnames: bool,
  enableNetworkAddressUsageMetrics: bool,
  defaultSecurityGroupId: idOf('securityGroup'),
  securityGroupsByName: tableOf(idOf('securityGroup')),
  subnetIds: idList('subnet'),
  peeringConnectionIds: idList('vpcPeeringConnection'),
  onPremisesNetworkIds: idList('onPremisesNetwork'),
  dependentCount: count,
  interfaceEndpointCount: count,
  activePeeringCount: count,
  Tags: tags,
  createdAt: epochMs,
});

/** A subnet, with the addresses its interfaces hold. */
export const subnetRecord: Reader<SubnetRecord> = struct({
  SubnetId: idOf('subnet'),
  VpcId: idOf('vpc'),
  OwnerId: accountId,
  CidrBlock: cidr,
  AvailabilityZoneId: zoneId,
  Tags: tags,
  addresses: struct({ count, holders: tableOf(idOf('eni')) }),
  createdAt: epochMs,
});

const INTERFACE_KINDS = ['network_load_balancer', 'vpc_endpoint', 'interface'] as const satisfies readonly NetworkInterfaceKind[];

/** A network interface. */
export const networkInterfaceRecord: Reader<NetworkInterfaceRecord> = struct({
  NetworkInterfaceId: idOf('eni'),
  OwnerId: accountId,
  SubnetId: idOf('subnet'),
  VpcId: idOf('vpc'),
  AvailabilityZoneId: zoneId,
  PrivateIpAddress: ipv4,
  InterfaceType: oneOf(INTERFACE_KINDS),
  Description: text(),
  RequesterManaged: bool,
  Groups: idList('securityGroup'),
  Tags: tags,
});

const port = num({ integer: true, min: -1, max: 65_535 });

/** How a rule's protocol is stored: a name the model normalises to, or a number as text. */
function isStoredProtocol(p: string): boolean {
  if (p === 'tcp' || p === 'udp' || p === 'icmp' || p === '-1') return true;
  return /^\d{1,3}$/.test(p) && String(Number(p)) === p && Number(p) <= 255;
}

/** A security group rule: one protocol and port range, one peer. */
export const securityGroupRule: Reader<SecurityGroupRule> = struct(
  {
    SecurityGroupRuleId: idOf('securityGroupRule'),
    IpProtocol: text(isStoredProtocol, 'tcp, udp, icmp, -1 or a protocol number 0-255'),
    FromPort: port,
    ToPort: port,
    Tags: tags,
  },
  { CidrIp: cidr, GroupId: idOf('securityGroup'), UserId: accountId, Description: text() },
);

/** A security group. */
export const securityGroupRecord: Reader<SecurityGroupRecord> = struct({
  GroupId: idOf('securityGroup'),
  GroupName: text(),
  Description: text(),
  VpcId: idOf('vpc'),
  OwnerId: accountId,
  IpPermissions: list(securityGroupRule),
  IpPermissionsEgress: list(securityGroupRule),
  Tags: tags,
  userCount: count,
  referencedBy: dict(idOf('securityGroup'), num({ integer: true, min: 1 })),
});

const PEERING_STATUSES = [
  'initiating-request',
  'pending-acceptance',
  'provisioning',
  'active',
  'rejected',
  'failed',
  'expired',
  'deleting',
  'deleted',
] as const satisfies readonly PeeringStatus[];

/** A VPC peering connection. */
export const peeringRecord: Reader<VpcPeeringConnectionRecord> = struct(
  {
    VpcPeeringConnectionId: idOf('vpcPeeringConnection'),
    RequesterVpcId: idOf('vpc'),
    RequesterOwnerId: accountId,
    RequesterCidrBlock: cidr,
    AccepterVpcId: idOf('vpc'),
    AccepterOwnerId: accountId,
    Status: oneOf(PEERING_STATUSES),
    accepted: bool,
    Tags: tags,
    createdAt: epochMs,
    expiresAt: epochMs,
    visibleUntil: dict(accountId, epochMs),
  },
  { AccepterCidrBlock: cidr, statusBy: accountId },
);

const LINKS = ['direct-connect', 'site-to-site-vpn'] as const satisfies readonly OnPremisesLinkKind[];

/** A model-level on-premises network. */
export const onPremisesNetworkRecord: Reader<OnPremisesNetworkRecord> = struct({
  NetworkId: idOf('onPremisesNetwork'),
  OwnerId: accountId,
  VpcId: idOf('vpc'),
  CidrBlock: cidr,
  Link: oneOf(LINKS),
});
