import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { getRow } from '../../src/core/table.js';
import { regionOf } from '../../src/world/world.js';
import { A, addInterface, B, newCloud, REGION, removeInterface, vpcOf } from './fixtures.js';

const MISSING = 'subnet-0123456789abcdef0';

describe('CreateSubnet', () => {
  it('places the subnet by the caller\'s AZ name or by AZ id', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    const byName = ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1b' }).Subnet;
    expect(byName).toMatchObject({ AvailabilityZone: 'us-east-1b', AvailabilityZoneId: 'use1-az6', State: 'available', AvailableIpAddressCount: 251 });
    const byId = ec2.createSubnet({ VpcId, CidrBlock: '10.0.2.0/28', AvailabilityZoneId: 'use1-az1' }).Subnet;
    expect(byId).toMatchObject({ AvailabilityZone: 'us-east-1c', AvailabilityZoneId: 'use1-az1', AvailableIpAddressCount: 11 });
  });

  it('refuses blocks outside the VPC, overlapping a sibling, malformed, or both AZ fields', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.createSubnet({ VpcId, CidrBlock: '10.9.0.0/24' }).Subnet)).toMatchObject({ code: 'InvalidSubnet.Range', message: "The CIDR '10.9.0.0/24' is invalid." });
    expect(cloudErrorOf(() => ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/25' }))).toMatchObject({
      code: 'InvalidSubnet.Conflict',
      message: "The CIDR '10.0.1.0/25' conflicts with another subnet",
    });
    expect(cloudErrorOf(() => ec2.createSubnet({ VpcId, CidrBlock: '10.0.0.0/29' })).code).toBe('InvalidSubnet.Range');
    expect(cloudErrorOf(() => ec2.createSubnet({ VpcId, CidrBlock: '10.0.3.0/33' })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => ec2.createSubnet({ VpcId, CidrBlock: '10.0.3.0/24', AvailabilityZone: 'us-east-1a', AvailabilityZoneId: 'use1-az4' })).code).toBe(
      'InvalidParameterCombination',
    );
    expect(cloudErrorOf(() => ec2.createSubnet({ VpcId, CidrBlock: '10.0.3.0/24', AvailabilityZone: 'us-east-1z' }))).toMatchObject({
      code: 'InvalidParameterValue',
      message:
        'Value (us-east-1z) for parameter availabilityZone is invalid. Subnets can currently only be created in the following availability zones: us-east-1a, us-east-1b, us-east-1c.',
    });
    expect(cloudErrorOf(() => ec2.createSubnet({ VpcId, CidrBlock: '10.0.3.0/24', AvailabilityZoneId: 'use1-az2' }))).toMatchObject({
      code: 'InvalidParameterValue',
      message:
        'Value (use1-az2) for parameter availabilityZoneId is invalid. Subnets can currently only be created in the following availability zones: use1-az4, use1-az6, use1-az1.',
    });
    expect(cloudErrorOf(() => cloud.ec2(B).createSubnet({ VpcId, CidrBlock: '10.0.3.0/24' })).code).toBe('InvalidVpcID.NotFound');
    expect(cloud.world).toBe(before);
  });
});

describe('DescribeSubnets', () => {
  it('shows AZ names as the caller names them, AZ ids, and an address count that follows interfaces', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    const { SubnetId } = ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/28', AvailabilityZoneId: 'use1-az4' }).Subnet;
    const count = () => ec2.describeSubnets({ SubnetIds: [SubnetId] }).Subnets[0]?.AvailableIpAddressCount;
    expect(ec2.describeSubnets({ SubnetIds: [SubnetId] }).Subnets[0]).toMatchObject({ AvailabilityZone: 'us-east-1a', AvailabilityZoneId: 'use1-az4' });
    expect(count()).toBe(11);
    const first = addInterface(cloud, SubnetId);
    addInterface(cloud, SubnetId);
    expect(count()).toBe(9);
    removeInterface(cloud, first.eniId);
    expect(count()).toBe(10);
  });

  it('filters by vpc-id, subnet-id, availability-zone, availability-zone-id, cidr-block, owner-id, state and tags', () => {
    const cloud = newCloud();
    const v1 = vpcOf(cloud, A, '10.0.0.0/16');
    const v2 = vpcOf(cloud, A, '10.1.0.0/16');
    const ec2 = cloud.ec2(A);
    const s1 = ec2.createSubnet({ VpcId: v1, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a', TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'tier', Value: 'app' }] }] }).Subnet.SubnetId;
    const s2 = ec2.createSubnet({ VpcId: v2, CidrBlock: '10.1.1.0/24', AvailabilityZone: 'us-east-1b' }).Subnet.SubnetId;
    const ids = (Name: string, Values: string[]) => ec2.describeSubnets({ Filters: [{ Name, Values }] }).Subnets.map((s) => s.SubnetId).sort();
    expect(ids('vpc-id', [v2])).toEqual([s2]);
    expect(ids('subnet-id', [s1])).toEqual([s1]);
    expect(ids('availability-zone', ['us-east-1b'])).toEqual([s2]);
    expect(ids('availabilityZone', ['us-east-1a'])).toEqual([s1]);
    expect(ids('availability-zone-id', ['use1-az4'])).toEqual([s1]);
    expect(ids('cidr-block', ['10.1.1.0/24'])).toEqual([s2]);
    expect(ids('cidrBlock', ['10.0.1.0/24'])).toEqual([s1]);
    expect(ids('owner-id', [A.accountId])).toEqual([s1, s2].sort());
    expect(ids('state', ['available'])).toHaveLength(2);
    expect(ids('tag:tier', ['app'])).toEqual([s1]);
    expect(ids('tag-key', ['tier'])).toEqual([s1]);
    expect(ids('available-ip-address-count', ['251'])).toHaveLength(2);
  });

  it('another account\'s subnet is not found, and never listed', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const { SubnetId } = cloud.ec2(A).createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' }).Subnet;
    expect(cloud.ec2(B).describeSubnets().Subnets).toEqual([]);
    expect(cloudErrorOf(() => cloud.ec2(B).describeSubnets({ SubnetIds: [SubnetId] }))).toMatchObject({
      code: 'InvalidSubnetID.NotFound',
      message: `The subnet ID '${SubnetId}' does not exist`,
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeSubnets({ SubnetIds: ['subnet-x'] })).code).toBe('InvalidSubnetID.Malformed');
    expect(cloudErrorOf(() => cloud.ec2(A).describeSubnets({ Filters: [{ Name: 'size', Values: ['1'] }] })).code).toBe('InvalidFilter');
  });
});

describe('DeleteSubnet', () => {
  it('removes the subnet from its VPC', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    const { SubnetId } = ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' }).Subnet;
    expect(ec2.deleteSubnet({ SubnetId })).toEqual({});
    expect(ec2.describeSubnets().Subnets).toEqual([]);
    expect(getRow(regionOf(cloud.world, REGION).vpcs, VpcId)?.subnetIds).toEqual([]);
    // The block is free again.
    expect(ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' }).Subnet.CidrBlock).toBe('10.0.1.0/24');
  });

  it('is refused while a network interface is in it', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    const { SubnetId } = ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' }).Subnet;
    const { eniId } = addInterface(cloud, SubnetId);
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteSubnet({ SubnetId }))).toMatchObject({
      code: 'DependencyViolation',
      message: `The subnet '${SubnetId}' has dependencies and cannot be deleted.`,
    });
    expect(cloud.world).toBe(before);
    removeInterface(cloud, eniId);
    expect(ec2.deleteSubnet({ SubnetId })).toEqual({});
    expect(ec2.deleteVpc({ VpcId })).toEqual({});
  });

  it('an unknown, foreign or malformed id changes nothing', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const { SubnetId } = cloud.ec2(A).createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' }).Subnet;
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).deleteSubnet({ SubnetId: MISSING })).code).toBe('InvalidSubnetID.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(B).deleteSubnet({ SubnetId })).code).toBe('InvalidSubnetID.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(A).deleteSubnet({ SubnetId: 'sub' })).code).toBe('InvalidSubnetID.Malformed');
    expect(cloud.world).toBe(before);
  });
});
