/**
 * An interface endpoint is a dependent object of its VPC and of its security groups for as
 * long as it lives, whether or not it has subnets (and so network interfaces): neither can
 * be deleted under it, as EC2 answers `DependencyViolation`. Found by the fuzzer: a group
 * listed by an endpoint without subnets could be deleted, and the endpoint then named a
 * group that no longer existed.
 */
import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology } from '../fixtures/topology.js';

function setup() {
  const topology = buildTopology({ acceptanceRequired: false, allowedPrincipals: ['*'] });
  const { cloud, provider, consumer } = topology;
  const ec2 = cloud.ec2(consumer.identity);
  const vpcId = ec2.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
  const web = ec2.createSecurityGroup({ VpcId: vpcId, GroupName: 'web', Description: 'web' }).GroupId;
  const app = ec2.createSecurityGroup({ VpcId: vpcId, GroupName: 'app', Description: 'app' }).GroupId;
  const endpointId = ec2.createVpcEndpoint({
    VpcEndpointType: 'Interface',
    VpcId: vpcId,
    ServiceName: provider.serviceName,
    SecurityGroupIds: [web],
  }).VpcEndpoint.VpcEndpointId;
  return { cloud, ec2, vpcId, web, app, endpointId };
}

describe('an endpoint without subnets', () => {
  it('keeps its security groups: DeleteSecurityGroup is DependencyViolation until the endpoint lets go', () => {
    const { cloud, ec2, web, app, endpointId } = setup();
    expect(ec2.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0]?.NetworkInterfaceIds).toEqual([]);
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteSecurityGroup({ GroupId: web }))).toMatchObject({
      code: 'DependencyViolation',
      message: `resource ${web} has a dependent object`,
    });
    expect(cloud.world).toBe(before);

    ec2.modifyVpcEndpoint({ VpcEndpointId: endpointId, AddSecurityGroupIds: [app], RemoveSecurityGroupIds: [web] });
    expect(ec2.deleteSecurityGroup({ GroupId: web })).toEqual({ Return: true, GroupId: web });
    expect(cloudErrorOf(() => ec2.deleteSecurityGroup({ GroupId: app })).code).toBe('DependencyViolation');

    ec2.deleteVpcEndpoints({ VpcEndpointIds: [endpointId] });
    expect(ec2.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0]?.State).toBe('deleted');
    expect(ec2.deleteSecurityGroup({ GroupId: app })).toEqual({ Return: true, GroupId: app });
  });

  it('keeps its VPC: DeleteVpc is DependencyViolation until the endpoint is deleted', () => {
    const { cloud, ec2, vpcId, web, app, endpointId } = setup();
    const defaultGroup = ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'group-name', Values: ['default'] }] }).SecurityGroups[0]?.GroupId ?? '';
    ec2.modifyVpcEndpoint({ VpcEndpointId: endpointId, AddSecurityGroupIds: [defaultGroup], RemoveSecurityGroupIds: [web] });
    ec2.deleteSecurityGroup({ GroupId: web });
    ec2.deleteSecurityGroup({ GroupId: app });
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteVpc({ VpcId: vpcId }))).toMatchObject({
      code: 'DependencyViolation',
      message: `The vpc '${vpcId}' has dependencies and cannot be deleted.`,
    });
    expect(cloud.world).toBe(before);

    ec2.deleteVpcEndpoints({ VpcEndpointIds: [endpointId] });
    expect(ec2.deleteVpc({ VpcId: vpcId })).toEqual({});
  });
});
