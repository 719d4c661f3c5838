import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { addVpcDependent, removeVpcDependent } from '../../src/network/vpc-dependents.js';
import { regionForWrite } from '../../src/world/world.js';
import { A, B, newCloud, REGION, vpcOf } from './fixtures.js';

const MISSING = 'vpc-0123456789abcdef0';

describe('CreateVpc', () => {
  it('returns a pending VPC with AWS defaults and creates its default security group', () => {
    const cloud = newCloud();
    const ec2 = cloud.ec2(A);
    const { Vpc } = ec2.createVpc({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'env', Value: 'prod' }] }] });
    expect(Vpc).toMatchObject({ CidrBlock: '10.0.0.0/16', State: 'pending', OwnerId: A.accountId, IsDefault: false, Tags: [{ Key: 'env', Value: 'prod' }] });
    expect(Vpc.VpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    const groups = ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [Vpc.VpcId] }] }).SecurityGroups;
    expect(groups.map((g) => [g.GroupName, g.Description])).toEqual([['default', 'default VPC security group']]);
  });

  it('refuses a malformed block and a netmask outside /16../28, changing nothing', () => {
    const cloud = newCloud();
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.0/8' }))).toMatchObject({
      code: 'InvalidVpc.Range',
      message: "The CIDR '10.0.0.0/8' is invalid.",
    });
    expect(cloudErrorOf(() => cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.0/29' })).code).toBe('InvalidVpc.Range');
    expect(cloudErrorOf(() => cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.1/16' }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Value (10.0.0.1/16) for parameter cidrBlock is invalid. This is not a valid CIDR block.',
    });
    expect(cloudErrorOf(() => cloud.ec2(A).createVpc({ CidrBlock: 'ten' })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => cloud.ec2(A).createVpc({})).code).toBe('MissingParameter');
    expect(cloud.world).toBe(before);
  });
});

describe('DescribeVpcs', () => {
  it('lists only the caller\'s VPCs, available, by id or all', () => {
    const cloud = newCloud();
    const v1 = vpcOf(cloud, A, '10.0.0.0/16');
    const v2 = vpcOf(cloud, A, '10.1.0.0/16');
    vpcOf(cloud, B, '10.2.0.0/16');
    const all = cloud.ec2(A).describeVpcs().Vpcs;
    expect(all.map((v) => v.VpcId).sort()).toEqual([v1, v2].sort());
    expect(all.every((v) => v.State === 'available')).toBe(true);
    expect(cloud.ec2(A).describeVpcs({ VpcIds: [v2] }).Vpcs.map((v) => v.CidrBlock)).toEqual(['10.1.0.0/16']);
  });

  it('filters by vpc-id, cidr, cidr-block-association.cidr-block, owner-id, state, is-default, tag:<key> and tag-key', () => {
    const cloud = newCloud();
    const ec2 = cloud.ec2(A);
    const tagged = ec2.createVpc({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'team', Value: 'blue' }] }] }).Vpc.VpcId;
    const plain = vpcOf(cloud, A, '10.1.0.0/16');
    const ids = (Name: string, Values: string[]) => ec2.describeVpcs({ Filters: [{ Name, Values }] }).Vpcs.map((v) => v.VpcId).sort();
    expect(ids('vpc-id', [plain])).toEqual([plain]);
    expect(ids('cidr', ['10.0.0.0/16'])).toEqual([tagged]);
    expect(ids('cidr-block-association.cidr-block', ['10.1.*'])).toEqual([plain]);
    expect(ids('owner-id', [A.accountId])).toEqual([plain, tagged].sort());
    expect(ids('owner-id', [B.accountId])).toEqual([]);
    expect(ids('state', ['available'])).toHaveLength(2);
    expect(ids('is-default', ['true'])).toEqual([]);
    expect(ids('is-default', ['false'])).toHaveLength(2);
    expect(ids('tag:team', ['blue'])).toEqual([tagged]);
    expect(ids('tag:team', ['red'])).toEqual([]);
    expect(ids('tag-key', ['team'])).toEqual([tagged]);
  });

  it('an unknown id, another account\'s VPC, a malformed id and a bad filter are AWS errors', () => {
    const cloud = newCloud();
    const theirs = vpcOf(cloud, B);
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcs({ VpcIds: [MISSING] }))).toMatchObject({
      code: 'InvalidVpcID.NotFound',
      message: `The vpc ID '${MISSING}' does not exist`,
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcs({ VpcIds: [theirs] }))).toMatchObject({
      code: 'InvalidVpcID.NotFound',
      message: `The vpc ID '${theirs}' does not exist`,
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcs({ VpcIds: ['vpc-nope'] }))).toMatchObject({
      code: 'InvalidVpcID.Malformed',
      message: 'Invalid id: "vpc-nope" (expecting "vpc-...")',
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcs({ Filters: [{ Name: 'colour', Values: ['x'] }] }))).toMatchObject({
      code: 'InvalidFilter',
      message: "The filter 'colour' is invalid",
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcs({ MaxResults: 4 })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcs({ NextToken: 'forged' })).code).toBe('InvalidNextToken');
  });

  it('pages with MaxResults and NextToken', () => {
    const cloud = newCloud(7, { vpcsPerRegion: 7 });
    const made = Array.from({ length: 7 }, (_, i) => vpcOf(cloud, A, `10.${i}.0.0/16`));
    const first = cloud.ec2(A).describeVpcs({ MaxResults: 5 });
    expect(first.Vpcs).toHaveLength(5);
    expect(first.NextToken).toBeDefined();
    const second = cloud.ec2(A).describeVpcs({ MaxResults: 5, NextToken: first.NextToken ?? '' });
    expect(second.Vpcs).toHaveLength(2);
    expect(second.NextToken).toBeUndefined();
    expect([...first.Vpcs, ...second.Vpcs].map((v) => v.VpcId).sort()).toEqual(made.sort());
  });
});

describe('DeleteVpc', () => {
  it('deletes an empty VPC together with its default security group', () => {
    const cloud = newCloud();
    const ec2 = cloud.ec2(A);
    const vpcId = vpcOf(cloud, A);
    const [group] = ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }).SecurityGroups;
    expect(ec2.deleteVpc({ VpcId: vpcId })).toEqual({});
    expect(cloudErrorOf(() => ec2.describeVpcs({ VpcIds: [vpcId] })).code).toBe('InvalidVpcID.NotFound');
    expect(cloudErrorOf(() => ec2.describeSecurityGroups({ GroupIds: [group?.GroupId ?? ''] })).code).toBe('InvalidGroup.NotFound');
  });

  it('is refused with DependencyViolation while a subnet exists, and works once it is gone', () => {
    const cloud = newCloud();
    const ec2 = cloud.ec2(A);
    const vpcId = vpcOf(cloud, A);
    const { Subnet } = ec2.createSubnet({ VpcId: vpcId, CidrBlock: '10.0.1.0/24' });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteVpc({ VpcId: vpcId }))).toMatchObject({
      code: 'DependencyViolation',
      message: `The vpc '${vpcId}' has dependencies and cannot be deleted.`,
    });
    expect(cloud.world).toBe(before);
    ec2.deleteSubnet({ SubnetId: Subnet.SubnetId });
    expect(ec2.deleteVpc({ VpcId: vpcId })).toEqual({});
  });

  it('is refused while a non-default security group exists', () => {
    const cloud = newCloud();
    const ec2 = cloud.ec2(A);
    const vpcId = vpcOf(cloud, A);
    const { GroupId } = ec2.createSecurityGroup({ VpcId: vpcId, GroupName: 'app', Description: 'app' });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteVpc({ VpcId: vpcId })).code).toBe('DependencyViolation');
    expect(cloud.world).toBe(before);
    ec2.deleteSecurityGroup({ GroupId });
    expect(ec2.deleteVpc({ VpcId: vpcId })).toEqual({});
  });

  it('an unknown, foreign or malformed id changes nothing', () => {
    const cloud = newCloud();
    const theirs = vpcOf(cloud, B);
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: MISSING })).code).toBe('InvalidVpcID.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: theirs })).code).toBe('InvalidVpcID.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: 'nope' })).code).toBe('InvalidVpcID.Malformed');
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: undefined })).code).toBe('MissingParameter');
    expect(cloud.world).toBe(before);
    expect(cloud.ec2(B).describeVpcs({ VpcIds: [theirs] }).Vpcs).toHaveLength(1);
  });
});

describe('DeleteVpc and dependents of other rooms', () => {
  it('is refused while another room has registered a dependent, and works once it is removed', () => {
    const cloud = newCloud();
    const vpcId = vpcOf(cloud, A);
    const add = () => cloud.change((ctx) => addVpcDependent(regionForWrite(ctx.world, REGION), vpcId));
    const remove = () => cloud.change((ctx) => removeVpcDependent(regionForWrite(ctx.world, REGION), vpcId));
    add();
    add();
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: vpcId })).code).toBe('DependencyViolation');
    expect(cloud.world).toBe(before);
    remove();
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: vpcId })).code).toBe('DependencyViolation');
    remove();
    remove(); // one too many is harmless: the count stays at zero
    add();
    expect(cloudErrorOf(() => cloud.ec2(A).deleteVpc({ VpcId: vpcId })).code).toBe('DependencyViolation');
    remove();
    expect(cloud.ec2(A).deleteVpc({ VpcId: vpcId })).toEqual({});
  });
});
