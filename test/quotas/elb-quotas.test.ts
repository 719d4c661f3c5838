/**
 * ELBv2 quotas through the facade: Network Load Balancers and target groups per Region,
 * listeners per NLB, targets per target group. Each at AWS's default, raised, lowered and
 * unlimited; a refusal changes nothing; deleting frees room.
 */
import { describe, expect, it } from 'vitest';
import { A, B, cloudWith, expectCountersMatchWorld, expectRefused, nlbWithTargetGroup, targets, vpcWithSubnets } from './fixtures.js';

describe('Network Load Balancers per Region (TooManyLoadBalancers)', () => {
  it('allows AWS default of 50 per account and Region, refuses the 51st; deleting frees room', () => {
    const cloud = cloudWith();
    const { subnetIds } = vpcWithSubnets(cloud, A, '10.0.0.0/16');
    const elbv2 = cloud.elbv2(A);
    const create = (name: string) => elbv2.createLoadBalancer({ Name: name, Type: 'network', Scheme: 'internal', Subnets: subnetIds });
    const arns = Array.from({ length: 50 }, (_, i) => create(`nlb-${i}`).LoadBalancers[0]?.LoadBalancerArn ?? '');
    expectRefused(cloud, () => create('nlb-50'), 'TooManyLoadBalancers', `Exceeded quota of account ${A.accountId}`);
    // Calling again with an existing name and the same settings is no new load balancer.
    expect(create('nlb-0').LoadBalancers[0]?.LoadBalancerArn).toBe(arns[0]);
    // Per account.
    const theirs = vpcWithSubnets(cloud, B, '10.1.0.0/16').subnetIds;
    cloud.elbv2(B).createLoadBalancer({ Name: 'nlb-0', Type: 'network', Scheme: 'internal', Subnets: theirs });
    elbv2.deleteLoadBalancer({ LoadBalancerArn: arns[7] ?? '' });
    create('nlb-50');
    expectCountersMatchWorld(cloud.world);
  });

  it('lowered to 1, raised to 3, unlimited', () => {
    for (const [quota, allowed] of [[1, 1], [3, 3], [Infinity, 60]] as const) {
      const cloud = cloudWith({ networkLoadBalancersPerRegion: quota });
      const { subnetIds } = vpcWithSubnets(cloud, A, '10.0.0.0/16');
      const create = (i: number) => cloud.elbv2(A).createLoadBalancer({ Name: `n${i}`, Type: 'network', Scheme: 'internal', Subnets: subnetIds });
      for (let i = 0; i < allowed; i++) create(i);
      if (quota !== Infinity) expectRefused(cloud, () => create(allowed), 'TooManyLoadBalancers');
    }
  });
});

describe('target groups per Region (TooManyTargetGroups)', () => {
  it('allows AWS default of 3,000 per account and Region and refuses the 3,001st', () => {
    const cloud = cloudWith();
    const { vpcId } = vpcWithSubnets(cloud, A, '10.0.0.0/16');
    const elbv2 = cloud.elbv2(A);
    const create = (i: number) => elbv2.createTargetGroup({ Name: `tg-${i}`, Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' });
    for (let i = 0; i < 3_000; i++) create(i);
    expectRefused(cloud, () => create(3_000), 'TooManyTargetGroups', `Exceeded quota of account ${A.accountId}`);
    expect(create(5).TargetGroups).toHaveLength(1); // the same name and settings: the existing one
  });

  it('lowered to 2: deleting one frees room; unlimited', () => {
    const cloud = cloudWith({ targetGroupsPerRegion: 2 });
    const { vpcId } = vpcWithSubnets(cloud, A, '10.0.0.0/16');
    const elbv2 = cloud.elbv2(A);
    const create = (i: number) => elbv2.createTargetGroup({ Name: `tg-${i}`, Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
    const first = create(0);
    create(1);
    expectRefused(cloud, () => create(2), 'TooManyTargetGroups');
    elbv2.deleteTargetGroup({ TargetGroupArn: first });
    create(2);
    expectCountersMatchWorld(cloud.world);

    const unlimited = cloudWith({ targetGroupsPerRegion: Infinity });
    const vpc = vpcWithSubnets(unlimited, A, '10.0.0.0/16').vpcId;
    for (let i = 0; i < 10; i++) unlimited.elbv2(A).createTargetGroup({ Name: `tg-${i}`, Protocol: 'TCP', Port: 80, VpcId: vpc, TargetType: 'ip' });
  });
});

describe('listeners per Network Load Balancer (TooManyListeners)', () => {
  it('allows AWS default of 50 and refuses the 51st; deleting one frees room', () => {
    const cloud = cloudWith();
    const { elbv2, lbArn, tgArn } = nlbWithTargetGroup(cloud);
    const listen = (Port: number) =>
      elbv2.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] }).Listeners[0]?.ListenerArn ?? '';
    const arns = Array.from({ length: 50 }, (_, i) => listen(1000 + i));
    expectRefused(cloud, () => listen(2000), 'TooManyListeners', `You've reached the limit on the number of listeners per load balancer '${lbArn}'`);
    expect(listen(1000)).toBe(arns[0]); // the same port and settings: the existing listener
    elbv2.deleteListener({ ListenerArn: arns[3] ?? '' });
    listen(2000);
  });

  it('lowered to 1 and unlimited', () => {
    const low = cloudWith({ listenersPerNetworkLoadBalancer: 1 });
    const l = nlbWithTargetGroup(low);
    const listen = (env: typeof l, Port: number) =>
      env.elbv2.createListener({ LoadBalancerArn: env.lbArn, Protocol: 'TCP', Port, DefaultActions: [{ Type: 'forward', TargetGroupArn: env.tgArn }] });
    listen(l, 80);
    expectRefused(low, () => listen(l, 81), 'TooManyListeners');
    const unlimited = cloudWith({ listenersPerNetworkLoadBalancer: Infinity });
    const u = nlbWithTargetGroup(unlimited);
    for (let port = 1; port <= 60; port++) listen(u, port);
  });
});

describe('targets per target group (TooManyTargets)', () => {
  it('allows AWS default of 1,000 and refuses a registration past it whole', () => {
    const cloud = cloudWith();
    const { elbv2, tgArn } = nlbWithTargetGroup(cloud);
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: targets(999) });
    expectRefused(
      cloud,
      () => elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: targets(2, 999) }),
      'TooManyTargets',
      `You've reached the limit on the number of targets in target group '${tgArn}'`,
    );
    // Targets already registered, and a target repeated in the request, count once.
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [...targets(5), ...targets(1, 999), ...targets(1, 999)] });
    expect(elbv2.describeTargetHealth({ TargetGroupArn: tgArn }).TargetHealthDescriptions).toHaveLength(1_000);
    expectRefused(cloud, () => elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: targets(1, 1_000) }), 'TooManyTargets');
    elbv2.deregisterTargets({ TargetGroupArn: tgArn, Targets: targets(1) });
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: targets(1, 1_000) });
  });

  it('lowered to 2 and unlimited', () => {
    const low = cloudWith({ targetsPerTargetGroup: 2 });
    const l = nlbWithTargetGroup(low);
    expectRefused(low, () => l.elbv2.registerTargets({ TargetGroupArn: l.tgArn, Targets: targets(3) }), 'TooManyTargets');
    l.elbv2.registerTargets({ TargetGroupArn: l.tgArn, Targets: targets(2) });
    const unlimited = cloudWith({ targetsPerTargetGroup: Infinity });
    const u = nlbWithTargetGroup(unlimited);
    u.elbv2.registerTargets({ TargetGroupArn: u.tgArn, Targets: targets(1_500) });
  });
});
