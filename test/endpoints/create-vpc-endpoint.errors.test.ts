import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import type { CreateVpcEndpointRequest } from '../../src/endpoints/actions/create-vpc-endpoint.js';
import { regionOf } from '../../src/world/world.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, CONSUMER, REGION } from '../fixtures/topology.js';

/** Builds the topology and a consumer request; `fails` asserts code, message and an unchanged world. */
function setup() {
  const topology = buildTopology();
  const { cloud, provider, consumer } = topology;
  const base: CreateVpcEndpointRequest = {
    VpcEndpointType: 'Interface',
    VpcId: consumer.vpcId,
    ServiceName: provider.serviceName,
    SubnetIds: [consumer.subnetA],
  };
  const fails = (request: unknown, code: string, message: string | RegExp) => {
    const before = cloud.world;
    const error = cloudErrorOf(() => cloud.dispatch('ec2', 'CreateVpcEndpoint', consumer.identity, request));
    expect(error.code).toBe(code);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    expect(cloud.world).toBe(before);
  };
  return { ...topology, base, fails };
}

describe('CreateVpcEndpoint errors (nothing is created)', () => {
  it('requires VpcId and ServiceName', () => {
    const { base, fails } = setup();
    fails({ ...base, VpcId: undefined }, 'MissingParameter', 'The request must contain the parameter VpcId');
    fails({ ...base, ServiceName: undefined }, 'MissingParameter', 'The request must contain the parameter ServiceName');
  });

  it('answers a Gateway (the default type) or GWLB endpoint with the type mismatch', () => {
    const { base, fails } = setup();
    const { VpcEndpointType: _omitted, ...withoutType } = base;
    fails(withoutType, 'InvalidParameter', 'Endpoint type (Gateway) does not match available service types ([Interface]).');
    fails({ ...base, VpcEndpointType: 'GatewayLoadBalancer' }, 'InvalidParameter', 'Endpoint type (GatewayLoadBalancer) does not match available service types ([Interface]).');
  });

  it('says clearly which endpoint types the model does not serve, and rejects unknown ones', () => {
    const { base, fails } = setup();
    fails({ ...base, VpcEndpointType: 'Resource' }, 'UnsupportedOperation', /VpcEndpointType 'Resource' is not modelled/);
    fails({ ...base, VpcEndpointType: 'interface' }, 'InvalidParameterValue', /VpcEndpointType/);
  });

  it('does not find another account\'s or an unknown VPC', () => {
    const { base, fails, provider } = setup();
    fails({ ...base, VpcId: provider.vpcId }, 'InvalidVpcID.NotFound', `The vpc ID '${provider.vpcId}' does not exist`);
    fails({ ...base, VpcId: 'vpc-0123456789abcdef0' }, 'InvalidVpcID.NotFound', "The vpc ID 'vpc-0123456789abcdef0' does not exist");
  });

  it('answers an unknown, malformed or other-region service name as not existing', () => {
    const { base, fails, provider } = setup();
    for (const name of [
      'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
      'my-service',
      provider.serviceName.replace('us-east-1', 'us-west-2'),
    ]) {
      fails({ ...base, ServiceName: name }, 'InvalidServiceName', `The Vpc Endpoint Service '${name}' does not exist`);
    }
  });

  it('checks every subnet: found, in the VPC, in an AZ of the service, one per AZ', () => {
    const { cloud, base, fails, consumer, provider } = setup();
    fails({ ...base, SubnetIds: ['subnet-0123456789abcdef0'] }, 'InvalidSubnetID.NotFound', "The subnet ID 'subnet-0123456789abcdef0' does not exist");
    fails({ ...base, SubnetIds: [provider.subnetIds[0]] }, 'InvalidSubnetID.NotFound', `The subnet ID '${provider.subnetIds[0]}' does not exist`);
    const ec2 = cloud.ec2(consumer.identity);
    const otherVpc = ec2.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
    const foreign = ec2.createSubnet({ VpcId: otherVpc, CidrBlock: '10.2.1.0/24', AvailabilityZoneId: 'use1-az3' }).Subnet.SubnetId;
    fails({ ...base, SubnetIds: [foreign] }, 'InvalidParameter', `The subnet ID '${foreign}' does not belong to the VPC '${consumer.vpcId}'.`);
    fails(
      { ...base, SubnetIds: [consumer.subnetA, consumer.subnetC] },
      'InvalidParameter',
      `The VPC endpoint service ${provider.serviceName} does not support the availability zone of the subnet: ${consumer.subnetC}.`,
    );
    fails(
      { ...base, SubnetIds: [consumer.subnetA, consumer.subnetB, consumer.subnetA2] },
      'DuplicateSubnetsInSameZone',
      `Found another VPC endpoint subnet in the availability zone of ${consumer.subnetA2}. VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.`,
    );
  });

  it('fails when a subnet has no free address left', () => {
    const { cloud, base, fails, consumer } = setup();
    const tiny = cloud.ec2(consumer.identity).createSubnet({ VpcId: consumer.vpcId, CidrBlock: '10.1.200.0/28', AvailabilityZoneId: 'use1-az3' }).Subnet.SubnetId;
    // a /28 has 16 addresses, AWS reserves 5: eleven endpoints fit
    for (let i = 0; i < 11; i++) cloud.ec2(consumer.identity).createVpcEndpoint({ ...base, SubnetIds: [tiny] });
    fails(
      { ...base, SubnetIds: [consumer.subnetA, tiny] },
      'InsufficientFreeAddressesInSubnet',
      `There are not enough free addresses in subnet '${tiny}' to satisfy the requested number of instances.`,
    );
  });

  it('checks the security groups: found and in the VPC', () => {
    const { cloud, base, fails, consumer } = setup();
    fails({ ...base, SecurityGroupIds: ['sg-0123456789abcdef0'] }, 'InvalidGroup.NotFound', "The security group 'sg-0123456789abcdef0' does not exist");
    const otherVpc = cloud.ec2(consumer.identity).createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
    const otherGroup = getRow(regionOf(cloud.world, REGION).vpcs, otherVpc)?.defaultSecurityGroupId ?? '';
    fails({ ...base, SecurityGroupIds: [otherGroup] }, 'InvalidParameter', `The security group '${otherGroup}' does not belong to the VPC '${consumer.vpcId}'.`);
  });

  it('serves IPv4 only', () => {
    const { base, fails, provider } = setup();
    fails({ ...base, IpAddressType: 'dualstack' }, 'InvalidParameter', `The VPC endpoint service ${provider.serviceName} does not support the IP address type dualstack.`);
    fails({ ...base, DnsOptions: { DnsRecordIpType: 'ipv6' } }, 'InvalidParameter', `The VPC endpoint service ${provider.serviceName} does not support the IP address type ipv6.`);
    fails({ ...base, IpAddressType: 'ipv5' }, 'InvalidParameterValue', /IpAddressType/);
  });

  it('refuses private DNS for a service without a verified private DNS name', () => {
    const { base, fails, provider } = setup();
    fails({ ...base, PrivateDnsEnabled: true }, 'InvalidParameter', `Private DNS can't be enabled because the service ${provider.serviceName} does not provide a private DNS name.`);
  });

  it('refuses route tables, resolver-only private DNS, a bad policy and a foreign tag type', () => {
    const { base, fails, consumer } = setup();
    fails({ ...base, RouteTableIds: ['rtb-0123456789abcdef0'] }, 'InvalidParameter', 'Route table IDs are only supported for Gateway type VPC Endpoint.');
    fails(
      { ...base, DnsOptions: { PrivateDnsOnlyForInboundResolverEndpoint: true } },
      'InvalidParameter',
      `To set PrivateDnsOnlyForInboundResolverEndpoint to true, the VPC ${consumer.vpcId} must have a Gateway endpoint for the service.`,
    );
    fails({ ...base, PolicyDocument: '{"Statement": [' }, 'InvalidPolicyDocument', /^The Policy Document is not valid\. Syntax error at position \(1,\d+\)$/);
    fails({ ...base, TagSpecifications: [{ ResourceType: 'vpc', Tags: [] }] }, 'InvalidParameterValue', "'vpc' is not a valid taggable resource type for this operation.");
  });

  it('answers DryRun without creating anything', () => {
    const { base, fails } = setup();
    fails({ ...base, DryRun: true }, 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.');
  });

  it('checks IAM with the service name as condition key', () => {
    const { cloud, base, consumer } = setup();
    const dev = `arn:aws:iam::${CONSUMER}:role/dev`;
    cloud.iam.putPrincipalPolicy(dev, {
      Statement: [{ Effect: 'Deny', Action: 'ec2:CreateVpcEndpoint', Resource: '*', Condition: { StringEquals: { 'ec2:VpceServiceName': base.ServiceName ?? '' } } }],
    });
    const before = cloud.world;
    const error = cloudErrorOf(() => cloud.ec2({ ...consumer.identity, principalArn: dev }).createVpcEndpoint(base));
    expect(error.code).toBe('UnauthorizedOperation');
    expect(cloud.world).toBe(before);
  });
});
