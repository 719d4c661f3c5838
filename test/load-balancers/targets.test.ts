import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { expectFailure, providerWorld, withListener } from './fixtures.js';

const health = (elbv2: ReturnType<typeof withListener>['elbv2'], TargetGroupArn: string) =>
  elbv2.describeTargetHealth({ TargetGroupArn }).TargetHealthDescriptions.map((d) => [
    d.Target.Id,
    d.Target.AvailabilityZone,
    d.TargetHealth.State,
    d.TargetHealth.Reason,
  ]);

describe('RegisterTargets and DescribeTargetHealth', () => {
  it('places ip targets in their subnet’s AZ and reports them healthy once attached', () => {
    const { elbv2, tgArn } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }, { Id: '10.1.2.10', Port: 9000 }] });
    const out = elbv2.describeTargetHealth({ TargetGroupArn: tgArn }).TargetHealthDescriptions;
    expect(out).toEqual([
      { Target: { Id: '10.1.1.10', Port: 8080, AvailabilityZone: 'us-east-1a' }, HealthCheckPort: '8080', TargetHealth: { State: 'healthy' } },
      { Target: { Id: '10.1.2.10', Port: 9000, AvailabilityZone: 'us-east-1b' }, HealthCheckPort: '9000', TargetHealth: { State: 'healthy' } },
    ]);
  });

  it('reports unused when the group has no load balancer, or the AZ is not enabled', () => {
    const { elbv2, vpcId, tgArn } = withListener();
    const loose = elbv2.createTargetGroup({ Name: 'loose', Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
    elbv2.registerTargets({ TargetGroupArn: loose, Targets: [{ Id: '10.1.1.10' }] });
    expect(elbv2.describeTargetHealth({ TargetGroupArn: loose }).TargetHealthDescriptions[0]?.TargetHealth).toEqual({
      State: 'unused',
      Reason: 'Target.NotInUse',
      Description: 'Target group is not configured to receive traffic from the load balancer',
    });
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.3.10' }] });
    expect(elbv2.describeTargetHealth({ TargetGroupArn: tgArn }).TargetHealthDescriptions[0]?.TargetHealth).toEqual({
      State: 'unused',
      Reason: 'Target.NotInUse',
      Description: 'Target is in an Availability Zone that is not enabled for the load balancer',
    });
  });

  it('accepts private addresses outside the VPC with AvailabilityZone all or a named AZ', () => {
    const { elbv2, tgArn } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '192.168.10.5', AvailabilityZone: 'all' }, { Id: '172.16.0.9', AvailabilityZone: 'us-east-1b' }] });
    expect(health(elbv2, tgArn)).toEqual([
      ['172.16.0.9', 'us-east-1b', 'healthy', undefined],
      ['192.168.10.5', 'all', 'healthy', undefined],
    ]);
  });

  it('reports targets asked for but not registered', () => {
    const { elbv2, tgArn } = withListener();
    expect(elbv2.describeTargetHealth({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.99' }] }).TargetHealthDescriptions).toEqual([
      { Target: { Id: '10.1.1.99', Port: 8080 }, HealthCheckPort: '8080', TargetHealth: { State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' } },
    ]);
  });

  it('registering twice changes nothing', () => {
    const { cloud, elbv2, tgArn } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }] });
    const before = cloud.world;
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10', Port: 8080 }] });
    expect(cloud.world).toBe(before);
  });

  it('rejects misplaced ip targets as AWS does', () => {
    const { cloud, elbv2, tgArn } = withListener();
    const reg = (Id: string, AvailabilityZone?: string) => () =>
      elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [AvailabilityZone === undefined ? { Id } : { Id, AvailabilityZone }] });
    expectFailure(cloud, reg('10.1.1.10', 'all'), 'ValidationError', "The IP address '10.1.1.10' is within the VPC, and cannot have its Availability Zone overridden to 'all' from 'us-east-1a'");
    expectFailure(cloud, reg('10.1.1.10', 'us-east-1b'), 'ValidationError', "The IP address '10.1.1.10' is within the VPC, and cannot have its Availability Zone overridden to 'us-east-1b' from 'us-east-1a'");
    expectFailure(cloud, reg('192.168.1.1'), 'ValidationError', "The Availability Zone is required for IP address '192.168.1.1' because it is not in the VPC");
    expectFailure(cloud, reg('192.168.1.1', 'us-east-1z'), 'ValidationError', "You must specify a valid Availability Zone or select 'all' for all enabled Availability zones, since the IP address '192.168.1.1' is outside the VPC");
    expectFailure(cloud, reg('8.8.8.8', 'all'), 'ValidationError', /RFC 1918/);
    expectFailure(cloud, reg('not-an-ip'), 'ValidationError', "The IP address 'not-an-ip' is not a valid IPv4 address");
    expectFailure(cloud, () => elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [] }), 'ValidationError', /Value null at 'targets'/);
    expectFailure(cloud, () => elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10', Port: 0 }] }), 'ValidationError', /port/);
  });

  it('cannot register instances: the model has none', () => {
    const { cloud, elbv2, vpcId } = providerWorld();
    const arn = elbv2.createTargetGroup({ Name: 'inst', Protocol: 'TCP', Port: 80, VpcId: vpcId }).TargetGroups[0]?.TargetGroupArn ?? '';
    expectFailure(cloud, () => elbv2.registerTargets({ TargetGroupArn: arn, Targets: [{ Id: 'i-0123456789abcdef0' }] }), 'InvalidTarget', /not valid instances: 'i-0123456789abcdef0'/);
    expectFailure(cloud, () => elbv2.registerTargets({ TargetGroupArn: arn, Targets: [{ Id: '10.1.1.10' }] }), 'ValidationError', "Instance ID '10.1.1.10' is not valid");
  });

  it("answers TargetGroupNotFound for another account's group", () => {
    const { cloud, strangerElbv2, tgArn } = withListener();
    expectFailure(cloud, () => strangerElbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }] }), 'TargetGroupNotFound', `Target groups '${tgArn}' not found`);
    expectFailure(cloud, () => strangerElbv2.describeTargetHealth({ TargetGroupArn: tgArn }), 'TargetGroupNotFound');
    expectFailure(cloud, () => strangerElbv2.deregisterTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }] }), 'TargetGroupNotFound');
  });
});

describe('DeregisterTargets', () => {
  it('removes targets and cuts their connections', () => {
    const { cloud, elbv2, tgArn } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }, { Id: '10.1.2.10' }] });
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    elbv2.deregisterTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }] });
    expect(health(elbv2, tgArn)).toEqual([['10.1.2.10', 'us-east-1b', 'healthy', undefined]]);
    expect(events).toEqual([
      { type: 'DataPathCut', region: 'us-east-1', scope: { kind: 'target', targetGroupArn: tgArn, targetId: '10.1.1.10', port: 8080 }, reason: `Target 10.1.1.10:8080 deregistered from ${tgArn}` },
    ]);
  });

  it('refuses a target that is not registered, changing nothing', () => {
    const { cloud, elbv2, tgArn } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }] });
    expectFailure(
      cloud,
      () => elbv2.deregisterTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }, { Id: '10.1.1.10', Port: 9999 }] }),
      'InvalidTarget',
      `The following targets are not registered in target group '${tgArn}': '10.1.1.10:9999'`,
    );
  });
});

describe('Model control: cloud.faults.setTargetHealth', () => {
  it('makes a target unhealthy, cutting its connections, and healthy again', () => {
    const { cloud, elbv2, tgArn } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }] });
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    cloud.faults.setTargetHealth(tgArn, { Id: '10.1.1.10', Port: 8080 }, 'unhealthy');
    expect(elbv2.describeTargetHealth({ TargetGroupArn: tgArn }).TargetHealthDescriptions[0]?.TargetHealth).toEqual({
      State: 'unhealthy',
      Reason: 'Target.FailedHealthChecks',
      Description: 'Health checks failed',
    });
    expect(events.map((e) => e.type)).toEqual(['DataPathCut']);
    cloud.faults.setTargetHealth(tgArn, { Id: '10.1.1.10' }, 'unhealthy'); // already unhealthy: no second cut
    expect(events).toHaveLength(1);
    cloud.faults.setTargetHealth(tgArn, { Id: '10.1.1.10' }, 'healthy');
    expect(health(elbv2, tgArn)).toEqual([['10.1.1.10', 'us-east-1a', 'healthy', undefined]]);
  });

  it('reports a target in a failed AZ unhealthy', () => {
    const { cloud, elbv2, tgArn } = withListener();
    elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.1.1.10' }] });
    cloud.faults.failAvailabilityZone('us-east-1', 'use1-az4');
    expect(health(elbv2, tgArn)).toEqual([['10.1.1.10', 'us-east-1a', 'unhealthy', 'Target.FailedHealthChecks']]);
  });

  it('fails without changing anything on bad input', () => {
    const { cloud, tgArn } = withListener();
    expectFailure(cloud, () => cloud.faults.setTargetHealth(tgArn, { Id: '10.1.1.10' }, 'unhealthy'), 'InvalidTarget');
    expectFailure(cloud, () => cloud.faults.setTargetHealth('nope', { Id: '10.1.1.10' }, 'unhealthy'), 'ValidationError');
    expectFailure(cloud, () => cloud.faults.setTargetHealth(tgArn.replace(/[0-9a-f]{16}$/, '0000000000000000'), { Id: '10.1.1.10' }, 'unhealthy'), 'TargetGroupNotFound');
    expectFailure(cloud, () => cloud.faults.setTargetHealth(tgArn, { Id: '10.1.1.10' }, 'draining' as 'healthy'), 'ValidationError');
  });
});
