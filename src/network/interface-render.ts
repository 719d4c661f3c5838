/**
 * Renders a stored network interface as EC2 `DescribeNetworkInterfaces` shows it (SDK v3
 * `NetworkInterface`). The interfaces the model creates are requester-managed: AWS creates
 * them for a service, attaches them itself, and shows who did in `RequesterId` and in the
 * attachment's `InstanceOwnerId`:
 * - an interface endpoint's (`vpc_endpoint`, `VPC Endpoint Interface vpce-...`): requested by
 *   `727180483921`, the AWS account the VPC user guide shows for endpoint interfaces, and
 *   attached by `amazon-aws`;
 * - a Network Load Balancer node's (`network_load_balancer`, `ELB net/<name>/<id>`):
 *   requested and attached by `amazon-elb`.
 *
 * The MAC address and the attachment id are derived from the seed and the interface id, so
 * they are stable without being stored.
 *
 * @module
 */
import { seededHex } from '../core/hash.js';
import type { Tag } from '../core/tags.js';
import { getRow } from '../core/table.js';
import { zoneNameOfId } from '../geo/zones.js';
import type { World } from '../world/world.js';
import type { RegionState } from '../world/world.js';
import type { NetworkInterfaceKind, NetworkInterfaceRecord } from './model.js';
import { renderTags } from './render.js';

/** `RequesterId` of interface endpoint interfaces: the AWS account AWS's VPC guide shows. */
export const VPC_ENDPOINT_REQUESTER_ID = '727180483921';

/** `RequesterId` of load balancer node interfaces. */
export const ELB_REQUESTER_ID = 'amazon-elb';

/** SDK v3 `NetworkInterfaceAttachment`, for an interface a service attached. */
export interface NetworkInterfaceAttachment {
  AttachmentId: string;
  DeleteOnTermination: boolean;
  DeviceIndex: number;
  InstanceOwnerId: string;
  Status: 'attached';
}

/** SDK v3 `NetworkInterfacePrivateIpAddress`. */
export interface NetworkInterfacePrivateIpAddress {
  Primary: boolean;
  PrivateDnsName: string;
  PrivateIpAddress: string;
}

/** SDK v3 `GroupIdentifier`. */
export interface GroupIdentifier {
  GroupId: string;
  GroupName: string;
}

/** SDK v3 `NetworkInterface`, the fields AWS shows for an IPv4 interface in a VPC. */
export interface NetworkInterface {
  Attachment?: NetworkInterfaceAttachment;
  AvailabilityZone: string;
  AvailabilityZoneId: string;
  Description: string;
  Groups: GroupIdentifier[];
  InterfaceType: NetworkInterfaceKind;
  Ipv6Addresses: never[];
  MacAddress: string;
  NetworkInterfaceId: string;
  OwnerId: string;
  PrivateDnsName: string;
  PrivateIpAddress: string;
  PrivateIpAddresses: NetworkInterfacePrivateIpAddress[];
  RequesterId?: string;
  RequesterManaged: boolean;
  SourceDestCheck: boolean;
  Status: 'in-use' | 'available';
  SubnetId: string;
  TagSet: Tag[];
  VpcId: string;
}

/**
 * The private DNS name of an address: `ip-10-0-1-5.ec2.internal` in us-east-1,
 * `ip-10-0-1-5.<region>.compute.internal` elsewhere (EC2's IP-based hostnames).
 *
 * @example
 * privateDnsName('eu-west-1', '10.0.1.5'); // 'ip-10-0-1-5.eu-west-1.compute.internal'
 */
export function privateDnsName(region: string, ip: string): string {
  const host = `ip-${ip.replaceAll('.', '-')}`;
  return region === 'us-east-1' ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`;
}

/**
 * A seeded, stable MAC address for an interface: six bytes, the first made locally
 * administered and unicast (`x2`, `x6`, `xa` or `xe`), as AWS's are.
 *
 * @example
 * macAddressOf(world.seed, 'eni-0123456789abcdef0'); // e.g. '0e:5c:21:9a:f0:33'
 */
export function macAddressOf(seed: string, eniId: string): string {
  const hex = seededHex(seed, `mac\u0000${eniId}`, 12);
  const bytes = hex.match(/../g) ?? [];
  const first = (Number.parseInt(bytes[0] ?? '00', 16) & 0xfc) | 0x02;
  return [first.toString(16).padStart(2, '0'), ...bytes.slice(1)].join(':');
}

/** Who attached a requester-managed interface, by its kind (none for a plain interface). */
const ATTACHED_BY: Readonly<Partial<Record<NetworkInterfaceKind, string>>> = {
  vpc_endpoint: 'amazon-aws',
  network_load_balancer: 'amazon-elb',
};

/** Who requested a requester-managed interface, by its kind. */
const REQUESTED_BY: Readonly<Partial<Record<NetworkInterfaceKind, string>>> = {
  vpc_endpoint: VPC_ENDPOINT_REQUESTER_ID,
  network_load_balancer: ELB_REQUESTER_ID,
};

/**
 * Renders a network interface for its owner (AZ name in the owner's naming).
 *
 * @example
 * renderNetworkInterface(ctx.world, 'us-east-1', ctx.region, eni).Description; // 'VPC Endpoint Interface vpce-...'
 */
export function renderNetworkInterface(world: World, region: string, state: RegionState, eni: NetworkInterfaceRecord): NetworkInterface {
  const dnsName = privateDnsName(region, eni.PrivateIpAddress);
  const attachedBy = ATTACHED_BY[eni.InterfaceType];
  const requestedBy = eni.RequesterManaged ? REQUESTED_BY[eni.InterfaceType] : undefined;
  // Object.assign, not spreads: V8 (Node 20) adds each property written after a spread in an
  // object literal on a slow path, about 1 us each; this render listed 20,000 interfaces in
  // over a second.
  return Object.assign(
    attachedBy === undefined
      ? {}
      : {
          Attachment: {
            AttachmentId: `ela-attach-${seededHex(world.seed, `ela-attach\u0000${eni.NetworkInterfaceId}`, 17)}`,
            DeleteOnTermination: false,
            DeviceIndex: 1,
            InstanceOwnerId: attachedBy,
            Status: 'attached' as const,
          },
        },
    {
      AvailabilityZone: zoneNameOfId(world, eni.OwnerId, region, eni.AvailabilityZoneId) ?? eni.AvailabilityZoneId,
      AvailabilityZoneId: eni.AvailabilityZoneId,
      Description: eni.Description,
      Groups: eni.Groups.map((groupId) => ({ GroupId: groupId, GroupName: getRow(state.securityGroups, groupId)?.GroupName ?? groupId })),
      InterfaceType: eni.InterfaceType,
      Ipv6Addresses: [],
      MacAddress: macAddressOf(world.seed, eni.NetworkInterfaceId),
      NetworkInterfaceId: eni.NetworkInterfaceId,
      OwnerId: eni.OwnerId,
      PrivateDnsName: dnsName,
      PrivateIpAddress: eni.PrivateIpAddress,
      PrivateIpAddresses: [{ Primary: true, PrivateDnsName: dnsName, PrivateIpAddress: eni.PrivateIpAddress }],
    },
    requestedBy === undefined ? {} : { RequesterId: requestedBy },
    {
      RequesterManaged: eni.RequesterManaged,
      SourceDestCheck: true,
      Status: attachedBy === undefined ? ('available' as const) : ('in-use' as const),
      SubnetId: eni.SubnetId,
      TagSet: renderTags(eni.Tags),
      VpcId: eni.VpcId,
    },
  );
}
