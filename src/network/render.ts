/**
 * Renderers from stored network records to SDK v3 output shapes. Describe and create
 * actions share them, so a field is computed one way everywhere.
 *
 * @module
 */
import type { Tag } from '../core/tags.js';
import { zoneNameOfId } from '../geo/zones.js';
import type { World } from '../world/world.js';
import { availableAddressCount } from './interfaces.js';
import type { SubnetRecord, VpcRecord } from './model.js';

/**
 * Fresh copies of tags for an output.
 *
 * @example
 * renderTags(vpc.Tags); // [{ Key: 'env', Value: 'prod' }], fresh objects
 */
export function renderTags(tags: readonly Tag[]): Tag[] {
  return tags.map((t) => ({ Key: t.Key, Value: t.Value }));
}

/** SDK v3 `Vpc`. */
export interface Vpc {
  VpcId: string;
  OwnerId: string;
  CidrBlock: string;
  State: 'pending' | 'available';
  DhcpOptionsId: string;
  InstanceTenancy: 'default';
  IsDefault: boolean;
  CidrBlockAssociationSet: { AssociationId: string; CidrBlock: string; CidrBlockState: { State: 'associated' } }[];
  Tags: Tag[];
}

/**
 * Renders a VPC; `state` is `pending` in `CreateVpc`'s answer, as on AWS.
 *
 * @example
 * return { Vpc: renderVpc(vpc, 'pending') };
 */
export function renderVpc(vpc: VpcRecord, state: Vpc['State'] = 'available'): Vpc {
  return {
    VpcId: vpc.VpcId,
    OwnerId: vpc.OwnerId,
    CidrBlock: vpc.CidrBlock,
    State: state,
    DhcpOptionsId: 'default',
    InstanceTenancy: 'default',
    IsDefault: false,
    CidrBlockAssociationSet: [
      {
        AssociationId: `vpc-cidr-assoc-${vpc.VpcId.slice(4)}`,
        CidrBlock: vpc.CidrBlock,
        CidrBlockState: { State: 'associated' },
      },
    ],
    Tags: renderTags(vpc.Tags),
  };
}

/** SDK v3 `Subnet`. */
export interface Subnet {
  SubnetId: string;
  SubnetArn: string;
  VpcId: string;
  OwnerId: string;
  CidrBlock: string;
  AvailabilityZone: string;
  AvailabilityZoneId: string;
  AvailableIpAddressCount: number;
  State: 'pending' | 'available';
  DefaultForAz: boolean;
  MapPublicIpOnLaunch: boolean;
  AssignIpv6AddressOnCreation: boolean;
  Ipv6CidrBlockAssociationSet: never[];
  Tags: Tag[];
}

/**
 * Renders a subnet with its AZ name as its owner names it.
 *
 * @example
 * renderSubnet(ctx.world, 'us-east-1', subnet).AvailabilityZone; // 'us-east-1b' as the owner names it
 */
export function renderSubnet(world: World, region: string, subnet: SubnetRecord, state: Subnet['State'] = 'available'): Subnet {
  return {
    SubnetId: subnet.SubnetId,
    SubnetArn: `arn:aws:ec2:${region}:${subnet.OwnerId}:subnet/${subnet.SubnetId}`,
    VpcId: subnet.VpcId,
    OwnerId: subnet.OwnerId,
    CidrBlock: subnet.CidrBlock,
    AvailabilityZone: zoneNameOfId(world, subnet.OwnerId, region, subnet.AvailabilityZoneId) ?? subnet.AvailabilityZoneId,
    AvailabilityZoneId: subnet.AvailabilityZoneId,
    AvailableIpAddressCount: availableAddressCount(subnet),
    State: state,
    DefaultForAz: false,
    MapPublicIpOnLaunch: false,
    AssignIpv6AddressOnCreation: false,
    Ipv6CidrBlockAssociationSet: [],
    Tags: renderTags(subnet.Tags),
  };
}
