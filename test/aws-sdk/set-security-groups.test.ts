import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand,
  DescribeLoadBalancersCommand,
  InvalidConfigurationRequestException,
  InvalidSecurityGroupException,
  LoadBalancerNotFoundException,
  SetSecurityGroupsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { isolatedEc2Client, isolatedElbv2Client, rejectionOf } from './support.js';

const ACCOUNT = '111111111111';

async function setUp() {
  const cloud = createCloud({ seed: 3 });
  const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT });
  const elbv2 = attachClient(isolatedElbv2Client(), cloud, { accountId: ACCOUNT });
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.4.0.0/16' }))).Vpc?.VpcId ?? '';
  const subnetId = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.4.1.0/24' }))).Subnet?.SubnetId ?? '';
  const group = async (name: string) => (await ec2.send(new CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId: vpcId }))).GroupId ?? '';
  const sg1 = await group('one');
  const sg2 = await group('two');
  const create = async (name: string, groups?: string[]) =>
    (await elbv2.send(new CreateLoadBalancerCommand({ Name: name, Type: 'network', Subnets: [subnetId], ...(groups ? { SecurityGroups: groups } : {}) }))).LoadBalancers?.[0]
      ?.LoadBalancerArn ?? '';
  return { cloud, elbv2, sg1, sg2, create };
}

describe('SetSecurityGroups through @aws-sdk/client-elastic-load-balancing-v2', () => {
  it('sets the groups and the PrivateLink enforcement, and DescribeLoadBalancers shows them', async () => {
    const { elbv2, sg1, sg2, create } = await setUp();
    const arn = await create('guarded', [sg1]);
    const out = await elbv2.send(new SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: [sg2], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' }));
    expect(out.SecurityGroupIds).toEqual([sg2]);
    expect(out.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('off');
    expect(out.$metadata.httpStatusCode).toBe(200);
    const lb = (await elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }))).LoadBalancers?.[0];
    expect(lb?.SecurityGroups).toEqual([sg2]);
    expect(lb?.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('off');
  });

  it('raises the SDK\'s exception classes, and changes nothing', async () => {
    const { cloud, elbv2, sg1, create } = await setUp();
    const open = await create('open');
    const guarded = await create('guarded', [sg1]);
    const before = cloud.world;
    const noGroups = await rejectionOf(elbv2.send(new SetSecurityGroupsCommand({ LoadBalancerArn: open, SecurityGroups: [sg1] })));
    expect(noGroups).toBeInstanceOf(InvalidConfigurationRequestException);
    expect((noGroups as Error).message).toBe('You cannot set security groups on a Network Load Balancer which was created without any security groups.');
    const unknown = await rejectionOf(elbv2.send(new SetSecurityGroupsCommand({ LoadBalancerArn: guarded, SecurityGroups: ['sg-0123456789abcdef0'] })));
    expect(unknown).toBeInstanceOf(InvalidSecurityGroupException);
    const missing = guarded.replace(/[0-9a-f]{16}$/, '0123456789abcdef');
    expect(await rejectionOf(elbv2.send(new SetSecurityGroupsCommand({ LoadBalancerArn: missing, SecurityGroups: [sg1] })))).toBeInstanceOf(LoadBalancerNotFoundException);
    const none = await rejectionOf(elbv2.send(new SetSecurityGroupsCommand({ LoadBalancerArn: guarded, SecurityGroups: [] })));
    expect((none as Error).name).toBe('ValidationError');
    expect(cloud.world).toBe(before);
  });
});
