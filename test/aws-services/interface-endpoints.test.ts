import { describe, expect, it } from 'vitest';
import { awsServiceId } from '../../src/aws-services/lookup.js';
import { getRow } from '../../src/core/table.js';
import { createCloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';

const ME = '222222222222';
const PROVIDER = '111111111111';
const I = { accountId: ME, region: 'us-east-1' } as const;
const EC2 = 'com.amazonaws.us-east-1.ec2';

/** A consumer VPC with DNS hostnames on and subnets in its a (use1-az3), b (use1-az4), c (use1-az1). */
function setup(options: { hostnames?: boolean } = {}) {
  const cloud = createCloud({ seed: 3, accounts: { [ME]: { zones: { 'us-east-1': ['use1-az3', 'use1-az4', 'use1-az1'] } } } });
  const ec2 = cloud.ec2(I);
  const vpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  if (options.hostnames !== false) ec2.modifyVpcAttribute({ VpcId: vpcId, EnableDnsHostnames: { Value: true } });
  const subnet = (cidr: string, zone: string) => ec2.createSubnet({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: zone }).Subnet.SubnetId;
  const subnetA = subnet('10.0.1.0/24', 'us-east-1a');
  const subnetB = subnet('10.0.2.0/24', 'us-east-1b');
  const subnetC = subnet('10.0.3.0/24', 'us-east-1c');
  return { cloud, ec2, vpcId, subnetA, subnetB, subnetC };
}

describe('CreateVpcEndpoint to an AWS service', () => {
  it('needs no acceptance: pending, then available; private DNS on by default; regional, zonal and private DNS entries', () => {
    const { cloud, ec2, vpcId, subnetB, subnetC } = setup();
    const { VpcEndpoint } = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetC, subnetB] });
    expect(VpcEndpoint.State).toBe('pending');
    expect(VpcEndpoint.PrivateDnsEnabled).toBe(true);
    expect(VpcEndpoint.ServiceName).toBe(EC2);
    expect(VpcEndpoint.SubnetIds).toEqual([subnetC, subnetB]);
    expect(VpcEndpoint.NetworkInterfaceIds).toHaveLength(2);
    const id = VpcEndpoint.VpcEndpointId;
    const names = VpcEndpoint.DnsEntries.map((e) => e.DnsName);
    const suffix = /^vpce-[0-9a-f]{17}-([a-z0-9]{8})\./.exec(names[0] ?? '')?.[1] ?? '';
    expect(names).toEqual([
      `${id}-${suffix}.ec2.us-east-1.vpce.amazonaws.com`,
      `${id}-${suffix}-us-east-1b.ec2.us-east-1.vpce.amazonaws.com`,
      `${id}-${suffix}-us-east-1c.ec2.us-east-1.vpce.amazonaws.com`,
      'ec2.us-east-1.amazonaws.com',
    ]);
    expect(VpcEndpoint.DnsEntries[0]?.HostedZoneId).toBe('Z7HUB22UULQXV');
    expect(ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]?.State).toBe('available');
    // the record carries the AWS service's fixed id and owner
    const record = getRow(cloud.world.regions['us-east-1']?.vpcEndpoints ?? {}, id);
    expect(record).toMatchObject({ ServiceId: awsServiceId('us-east-1', 'ec2', 'Interface'), ServiceOwnerId: 'amazon' });
    expect(record?.zones.every((z) => z.LoadBalancerArn === undefined)).toBe(true);
  });

  it('names with a DNS label of their own (ecr.api is api.ecr) and PrivateDnsEnabled: false leaves the private name out', () => {
    const { ec2, vpcId, subnetA } = setup();
    const { VpcEndpoint } = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.ecr.api', SubnetIds: [subnetA], PrivateDnsEnabled: false });
    expect(VpcEndpoint.PrivateDnsEnabled).toBe(false);
    expect(VpcEndpoint.DnsEntries.map((e) => e.DnsName).every((n) => n.endsWith('.api.ecr.us-east-1.vpce.amazonaws.com'))).toBe(true);
    expect(VpcEndpoint.DnsEntries).toHaveLength(2);
  });

  it('is never listed as a connection, for anyone; describing and deleting it works as for any endpoint', () => {
    const { cloud, ec2, vpcId, subnetA } = setup();
    const id = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetA] }).VpcEndpoint.VpcEndpointId;
    expect(ec2.describeVpcEndpointConnections().VpcEndpointConnections).toEqual([]);
    expect(cloud.ec2({ accountId: PROVIDER, region: 'us-east-1' }).describeVpcEndpointConnections().VpcEndpointConnections).toEqual([]);
    expect(ec2.describeVpcEndpoints({ Filters: [{ Name: 'service-name', Values: [EC2] }] }).VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual([id]);
    expect(ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] }).Unsuccessful).toEqual([]);
    expect(ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]?.State).toBe('deleted');
  });

  it('ModifyVpcEndpoint adds and removes subnets, turns private DNS off and on', () => {
    const { ec2, vpcId, subnetA, subnetB } = setup();
    const id = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetA] }).VpcEndpoint.VpcEndpointId;
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, AddSubnetIds: [subnetB], RemoveSubnetIds: [subnetA], PrivateDnsEnabled: false });
    let endpoint = ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0];
    expect(endpoint?.SubnetIds).toEqual([subnetB]);
    expect(endpoint?.DnsEntries.some((e) => e.DnsName === 'ec2.us-east-1.amazonaws.com')).toBe(false);
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, PrivateDnsEnabled: true });
    endpoint = ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0];
    expect(endpoint?.DnsEntries.some((e) => e.DnsName === 'ec2.us-east-1.amazonaws.com')).toBe(true);
  });

  describe('errors (world unchanged)', () => {
    it('private DNS (on by default) needs enableDnsSupport and enableDnsHostnames; off, it is fine', () => {
      const { cloud, ec2, vpcId, subnetA } = setup({ hostnames: false });
      const before = cloud.world;
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetA] }))).toMatchObject({
        code: 'InvalidParameter',
        message: `Enabling private DNS requires both enableDnsSupport and enableDnsHostnames VPC attributes set to true for ${vpcId}`,
      });
      expect(cloud.world).toBe(before);
      expect(ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetA], PrivateDnsEnabled: false }).VpcEndpoint.State).toBe('pending');
    });

    it('a second endpoint with private DNS for the same service in the VPC conflicts', () => {
      const { cloud, ec2, vpcId, subnetA } = setup();
      ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetA] });
      const before = cloud.world;
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetA] }))).toMatchObject({
        code: 'InvalidParameter',
        message: `private-dns-enabled cannot be set because there is already a conflicting DNS domain for ec2.us-east-1.amazonaws.com in the VPC ${vpcId}`,
      });
      expect(cloud.world).toBe(before);
    });

    it('a subnet in an AZ the service lacks (sqs is not in use1-az3)', () => {
      const { cloud, ec2, vpcId, subnetA } = setup();
      const before = cloud.world;
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.sqs', SubnetIds: [subnetA] }))).toMatchObject({
        code: 'InvalidParameter',
        message: `The VPC endpoint service com.amazonaws.us-east-1.sqs does not support the availability zone of the subnet: ${subnetA}.`,
      });
      expect(cloud.world).toBe(before);
    });

    it('gateway endpoints are not modelled; a type the service lacks is InvalidParameter; unknown or other-region names are InvalidServiceName', () => {
      const { cloud, ec2, vpcId, subnetA } = setup();
      const before = cloud.world;
      for (const name of ['com.amazonaws.us-east-1.s3', 'com.amazonaws.us-east-1.dynamodb']) {
        const error = cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Gateway', VpcId: vpcId, ServiceName: name }));
        expect(error.code).toBe('UnsupportedOperation');
        expect(error.message).toContain(`gateway endpoints (VpcEndpointType 'Gateway', to ${name}) are not modelled`);
      }
      // AWS's default type is Gateway
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.s3' })).code).toBe('UnsupportedOperation');
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.dynamodb', SubnetIds: [subnetA] }))).toMatchObject({
        code: 'InvalidParameter',
        message: 'Endpoint type (Interface) does not match available service types ([Gateway]).',
      });
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Gateway', VpcId: vpcId, ServiceName: EC2 }))).toMatchObject({
        code: 'InvalidParameter',
        message: 'Endpoint type (Gateway) does not match available service types ([Interface]).',
      });
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: 'com.amazonaws.us-west-2.ec2', SubnetIds: [subnetA] })).code).toBe('InvalidServiceName');
      expect(cloudErrorOf(() => ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: 'com.amazonaws.us-east-1.nope', SubnetIds: [subnetA] })).code).toBe('InvalidServiceName');
      expect(cloud.world).toBe(before);
    });
  });
});

describe('connecting through an endpoint to an AWS service', () => {
  it('resolves its names and checks state and security groups, then answers AwsServiceNotModelled', () => {
    const { cloud, ec2, vpcId, subnetA, subnetB } = setup();
    const groupId = ec2.createSecurityGroup({ VpcId: vpcId, GroupName: 'endpoint', Description: 'endpoint' }).GroupId;
    const endpoint = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetA], SecurityGroupIds: [groupId] }).VpcEndpoint;
    ec2.authorizeSecurityGroupIngress({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/16' }] }] });
    const from = { accountId: ME, subnetId: subnetB };
    for (const host of [endpoint.DnsEntries[0]?.DnsName ?? '', endpoint.DnsEntries[1]?.DnsName ?? '', 'ec2.us-east-1.amazonaws.com']) {
      const result = cloud.connect({ from, host, port: 443 });
      expect(result).toMatchObject({ ok: false, reason: 'AwsServiceNotModelled' });
      if (!result.ok) expect(result.message).toContain(EC2);
    }
    expect(cloud.connect({ from, host: 'ec2.us-east-1.amazonaws.com', port: 22 })).toMatchObject({ ok: false, reason: 'SecurityGroupDenied' });
    expect(cloud.connect({ from, host: 'sts.us-east-1.amazonaws.com', port: 443 })).toMatchObject({ ok: false, reason: 'NameNotResolved' });
    expect(cloud.connections()).toEqual([]);
  });

  it('the private name does not resolve with private DNS off; a pending endpoint is EndpointNotAvailable', () => {
    const cloud = createCloud({ seed: 3, timing: { endpointProvisioningMs: 1000 } });
    const ec2 = cloud.ec2(I);
    const vpcId = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const subnetId = ec2.createSubnet({ VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
    const endpoint = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: EC2, SubnetIds: [subnetId], PrivateDnsEnabled: false }).VpcEndpoint;
    const from = { accountId: ME, subnetId };
    expect(cloud.connect({ from, host: 'ec2.us-east-1.amazonaws.com', port: 443 })).toMatchObject({ ok: false, reason: 'NameNotResolved' });
    expect(cloud.connect({ from, host: endpoint.DnsEntries[0]?.DnsName ?? '', port: 443 })).toMatchObject({ ok: false, reason: 'EndpointNotAvailable' });
  });
});
