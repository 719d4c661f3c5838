/**
 * Every quota refusal through real SDK v3 clients served by `attachClient`: an EC2 error's
 * `name` is the AWS code; an ELBv2 error is an instance of the SDK's modelled exception
 * class, with the wire code in `Code`. The world is unchanged after each.
 */
import {
  AcceptVpcPeeringConnectionCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  CreateVpcPeeringConnectionCommand,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  RegisterTargetsCommand,
  TooManyListenersException,
  TooManyLoadBalancersException,
  TooManyTargetGroupsException,
  TooManyTargetsException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import type { Cloud, Identity } from '../../src/index.js';
import { isolatedEc2Client, isolatedElbv2Client, sdkError } from '../aws-sdk/support.js';
import { A, B, cloudWith, nlbWithTargetGroup, targets, topologyWith } from './fixtures.js';

const ec2Of = (cloud: Cloud, who: Identity = A) => attachClient(isolatedEc2Client(), cloud, { accountId: who.accountId });
const elbv2Of = (cloud: Cloud) => attachClient(isolatedElbv2Client(), cloud, { accountId: A.accountId });

/** Awaits an EC2 refusal named `code`, and checks the world stayed the same object. */
async function ec2Refusal(cloud: Cloud, send: Promise<unknown>, code: string): Promise<EC2ServiceException> {
  const before = cloud.world;
  const error = await sdkError(send, EC2ServiceException, code);
  expect(error.$metadata.httpStatusCode).toBe(400);
  expect(error).toMatchObject({ Code: code });
  expect(cloud.world).toBe(before);
  return error;
}

describe('EC2 quota errors through @aws-sdk/client-ec2', () => {
  it('VpcLimitExceeded, SubnetLimitExceeded, SecurityGroupLimitExceeded, RulesPerSecurityGroupLimitExceeded', async () => {
    const cloud = cloudWith({ vpcsPerRegion: 1, subnetsPerVpc: 1, securityGroupsPerRegion: 2, rulesPerSecurityGroup: 1 });
    const ec2 = ec2Of(cloud);
    const VpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId ?? '';
    const vpc = await ec2Refusal(cloud, ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' })), 'VpcLimitExceeded');
    expect(vpc.message).toBe('The maximum number of VPCs has been reached.');
    await ec2.send(new CreateSubnetCommand({ VpcId, CidrBlock: '10.0.0.0/24' }));
    await ec2Refusal(cloud, ec2.send(new CreateSubnetCommand({ VpcId, CidrBlock: '10.0.1.0/24' })), 'SubnetLimitExceeded');
    const GroupId = (await ec2.send(new CreateSecurityGroupCommand({ VpcId, GroupName: 'web', Description: 'x' }))).GroupId ?? '';
    await ec2Refusal(cloud, ec2.send(new CreateSecurityGroupCommand({ VpcId, GroupName: 'api', Description: 'x' })), 'SecurityGroupLimitExceeded');
    const rule = (port: number) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '10.0.0.0/16' }] });
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: [rule(80)] }));
    await ec2Refusal(cloud, ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId, IpPermissions: [rule(443)] })), 'RulesPerSecurityGroupLimitExceeded');
  });

  it('OutstandingVpcPeeringConnectionLimitExceeded and ActiveVpcPeeringConnectionPerVpcLimitExceeded', async () => {
    const cloud = cloudWith({ outstandingPeeringConnectionRequests: 2, activePeeringConnectionsPerVpc: 1 });
    const mine = ec2Of(cloud);
    const theirs = ec2Of(cloud, B);
    const hub = (await mine.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId ?? '';
    const spokes = await Promise.all(['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16'].map(async (CidrBlock) => (await theirs.send(new CreateVpcCommand({ CidrBlock }))).Vpc?.VpcId ?? ''));
    const request = async (peer: string) =>
      (await mine.send(new CreateVpcPeeringConnectionCommand({ VpcId: hub, PeerVpcId: peer, PeerOwnerId: B.accountId }))).VpcPeeringConnection?.VpcPeeringConnectionId ?? '';
    const first = await request(spokes[0] ?? '');
    const second = await request(spokes[1] ?? '');
    await ec2Refusal(cloud, request(spokes[2] ?? ''), 'OutstandingVpcPeeringConnectionLimitExceeded');
    await theirs.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: first }));
    const active = await ec2Refusal(cloud, theirs.send(new AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: second })), 'ActiveVpcPeeringConnectionPerVpcLimitExceeded');
    expect(active.message).toContain(hub);
  });

  it('VpcEndpointLimitExceeded and SecurityGroupsPerInterfaceLimitExceeded', async () => {
    const { cloud, consumer, provider } = topologyWith({ interfaceEndpointsPerVpc: 1, securityGroupsPerNetworkInterface: 1 });
    const ec2 = ec2Of(cloud, consumer.identity);
    const GroupId = (await ec2.send(new CreateSecurityGroupCommand({ VpcId: consumer.vpcId, GroupName: 'extra', Description: 'x' }))).GroupId ?? '';
    const create = (SecurityGroupIds?: string[]) =>
      ec2.send(new CreateVpcEndpointCommand({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, ...(SecurityGroupIds ? { SecurityGroupIds } : {}) }));
    await ec2Refusal(cloud, create([consumer.defaultSecurityGroupId, GroupId]), 'SecurityGroupsPerInterfaceLimitExceeded');
    await create();
    await ec2Refusal(cloud, create(), 'VpcEndpointLimitExceeded');
  });
});

describe('ELBv2 quota errors through @aws-sdk/client-elastic-load-balancing-v2', () => {
  async function elbRefusal<E extends Error>(cloud: Cloud, send: Promise<unknown>, Class: abstract new (...args: never[]) => E, code: string) {
    const before = cloud.world;
    const error = await sdkError(send, Class, `${code}Exception`);
    expect(error).toMatchObject({ Code: code, $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect(cloud.world).toBe(before);
    return error;
  }

  it('TooManyLoadBalancers, TooManyTargetGroups, TooManyListeners, TooManyTargets as the SDK classes', async () => {
    const cloud = cloudWith({ networkLoadBalancersPerRegion: 1, targetGroupsPerRegion: 1, listenersPerNetworkLoadBalancer: 1, targetsPerTargetGroup: 2 });
    const { vpcId, subnetIds, lbArn, tgArn } = nlbWithTargetGroup(cloud);
    const elbv2 = elbv2Of(cloud);
    const lb = await elbRefusal(cloud, elbv2.send(new CreateLoadBalancerCommand({ Name: 'two', Type: 'network', Scheme: 'internal', Subnets: subnetIds })), TooManyLoadBalancersException, 'TooManyLoadBalancers');
    expect(lb.message).toBe(`Exceeded quota of account ${A.accountId}`);
    await elbRefusal(cloud, elbv2.send(new CreateTargetGroupCommand({ Name: 'tg2', Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' })), TooManyTargetGroupsException, 'TooManyTargetGroups');
    const forward = [{ Type: 'forward' as const, TargetGroupArn: tgArn }];
    await elbv2.send(new CreateListenerCommand({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 80, DefaultActions: forward }));
    await elbRefusal(cloud, elbv2.send(new CreateListenerCommand({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 81, DefaultActions: forward })), TooManyListenersException, 'TooManyListeners');
    await elbRefusal(cloud, elbv2.send(new RegisterTargetsCommand({ TargetGroupArn: tgArn, Targets: targets(3) })), TooManyTargetsException, 'TooManyTargets');
  });
});
