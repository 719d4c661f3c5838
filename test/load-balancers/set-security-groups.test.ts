import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import { createCloud, type World } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { expectFailure, providerWorld, PROVIDER, REGION, STRANGER } from './fixtures.js';

/** A provider world with two extra groups in its VPC and an NLB in AZs a and b guarded by the first. */
function withGuardedNlb(options: Parameters<typeof providerWorld>[0] = {}) {
  const env = providerWorld(options);
  const group = (name: string) => env.ec2.createSecurityGroup({ GroupName: name, Description: name, VpcId: env.vpcId }).GroupId;
  const sg1 = group('nlb-1');
  const sg2 = group('nlb-2');
  const lb = env.elbv2.createLoadBalancer({ Name: 'guarded', Type: 'network', Scheme: 'internal', Subnets: [env.subnetA, env.subnetB], SecurityGroups: [sg1] })
    .LoadBalancers[0];
  if (lb === undefined) throw new Error('no load balancer');
  const record = () => getRow(regionOf(env.cloud.world, REGION).loadBalancers, lb.LoadBalancerArn);
  const nodeGroups = () =>
    (record()?.nodes ?? []).map((node) => getRow(regionOf(env.cloud.world, REGION).networkInterfaces, node.NetworkInterfaceId)?.Groups);
  return { ...env, group, sg1, sg2, lbArn: lb.LoadBalancerArn, record, nodeGroups };
}

describe('SetSecurityGroups', () => {
  it('replaces the groups of the NLB and of every node interface, and describes them', () => {
    const { elbv2, lbArn, sg1, sg2, nodeGroups } = withGuardedNlb();
    expect(nodeGroups()).toEqual([[sg1], [sg1]]);
    const out = elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg2, sg1] });
    expect(out).toEqual({ SecurityGroupIds: [sg2, sg1], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'on' });
    expect(nodeGroups()).toEqual([[sg2, sg1], [sg2, sg1]]);
    const lb = elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0];
    expect(lb?.SecurityGroups).toEqual([sg2, sg1]);
    expect(lb?.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('on');
  });

  it('stores the PrivateLink enforcement as set, and keeps it when the call omits it', () => {
    const { elbv2, lbArn, sg1, sg2, record } = withGuardedNlb();
    expect(record()?.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('on');
    const off = elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg1], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' });
    expect(off.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('off');
    expect(elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0]?.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('off');
    const kept = elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg2] });
    expect(kept.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('off');
    elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg2], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'on' });
    expect(record()?.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic).toBe('on');
  });

  it('gives new nodes (SetSubnets) the current groups', () => {
    const { elbv2, lbArn, sg2, subnetA, subnetB, subnetC, nodeGroups } = withGuardedNlb();
    elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg2] });
    elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA, subnetB, subnetC] });
    expect(nodeGroups()).toEqual([[sg2], [sg2], [sg2]]);
  });

  it('makes a group an NLB uses a dependent object, and frees the one it dropped', () => {
    const { cloud, ec2, elbv2, lbArn, sg1, sg2 } = withGuardedNlb();
    expectFailure(cloud, () => ec2.deleteSecurityGroup({ GroupId: sg1 }), 'DependencyViolation', `resource ${sg1} has a dependent object`);
    elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg2] });
    expect(ec2.deleteSecurityGroup({ GroupId: sg1 })).toEqual({ Return: true, GroupId: sg1 });
    expectFailure(cloud, () => ec2.deleteSecurityGroup({ GroupId: sg2 }), 'DependencyViolation');
    elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn });
    expect(ec2.deleteSecurityGroup({ GroupId: sg2 }).Return).toBe(true);
  });

  it('survives a snapshot round trip with its setting', () => {
    const { cloud, elbv2, lbArn, sg2 } = withGuardedNlb();
    elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg2], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' });
    const json = JSON.stringify(cloud.snapshot());
    const restored = createCloud({ from: JSON.parse(json) as World });
    expect(JSON.stringify(restored.snapshot())).toBe(json);
    const lb = restored.elbv2({ accountId: PROVIDER, region: REGION }).describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0];
    expect([lb?.SecurityGroups, lb?.EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic]).toEqual([[sg2], 'off']);
  });

  it('refuses an NLB created without security groups (InvalidConfigurationRequest)', () => {
    const { cloud, ec2, elbv2, vpcId, subnetA } = providerWorld();
    const arn = elbv2.createLoadBalancer({ Name: 'open', Type: 'network', Subnets: [subnetA] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    const groupId = ec2.createSecurityGroup({ GroupName: 'late', Description: 'late', VpcId: vpcId }).GroupId;
    expectFailure(
      cloud,
      () => elbv2.setSecurityGroups({ LoadBalancerArn: arn, SecurityGroups: [groupId] }),
      'InvalidConfigurationRequest',
      'You cannot set security groups on a Network Load Balancer which was created without any security groups.',
    );
    expectFailure(
      cloud,
      () => elbv2.setSecurityGroups({ LoadBalancerArn: arn, SecurityGroups: [groupId], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' }),
      'InvalidConfigurationRequest',
    );
  });

  it('refuses to remove every group of an NLB created with groups (ValidationError)', () => {
    const { cloud, elbv2, lbArn } = withGuardedNlb();
    expectFailure(
      cloud,
      () => elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [] }),
      'ValidationError',
      'You cannot remove all security groups from a Network Load Balancer which was created with security groups.',
    );
  });

  it('refuses more than 5 groups (the security groups per network interface quota), on create too', () => {
    const { cloud, elbv2, lbArn, group, subnetA } = withGuardedNlb();
    const six = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map(group);
    expectFailure(cloud, () => elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: six }), 'InvalidConfigurationRequest', 'A load balancer cannot have more than 5 security groups');
    expect(elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: six.slice(0, 5) }).SecurityGroupIds).toHaveLength(5);
    expectFailure(cloud, () => elbv2.createLoadBalancer({ Name: 'six', Type: 'network', Subnets: [subnetA], SecurityGroups: six }), 'InvalidConfigurationRequest');
  });

  it('follows a raised quota', () => {
    const { elbv2, lbArn, group } = withGuardedNlb({ quotas: { securityGroupsPerNetworkInterface: 6 } });
    const six = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map(group);
    expect(elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: six }).SecurityGroupIds).toEqual(six);
  });

  it('refuses a group of another VPC, of another account, or unknown (InvalidSecurityGroup)', () => {
    const { cloud, ec2, elbv2, lbArn, sg1 } = withGuardedNlb();
    const otherVpc = ec2.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const elsewhere = ec2.createSecurityGroup({ GroupName: 'elsewhere', Description: 'x', VpcId: otherVpc }).GroupId;
    expectFailure(cloud, () => elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg1, elsewhere] }), 'InvalidSecurityGroup', `Security group '${elsewhere}' does not exist`);
    const strangerEc2 = cloud.ec2({ accountId: STRANGER, region: REGION });
    const strangerVpc = strangerEc2.createVpc({ CidrBlock: '10.8.0.0/16' }).Vpc.VpcId;
    const foreign = strangerEc2.createSecurityGroup({ GroupName: 'foreign', Description: 'x', VpcId: strangerVpc }).GroupId;
    expectFailure(cloud, () => elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [foreign] }), 'InvalidSecurityGroup');
    expectFailure(cloud, () => elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: ['sg-0123456789abcdef0'] }), 'InvalidSecurityGroup');
  });

  it('answers LoadBalancerNotFound for an unknown NLB or another account\'s', () => {
    const { cloud, elbv2, strangerElbv2, lbArn, sg1 } = withGuardedNlb();
    const missing = lbArn.replace(/[0-9a-f]{16}$/, '0123456789abcdef');
    expectFailure(cloud, () => elbv2.setSecurityGroups({ LoadBalancerArn: missing, SecurityGroups: [sg1] }), 'LoadBalancerNotFound', `Load balancer '${missing}' not found`);
    expectFailure(cloud, () => strangerElbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg1] }), 'LoadBalancerNotFound', `Load balancer '${lbArn}' not found`);
  });

  it('refuses malformed input with ValidationError', () => {
    const { cloud, elbv2, lbArn, sg1 } = withGuardedNlb();
    expectFailure(cloud, () => elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: undefined }), 'ValidationError');
    expectFailure(cloud, () => elbv2.setSecurityGroups({ LoadBalancerArn: 'not-an-arn', SecurityGroups: [sg1] }), 'ValidationError');
    expectFailure(
      cloud,
      () => elbv2.setSecurityGroups({ LoadBalancerArn: lbArn, SecurityGroups: [sg1], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'maybe' as 'on' }),
      'ValidationError',
    );
  });
});
