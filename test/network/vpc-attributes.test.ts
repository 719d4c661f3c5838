import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { A, B, newCloud, vpcOf } from './fixtures.js';

describe('DescribeVpcAttribute / ModifyVpcAttribute', () => {
  it('defaults as AWS: DNS support on, DNS hostnames off, address usage metrics off', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    expect(ec2.describeVpcAttribute({ VpcId, Attribute: 'enableDnsSupport' })).toEqual({ VpcId, EnableDnsSupport: { Value: true } });
    expect(ec2.describeVpcAttribute({ VpcId, Attribute: 'enableDnsHostnames' })).toEqual({ VpcId, EnableDnsHostnames: { Value: false } });
    expect(ec2.describeVpcAttribute({ VpcId, Attribute: 'enableNetworkAddressUsageMetrics' })).toEqual({
      VpcId,
      EnableNetworkAddressUsageMetrics: { Value: false },
    });
  });

  it('modifies one attribute per call', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    expect(ec2.modifyVpcAttribute({ VpcId, EnableDnsHostnames: { Value: true } })).toEqual({});
    expect(ec2.describeVpcAttribute({ VpcId, Attribute: 'enableDnsHostnames' }).EnableDnsHostnames).toEqual({ Value: true });
    ec2.modifyVpcAttribute({ VpcId, EnableDnsSupport: { Value: false } });
    expect(ec2.describeVpcAttribute({ VpcId, Attribute: 'enableDnsSupport' }).EnableDnsSupport).toEqual({ Value: false });
    ec2.modifyVpcAttribute({ VpcId, EnableNetworkAddressUsageMetrics: { Value: true } });
    expect(ec2.describeVpcAttribute({ VpcId, Attribute: 'enableNetworkAddressUsageMetrics' }).EnableNetworkAddressUsageMetrics).toEqual({ Value: true });
  });

  it('refuses two attributes at once, none, or a missing Value, changing nothing', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.modifyVpcAttribute({ VpcId, EnableDnsSupport: { Value: true }, EnableDnsHostnames: { Value: true } }))).toMatchObject({
      code: 'InvalidParameterCombination',
      message: 'Fields for multiple attribute types specified: enableDnsHostnames, enableDnsSupport',
    });
    expect(cloudErrorOf(() => ec2.modifyVpcAttribute({ VpcId }))).toMatchObject({
      code: 'InvalidParameterCombination',
      message: 'No attributes specified.',
    });
    expect(cloudErrorOf(() => ec2.modifyVpcAttribute({ VpcId, EnableDnsSupport: {} })).code).toBe('MissingParameter');
    expect(cloud.world).toBe(before);
  });

  it('refuses enabling DNS hostnames while DNS support is off', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const ec2 = cloud.ec2(A);
    ec2.modifyVpcAttribute({ VpcId, EnableDnsSupport: { Value: false } });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.modifyVpcAttribute({ VpcId, EnableDnsHostnames: { Value: true } }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: "You can only enable DNS hostnames if you've enabled DNS support.",
    });
    expect(cloud.world).toBe(before);
    expect(ec2.modifyVpcAttribute({ VpcId, EnableDnsHostnames: { Value: false } })).toEqual({});
  });

  it('an unknown attribute, unknown VPC or another account\'s VPC is an error', () => {
    const cloud = newCloud();
    const VpcId = vpcOf(cloud, A);
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcAttribute({ VpcId, Attribute: 'colour' as 'enableDnsSupport' }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Value (colour) for parameter attribute is invalid. Unknown attribute.',
    });
    expect(cloudErrorOf(() => cloud.ec2(A).describeVpcAttribute({ VpcId, Attribute: undefined })).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => cloud.ec2(B).describeVpcAttribute({ VpcId, Attribute: 'enableDnsSupport' })).code).toBe('InvalidVpcID.NotFound');
    expect(cloudErrorOf(() => cloud.ec2(B).modifyVpcAttribute({ VpcId, EnableDnsHostnames: { Value: true } }))).toMatchObject({
      code: 'InvalidVpcID.NotFound',
      message: `The vpc ID '${VpcId}' does not exist`,
    });
    expect(cloud.world).toBe(before);
  });
});
