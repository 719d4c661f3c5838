import { describe, expect, it } from 'vitest';
import { expectFailure, taggingWorld } from './fixtures.js';

const team = [{ Key: 'team', Value: 'blue' }];
const many = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: 'v' }));

describe('CreateTags', () => {
  it('tags every taggable kind by id, and each describe shows the tags', () => {
    const { c, p, ids } = taggingWorld();
    const consumerIds = [ids.vpc, ids.subnet, ids.securityGroup, ids.securityGroupRule, ids.vpcEndpoint, ids.networkInterface, ids.peering];
    expect(c.createTags({ Resources: consumerIds, Tags: team })).toEqual({});
    expect(p.createTags({ Resources: [ids.service], Tags: team })).toEqual({});
    expect(c.describeVpcs({ VpcIds: [ids.vpc] }).Vpcs[0]?.Tags).toEqual(team);
    expect(c.describeSubnets({ SubnetIds: [ids.subnet] }).Subnets[0]?.Tags).toEqual(team);
    expect(c.describeSecurityGroups({ GroupIds: [ids.securityGroup] }).SecurityGroups[0]?.Tags).toEqual(team);
    expect(c.describeVpcEndpoints({ VpcEndpointIds: [ids.vpcEndpoint] }).VpcEndpoints[0]?.Tags).toEqual(team);
    expect(c.describeVpcPeeringConnections({ VpcPeeringConnectionIds: [ids.peering] }).VpcPeeringConnections[0]?.Tags).toEqual(team);
    expect(c.describeNetworkInterfaces({ NetworkInterfaceIds: [ids.networkInterface] }).NetworkInterfaces[0]?.TagSet).toEqual(team);
    expect(c.describeNetworkInterfaces({ Filters: [{ Name: 'tag:team', Values: ['blue'] }] }).NetworkInterfaces.map((n) => n.NetworkInterfaceId)).toEqual([ids.networkInterface]);
    expect(c.describeTags({ Filters: [{ Name: 'resource-type', Values: ['network-interface'] }] }).Tags).toEqual([
      { Key: 'team', ResourceId: ids.networkInterface, ResourceType: 'network-interface', Value: 'blue' },
    ]);
    expect(p.describeVpcEndpointServiceConfigurations({ ServiceIds: [ids.service] }).ServiceConfigurations[0]?.Tags).toEqual(team);
    expect(c.describeTags({ Filters: [{ Name: 'resource-id', Values: [ids.securityGroupRule] }] }).Tags).toEqual([
      { Key: 'team', ResourceId: ids.securityGroupRule, ResourceType: 'security-group-rule', Value: 'blue' },
    ]);
  });

  it('a tag without Value gets the empty string; an existing key takes the new value; other tags stay', () => {
    const { c, ids } = taggingWorld();
    const vpcId = c.createVpc({ CidrBlock: '10.5.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'env', Value: 'prod' }] }] }).Vpc.VpcId;
    c.createTags({ Resources: [vpcId], Tags: [{ Key: 'team', Value: 'blue' }, { Key: 'empty' }] });
    c.createTags({ Resources: [vpcId], Tags: [{ Key: 'team', Value: 'red' }] });
    expect(c.describeVpcs({ VpcIds: [vpcId] }).Vpcs[0]?.Tags).toEqual([
      { Key: 'env', Value: 'prod' },
      { Key: 'team', Value: 'red' },
      { Key: 'empty', Value: '' },
    ]);
    // the same id twice in one call is one resource
    c.createTags({ Resources: [ids.vpc, ids.vpc], Tags: team });
    expect(c.describeVpcs({ VpcIds: [ids.vpc] }).Vpcs[0]?.Tags).toEqual(team);
  });

  it('counts the tags a resource has against the 50-tag limit; overwriting a key does not count', () => {
    const { cloud, c, ids } = taggingWorld();
    c.createTags({ Resources: [ids.subnet], Tags: many(49) });
    expectFailure(cloud, () => c.createTags({ Resources: [ids.subnet], Tags: many(2, 'x') }), 'TagLimitExceeded', 'The maximum number of Tags for a resource has been reached.');
    c.createTags({ Resources: [ids.subnet], Tags: [{ Key: 'k0', Value: 'new' }, { Key: 'x0', Value: 'v' }] });
    expect(c.describeSubnets({ SubnetIds: [ids.subnet] }).Subnets[0]?.Tags).toHaveLength(50);
    expectFailure(cloud, () => c.createTags({ Resources: [ids.subnet], Tags: [{ Key: 'one-more' }] }), 'TagLimitExceeded');
  });

  it('is all or nothing across resources', () => {
    const { cloud, c, ids } = taggingWorld();
    c.createTags({ Resources: [ids.subnet], Tags: many(50) });
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc, ids.subnet], Tags: team }), 'TagLimitExceeded');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc, 'subnet-0123456789abcdef0'], Tags: team }), 'InvalidSubnetID.NotFound');
    expect(c.describeVpcs({ VpcIds: [ids.vpc] }).Vpcs[0]?.Tags).toEqual([]);
  });

  it("answers another account's resource exactly as an unknown one, with the kind's NotFound", () => {
    const { cloud, p, outsider, ids } = taggingWorld();
    expectFailure(cloud, () => p.createTags({ Resources: [ids.vpc], Tags: team }), 'InvalidVpcID.NotFound', `The vpc ID '${ids.vpc}' does not exist`);
    expectFailure(cloud, () => p.createTags({ Resources: [ids.subnet], Tags: team }), 'InvalidSubnetID.NotFound', `The subnet ID '${ids.subnet}' does not exist`);
    expectFailure(cloud, () => p.createTags({ Resources: [ids.securityGroup], Tags: team }), 'InvalidGroup.NotFound');
    expectFailure(cloud, () => p.createTags({ Resources: [ids.networkInterface], Tags: team }), 'InvalidNetworkInterfaceID.NotFound', `The networkInterface ID '${ids.networkInterface}' does not exist`);
    expectFailure(cloud, () => p.createTags({ Resources: [ids.securityGroupRule], Tags: team }), 'InvalidSecurityGroupRuleId.NotFound');
    expectFailure(cloud, () => p.createTags({ Resources: [ids.vpcEndpoint], Tags: team }), 'InvalidVpcEndpointId.NotFound', `The Vpc Endpoint Id '${ids.vpcEndpoint}' does not exist`);
    expectFailure(cloud, () => outsider.createTags({ Resources: [ids.service], Tags: team }), 'InvalidVpcEndpointServiceId.NotFound');
    expectFailure(cloud, () => outsider.createTags({ Resources: [ids.peering], Tags: team }), 'InvalidVpcPeeringConnectionID.NotFound');
    expectFailure(cloud, () => outsider.createTags({ Resources: ['vpc-0123456789abcdef0'], Tags: team }), 'InvalidVpcID.NotFound');
  });

  it('lets both sides of a peering connection tag it', () => {
    const { c, p, ids } = taggingWorld();
    c.createTags({ Resources: [ids.peering], Tags: [{ Key: 'side', Value: 'accepter' }] });
    expect(p.describeVpcPeeringConnections({ VpcPeeringConnectionIds: [ids.peering] }).VpcPeeringConnections[0]?.Tags).toEqual([{ Key: 'side', Value: 'accepter' }]);
  });

  it('refuses a malformed id, or one of a kind AWS does not tag, with InvalidID before any lookup', () => {
    const { cloud, c, p } = taggingWorld();
    const notification = p.createVpcEndpointConnectionNotification({
      ServiceId: p.describeVpcEndpointServiceConfigurations().ServiceConfigurations[0]?.ServiceId ?? '',
      ConnectionNotificationArn: 'arn:aws:sns:us-east-1:111111111111:topic',
      ConnectionEvents: ['Accept'],
    }).ConnectionNotification.ConnectionNotificationId;
    for (const id of ['vpc-123', 'nonsense', 'i-0123456789abcdef0', notification, 'vpce-svc-perm-0123456789abcdef0']) {
      expectFailure(cloud, () => c.createTags({ Resources: [id], Tags: team }), 'InvalidID', `The ID '${id}' is not valid`);
    }
    expectFailure(cloud, () => c.createTags({ Resources: ['subnet-0123456789abcdef0', 'bad'], Tags: team }), 'InvalidID');
  });

  it('checks the request as AWS does', () => {
    const { cloud, c, ids } = taggingWorld();
    expectFailure(cloud, () => c.createTags({ Resources: [], Tags: team }), 'MissingParameter');
    expectFailure(cloud, () => c.createTags({ Resources: undefined, Tags: team }), 'MissingParameter');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: [] }), 'MissingParameter', 'The request must contain the parameter Tags');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: undefined }), 'MissingParameter');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: [{ Key: 'aws:owner', Value: 'x' }] }), 'InvalidTagKey.Malformed');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: [{ Key: 'a' }, { Key: 'a' }] }), 'InvalidParameterValue');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: [{ Key: '' }] }), 'InvalidParameterValue');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: [{ Key: 'k'.repeat(129) }] }), 'InvalidParameterValue');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }), 'InvalidParameterValue');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: many(51) }), 'TagLimitExceeded');
    expectFailure(cloud, () => c.createTags({ Resources: [ids.vpc], Tags: team, DryRun: true }), 'DryRunOperation');
  });

  it('asks IAM once per resource, with the resource ARN and aws:RequestTag keys', () => {
    const { cloud, ids } = taggingWorld();
    const dev = 'arn:aws:iam::222222222222:role/dev';
    cloud.iam.putPrincipalPolicy(dev, {
      Statement: [
        { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
        { Effect: 'Deny', Action: 'ec2:CreateTags', Resource: 'arn:aws:ec2:us-east-1:222222222222:subnet/*' },
        { Effect: 'Deny', Action: 'ec2:CreateTags', Resource: '*', Condition: { StringEquals: { 'aws:RequestTag/team': 'red' } } },
      ],
    });
    const devEc2 = cloud.ec2({ accountId: '222222222222', region: 'us-east-1', principalArn: dev });
    devEc2.createTags({ Resources: [ids.vpc], Tags: team });
    const error = expectFailure(cloud, () => devEc2.createTags({ Resources: [ids.vpc, ids.subnet], Tags: team }), 'UnauthorizedOperation');
    expect(error.message).toContain(`on resource: arn:aws:ec2:us-east-1:222222222222:subnet/${ids.subnet}`);
    expectFailure(cloud, () => devEc2.createTags({ Resources: [ids.vpc], Tags: [{ Key: 'team', Value: 'red' }] }), 'UnauthorizedOperation');
    cloud.iam.putPrincipalPolicy(dev, { Statement: [{ Effect: 'Deny', Action: 'ec2:DeleteTags', Resource: `arn:aws:ec2:us-east-1:222222222222:vpc/${ids.vpc}` }] }, 'no-untag');
    expectFailure(cloud, () => devEc2.deleteTags({ Resources: [ids.subnet, ids.vpc] }), 'UnauthorizedOperation');
    devEc2.deleteTags({ Resources: [ids.subnet] });
  });

  it('gives IAM the tags each resource carries (ec2:ResourceTag/<key>)', () => {
    const { cloud, c, ids } = taggingWorld();
    c.createTags({ Resources: [ids.subnet], Tags: [{ Key: 'env', Value: 'prod' }] });
    const dev = 'arn:aws:iam::222222222222:role/dev';
    cloud.iam.putPrincipalPolicy(dev, {
      Statement: [
        { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
        { Effect: 'Deny', Action: ['ec2:CreateTags', 'ec2:DeleteTags'], Resource: '*', Condition: { StringEquals: { 'ec2:ResourceTag/env': 'prod' } } },
      ],
    });
    const devEc2 = cloud.ec2({ accountId: '222222222222', region: 'us-east-1', principalArn: dev });
    devEc2.createTags({ Resources: [ids.vpc], Tags: [{ Key: 'env', Value: 'test' }] });
    expectFailure(cloud, () => devEc2.createTags({ Resources: [ids.vpc, ids.subnet], Tags: [{ Key: 'team', Value: 'x' }] }), 'UnauthorizedOperation');
    expectFailure(cloud, () => devEc2.deleteTags({ Resources: [ids.subnet] }), 'UnauthorizedOperation');
    devEc2.deleteTags({ Resources: [ids.vpc] });
  });

  it('survives a snapshot', async () => {
    const { cloud, c, ids } = taggingWorld();
    c.createTags({ Resources: [ids.vpcEndpoint], Tags: team });
    const { createCloud } = await import('../../src/index.js');
    const copy = createCloud({ from: JSON.parse(JSON.stringify(cloud.snapshot())) });
    expect(copy.ec2({ accountId: '222222222222', region: 'us-east-1' }).describeTags().Tags).toEqual(c.describeTags().Tags);
  });
});
