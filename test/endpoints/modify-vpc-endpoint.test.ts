import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import { DEFAULT_ENDPOINT_POLICY } from '../../src/endpoints/policy.js';
import type { DomainEvent } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, OUTSIDER, REGION } from '../fixtures/topology.js';

function setup(acceptanceRequired = false) {
  const topology = buildTopology({ acceptanceRequired });
  const { cloud, provider, consumer } = topology;
  const ec2 = cloud.ec2(consumer.identity);
  const id = ec2.createVpcEndpoint({
    VpcEndpointType: 'Interface',
    VpcId: consumer.vpcId,
    ServiceName: provider.serviceName,
    SubnetIds: [consumer.subnetA],
  }).VpcEndpoint.VpcEndpointId;
  const view = () => ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0];
  const fails = (request: Record<string, unknown>, code: string, message: string | RegExp) => {
    const before = cloud.world;
    const error = cloudErrorOf(() => cloud.dispatch('ec2', 'ModifyVpcEndpoint', consumer.identity, { VpcEndpointId: id, ...request }));
    expect(error.code).toBe(code);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    expect(cloud.world).toBe(before);
  };
  return { ...topology, ec2, id, view, fails };
}

describe('ModifyVpcEndpoint', () => {
  it('adds a subnet: a new interface wired to the NLB, and a new zonal name', () => {
    const { cloud, ec2, id, view, consumer, provider } = setup();
    expect(ec2.modifyVpcEndpoint({ VpcEndpointId: id, AddSubnetIds: [consumer.subnetB] })).toEqual({ Return: true });
    const endpoint = view();
    expect(endpoint?.SubnetIds).toEqual([consumer.subnetA, consumer.subnetB]);
    expect(endpoint?.NetworkInterfaceIds).toHaveLength(2);
    expect(endpoint?.DnsEntries.map((e) => e.DnsName).filter((n) => n.includes('-us-east-1'))).toHaveLength(2);
    const record = getRow(regionOf(cloud.world, REGION).vpcEndpoints, id);
    expect(record?.zones[1]).toMatchObject({ AvailabilityZoneId: 'use1-az3', LoadBalancerArn: provider.loadBalancerArn });
    // adding a subnet the endpoint already has changes nothing
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, AddSubnetIds: [consumer.subnetB] });
    expect(view()?.SubnetIds).toEqual([consumer.subnetA, consumer.subnetB]);
  });

  it('removes a subnet: frees its interface and cuts that AZ of an available endpoint', () => {
    const { cloud, ec2, id, view, consumer } = setup();
    const eni = view()?.NetworkInterfaceIds[0] ?? '';
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, RemoveSubnetIds: [consumer.subnetA], AddSubnetIds: [consumer.subnetA2] });
    expect(view()?.SubnetIds).toEqual([consumer.subnetA2]);
    expect(getRow(regionOf(cloud.world, REGION).networkInterfaces, eni)).toBeUndefined();
    expect(events).toContainEqual(expect.objectContaining({
      type: 'DataPathCut',
      scope: { kind: 'endpointZone', endpointId: id, zoneId: 'use1-az2' },
    }));
  });

  it('does not cut a data path that is not carrying traffic yet', () => {
    const { cloud, ec2, id, consumer } = setup(true);
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, RemoveSubnetIds: [consumer.subnetA] });
    expect(events.filter((e) => e.type === 'DataPathCut')).toEqual([]);
  });

  it('adds and removes security groups on the endpoint and its interfaces', () => {
    const { cloud, ec2, id, view, consumer } = setup();
    const group = ec2.createSecurityGroup({ GroupName: 'endpoint', Description: 'endpoint sg', VpcId: consumer.vpcId }).GroupId;
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, AddSecurityGroupIds: [group], RemoveSecurityGroupIds: [consumer.defaultSecurityGroupId] });
    expect(view()?.Groups).toEqual([{ GroupId: group, GroupName: 'endpoint' }]);
    const eni = getRow(regionOf(cloud.world, REGION).networkInterfaces, view()?.NetworkInterfaceIds[0] ?? '');
    expect(eni?.Groups).toEqual([group]);
  });

  it('replaces and resets the policy', () => {
    const { ec2, id, view } = setup();
    const policy = '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"*","Resource":"*"}]}';
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, PolicyDocument: policy });
    expect(view()?.PolicyDocument).toBe(policy);
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, ResetPolicy: true });
    expect(view()?.PolicyDocument).toBe(DEFAULT_ENDPOINT_POLICY);
  });

  it('finds only the caller\'s own visible endpoints', () => {
    const { cloud, id, fails } = setup();
    fails({ VpcEndpointId: 'vpce-0123456789abcdef0' }, 'InvalidVpcEndpointId.NotFound', "The Vpc Endpoint Id 'vpce-0123456789abcdef0' does not exist");
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2({ accountId: OUTSIDER, region: REGION }).modifyVpcEndpoint({ VpcEndpointId: id, ResetPolicy: true })).code).toBe(
      'InvalidVpcEndpointId.NotFound',
    );
    expect(cloud.world).toBe(before);
  });

  it('applies the AZ rules of creation to added subnets', () => {
    const { fails, consumer, provider } = setup();
    fails(
      { AddSubnetIds: [consumer.subnetC] },
      'InvalidParameter',
      `The VPC endpoint service ${provider.serviceName} does not support the availability zone of the subnet: ${consumer.subnetC}.`,
    );
    fails(
      { AddSubnetIds: [consumer.subnetA2] },
      'DuplicateSubnetsInSameZone',
      `Found another VPC endpoint subnet in the availability zone of ${consumer.subnetA2}. VPC endpoint subnets should be in different availability zones supported by the VPC endpoint service.`,
    );
    fails({ AddSubnetIds: ['subnet-0123456789abcdef0'] }, 'InvalidSubnetID.NotFound', "The subnet ID 'subnet-0123456789abcdef0' does not exist");
    fails({ RemoveSubnetIds: ['subnet-0123456789abcdef0'] }, 'InvalidSubnetID.NotFound', "The subnet ID 'subnet-0123456789abcdef0' does not exist");
    // one bad change rolls back the good ones
    fails({ AddSubnetIds: [consumer.subnetB, consumer.subnetC] }, 'InvalidParameter', /does not support the availability zone/);
  });

  it('rejects bad groups, policies and parameters, changing nothing', () => {
    const { fails, id, consumer } = setup();
    fails({ RemoveSecurityGroupIds: [consumer.defaultSecurityGroupId] }, 'InvalidParameter', `The VPC endpoint ${id} must have at least one security group.`);
    fails({ AddSecurityGroupIds: ['sg-0123456789abcdef0'] }, 'InvalidGroup.NotFound', "The security group 'sg-0123456789abcdef0' does not exist");
    fails({ PolicyDocument: 'nope' }, 'InvalidPolicyDocument', /^The Policy Document is not valid\./);
    fails({ PolicyDocument: '{}', ResetPolicy: true }, 'InvalidParameterCombination', 'ResetPolicy and PolicyDocument cannot be specified together.');
    fails({ AddRouteTableIds: ['rtb-0123456789abcdef0'] }, 'InvalidParameter', 'Route table IDs are only supported for Gateway type VPC Endpoint.');
    fails({ PrivateDnsEnabled: true }, 'InvalidParameter', /does not provide a private DNS name/);
    fails({ IpAddressType: 'ipv6' }, 'InvalidParameter', /does not support the IP address type ipv6/);
    fails({ VpcEndpointId: undefined }, 'MissingParameter', 'The request must contain the parameter VpcEndpointId');
    fails({ ResetPolicy: true, DryRun: true }, 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.');
  });

  it('refuses to modify a deleted endpoint', () => {
    const { ec2, id, fails } = setup();
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] });
    fails({ ResetPolicy: true }, 'IncorrectState', `The VPC endpoint ${id} is in state deleted and cannot be modified.`);
  });
});
