import { describe, expect, it } from 'vitest';
import { createCloud, type World } from '../../src/index.js';
import { buildDataPath } from '../data-plane/fixtures.js';
import { cloudErrorOf } from '../support/errors.js';

/** A list with a hole at index 1. */
const holed = <T>(first: T): T[] => {
  const list: T[] = [first];
  list.length = 2;
  return list;
};

describe('every element of a request list is checked, holes included', () => {
  const path = buildDataPath({ seed: 'sparse' });
  const { cloud, provider, consumer, targetGroupArn, endpointId } = path;
  const p = cloud.ec2(provider.identity);
  const c = cloud.ec2(consumer.identity);
  const elbv2 = cloud.elbv2(provider.identity);

  const refused = (call: () => unknown, code: string, message: string) => {
    const before = cloud.world;
    expect(cloudErrorOf(call)).toMatchObject({ code, message });
    expect(cloud.world).toBe(before);
  };

  it('EC2 lists: a hole is MissingParameter naming the element', () => {
    const missing = (at: string) => `The request must contain the parameter ${at}`;
    refused(() => c.describeVpcs({ Filters: [, { Name: 'vpc-id', Values: ['x'] }] as never }), 'MissingParameter', missing('Filters.1'));
    refused(() => c.describeVpcs({ Filters: [{ Name: 'vpc-id', Values: new Array(3) }] }), 'MissingParameter', missing('Filters.1.Values.1'));
    refused(() => c.describeVpcs({ VpcIds: holed(consumer.vpcId) }), 'MissingParameter', missing('VpcIds.2'));
    refused(
      () => p.createVpc({ CidrBlock: '10.5.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: holed({ Key: 'a', Value: 'b' }) }] }),
      'MissingParameter',
      missing('TagSpecifications.1.Tags.2'),
    );
    refused(() => p.createVpc({ CidrBlock: '10.5.0.0/16', TagSpecifications: [,] as never }), 'MissingParameter', missing('TagSpecifications.1'));
    refused(
      () => c.authorizeSecurityGroupIngress({ GroupId: consumer.defaultSecurityGroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 2, IpRanges: holed({ CidrIp: '10.0.0.0/8' }) }] }),
      'MissingParameter',
      missing('IpPermissions.1.IpRanges.2'),
    );
    refused(
      () => c.authorizeSecurityGroupIngress({ GroupId: consumer.defaultSecurityGroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1, ToPort: 2, UserIdGroupPairs: [null] as never }] }),
      'MissingParameter',
      missing('IpPermissions.1.UserIdGroupPairs.1'),
    );
    refused(() => c.authorizeSecurityGroupIngress({ GroupId: consumer.defaultSecurityGroupId, IpPermissions: new Array(1) }), 'MissingParameter', missing('IpPermissions.1'));
    refused(
      () => c.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: holed(consumer.subnetA) }),
      'MissingParameter',
      missing('SubnetIds.2'),
    );
    refused(() => c.modifyVpcEndpoint({ VpcEndpointId: endpointId, AddSecurityGroupIds: [undefined] as never }), 'MissingParameter', missing('AddSecurityGroupIds.1'));
    refused(() => p.describeVpcEndpointServiceConfigurations({ ServiceIds: new Array(2) }), 'MissingParameter', missing('ServiceIds.1'));
    refused(
      () => p.modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, AddAllowedPrincipals: holed('arn:aws:iam::333333333333:root') }),
      'MissingParameter',
      missing('AddAllowedPrincipals.2'),
    );
  });

  it('ELBv2 lists: a hole is a ValidationError worded as AWS validation words it', () => {
    const isNull = (at: string) => `1 validation error detected: Value null at '${at}' failed to satisfy constraint: Member must not be null`;
    refused(() => elbv2.addTags({ ResourceArns: [provider.loadBalancerArn], Tags: holed({ Key: 'a', Value: 'b' }) }), 'ValidationError', isNull('tags.2.member'));
    refused(() => elbv2.registerTargets({ TargetGroupArn: targetGroupArn, Targets: new Array(2) }), 'ValidationError', isNull('targets.1.member'));
    refused(
      () => elbv2.modifyLoadBalancerAttributes({ LoadBalancerArn: provider.loadBalancerArn, Attributes: [null] as never }),
      'ValidationError',
      isNull('attributes.1.member'),
    );
    refused(() => elbv2.modifyTargetGroupAttributes({ TargetGroupArn: targetGroupArn, Attributes: [{ Value: 'true' }] }), 'ValidationError', isNull('attributes.1.member.key'));
    refused(() => elbv2.describeTags({ ResourceArns: holed(provider.loadBalancerArn) }), 'ValidationError', isNull('resourceArns.2.member'));
    refused(
      () => elbv2.createLoadBalancer({ Name: 'holes', Type: 'network', Subnets: provider.subnetIds, SecurityGroups: [, 'sg-1'] as never }),
      'ValidationError',
      isNull('securityGroups.1.member'),
    );
    refused(
      () => elbv2.createListener({ LoadBalancerArn: provider.loadBalancerArn, Protocol: 'TCP', Port: 9000, DefaultActions: new Array(1) }),
      'ValidationError',
      isNull('defaultActions.1.member'),
    );
  });

  it('an ELBv2 create with a hole in Tags stores nothing, so DescribeTags keeps working (also after a snapshot)', () => {
    const before = cloud.world;
    const error = cloudErrorOf(() => elbv2.createLoadBalancer({ Name: 'tagged', Type: 'network', Subnets: provider.subnetIds, Tags: [{ Key: 'k', Value: 'v' }, ,] as never }));
    expect(error.code).toBe('ValidationError');
    expect(cloudErrorOf(() => elbv2.createTargetGroup({ Name: 'tagged', Protocol: 'TCP', Port: 1, VpcId: provider.vpcId, TargetType: 'ip', Tags: [null] as never })).code).toBe(
      'ValidationError',
    );
    expect(cloud.world).toBe(before);
    const arns = [provider.loadBalancerArn, targetGroupArn];
    expect(elbv2.describeTags({ ResourceArns: arns }).TagDescriptions).toHaveLength(2);
    const restored = createCloud({ from: JSON.parse(JSON.stringify(cloud.snapshot())) as World });
    expect(restored.elbv2(provider.identity).describeTags({ ResourceArns: arns }).TagDescriptions).toHaveLength(2);
  });
});
