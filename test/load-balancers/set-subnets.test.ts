import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { getRow } from '../../src/core/table.js';
import { markLoadBalancerUsed } from '../../src/load-balancers/usage.js';
import { regionForWrite, regionOf } from '../../src/world/world.js';
import { expectFailure, REGION, withListener, withNlb } from './fixtures.js';

describe('SetSubnets', () => {
  it('adds an AZ with a new node, keeping the existing ones', () => {
    const { cloud, elbv2, lbArn, subnetA, subnetB, subnetC } = withNlb();
    const before = getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn)?.nodes ?? [];
    const out = elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA, subnetB, subnetC] });
    expect(out.IpAddressType).toBe('ipv4');
    expect(out.AvailabilityZones.map((z) => [z.ZoneName, z.SubnetId])).toEqual([
      ['us-east-1a', subnetA],
      ['us-east-1b', subnetB],
      ['us-east-1c', subnetC],
    ]);
    const after = getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn)?.nodes ?? [];
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]?.AvailabilityZoneId).toBe('use1-az1');
    expect(getRow(regionOf(cloud.world, REGION).networkInterfaces, after[2]?.NetworkInterfaceId ?? '')?.InterfaceType).toBe('network_load_balancer');
  });

  it('removes an AZ left out: its node goes and its targets are cut and unused', () => {
    const { cloud, elbv2, lbArn, tgArn, subnetA } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }, { Id: '10.1.2.10' }] });
    const nodeB = getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn)?.nodes[1];
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA] });
    expect(getRow(regionOf(cloud.world, REGION).networkInterfaces, nodeB?.NetworkInterfaceId ?? '')).toBeUndefined();
    expect(events).toEqual([
      {
        type: 'DataPathCut',
        region: REGION,
        scope: { kind: 'target', targetGroupArn: tgArn, targetId: '10.1.2.10', port: 8080 },
        reason: `Availability Zone use1-az6 removed from load balancer ${lbArn}`,
      },
    ]);
    const health = elbv2.describeTargetHealth({ TargetGroupArn: tgArn }).TargetHealthDescriptions;
    expect(health.map((d) => [d.Target.Id, d.TargetHealth.State, d.TargetHealth.Reason])).toEqual([
      ['10.1.1.10', 'healthy', undefined],
      ['10.1.2.10', 'unused', 'Target.NotInUse'],
    ]);
  });

  it('asks 8 free addresses only of a subnet that gets a new node, not of one it keeps', () => {
    const { cloud, ec2, elbv2 } = withNlb();
    const vpc = ec2.createVpc({ CidrBlock: '10.3.0.0/16' }).Vpc.VpcId;
    const tiny = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.3.9.0/28', AvailabilityZone: 'us-east-1c' }).Subnet.SubnetId; // 11 usable
    const roomy = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.3.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
    const nlb = (name: string) => elbv2.createLoadBalancer({ Name: name, Type: 'network', Scheme: 'internal', Subnets: [tiny] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    const first = nlb('t1');
    nlb('t2');
    nlb('t3');
    nlb('t4'); // 7 free now
    expectFailure(cloud, () => nlb('t5'), 'InvalidSubnet', /ELB requires at least 8 free IP addresses/);
    const out = elbv2.setSubnets({ LoadBalancerArn: first, Subnets: [tiny, roomy] });
    expect(out.AvailabilityZones.map((z) => z.SubnetId).sort()).toEqual([roomy, tiny].sort());
  });

  it('changes nothing when given the current subnets', () => {
    const { cloud, elbv2, lbArn, subnetA, subnetB } = withNlb();
    const before = getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn);
    elbv2.setSubnets({ LoadBalancerArn: lbArn, SubnetMappings: [{ SubnetId: subnetB }, { SubnetId: subnetA }] });
    expect(getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn)).toEqual(before);
  });

  it('enforces one subnet per AZ, one VPC, and a separate call to swap an AZ’s subnet', () => {
    const { cloud, ec2, elbv2, lbArn, subnetA, subnetB, subnet } = withNlb();
    const secondA = subnet('10.1.4.0/24', 'us-east-1a');
    expectFailure(cloud, () => elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA, secondA] }), 'InvalidConfigurationRequest', 'A load balancer cannot be attached to multiple subnets in the same Availability Zone');
    expectFailure(cloud, () => elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [secondA, subnetB] }), 'InvalidConfigurationRequest', /cannot be changed in one call/);
    const otherVpc = ec2.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
    const otherC = ec2.createSubnet({ VpcId: otherVpc, CidrBlock: '10.2.3.0/24', AvailabilityZone: 'us-east-1c' }).Subnet.SubnetId;
    const vpcId = getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn)?.VpcId;
    expectFailure(cloud, () => elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA, subnetB, otherC] }), 'InvalidConfigurationRequest', `All subnets must belong to the same VPC: '${vpcId}'`);
    expectFailure(cloud, () => elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: ['subnet-0123456789abcdef0'] }), 'SubnetNotFound');
    expectFailure(cloud, () => elbv2.setSubnets({ LoadBalancerArn: lbArn }), 'ValidationError', 'You must specify subnets or subnet mappings');
    expectFailure(cloud, () => elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA], IpAddressType: 'dualstack' }), 'ValidationError', /IPv4 traffic only/);
  });

  it('refuses to remove subnets while an endpoint service uses the NLB', () => {
    const { cloud, elbv2, lbArn, subnetA, subnetB, subnetC } = withNlb();
    cloud.change((ctx) => markLoadBalancerUsed(regionForWrite(ctx.world, REGION), lbArn, 'vpce-svc-0123456789abcdef0'));
    expectFailure(cloud, () => elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA] }), 'InvalidConfigurationRequest', /active VPC endpoint associations/);
    elbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA, subnetB, subnetC] }); // adding is fine
  });

  it('answers LoadBalancerNotFound for an unknown or foreign NLB', () => {
    const { cloud, strangerElbv2, lbArn, subnetA } = withNlb();
    expectFailure(cloud, () => strangerElbv2.setSubnets({ LoadBalancerArn: lbArn, Subnets: [subnetA] }), 'LoadBalancerNotFound', `Load balancer '${lbArn}' not found`);
  });
});
