import { describe, expect, it } from 'vitest';
import { expectFailure, PROVIDER, providerWorld, REGION, withListener } from './fixtures.js';

const TG_ARN = /^arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup\/web\/[0-9a-f]{16}$/;

describe('CreateTargetGroup', () => {
  it("creates a TCP target group with AWS's NLB health check defaults", () => {
    const { elbv2, vpcId } = providerWorld();
    const tg = elbv2.createTargetGroup({ Name: 'web', Protocol: 'TCP', Port: 8080, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0];
    expect(tg?.TargetGroupArn).toMatch(TG_ARN);
    expect(tg).toEqual({
      TargetGroupArn: tg?.TargetGroupArn,
      TargetGroupName: 'web',
      Protocol: 'TCP',
      Port: 8080,
      VpcId: vpcId,
      HealthCheckProtocol: 'TCP',
      HealthCheckPort: 'traffic-port',
      HealthCheckEnabled: true,
      HealthCheckIntervalSeconds: 30,
      HealthCheckTimeoutSeconds: 10,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      LoadBalancerArns: [],
      TargetType: 'ip',
      IpAddressType: 'ipv4',
    });
  });

  it('defaults the target type to instance and takes HTTP health checks with path and matcher', () => {
    const { elbv2, vpcId } = providerWorld();
    const tg = elbv2.createTargetGroup({ Name: 'web', Protocol: 'TCP', Port: 80, VpcId: vpcId, HealthCheckProtocol: 'HTTP', HealthCheckPath: '/health' }).TargetGroups[0];
    expect(tg).toMatchObject({ TargetType: 'instance', HealthCheckProtocol: 'HTTP', HealthCheckPath: '/health', Matcher: { HttpCode: '200-399' }, HealthCheckTimeoutSeconds: 6 });
  });

  it('returns the existing group for the same name and settings', () => {
    const { cloud, elbv2, vpcId } = providerWorld();
    const input = { Name: 'web', Protocol: 'TCP', Port: 8080, VpcId: vpcId, TargetType: 'ip' } as const;
    const first = elbv2.createTargetGroup(input).TargetGroups[0];
    const before = cloud.world;
    expect(elbv2.createTargetGroup(input).TargetGroups[0]?.TargetGroupArn).toBe(first?.TargetGroupArn);
    expect(cloud.world).toBe(before);
    expectFailure(cloud, () => elbv2.createTargetGroup({ ...input, Port: 9090 }), 'DuplicateTargetGroupName', "A target group with the same name 'web' exists, but with different settings");
  });

  const base = (vpcId: string) => ({ Name: 'web', Protocol: 'TCP', Port: 8080, VpcId: vpcId, TargetType: 'ip' }) as const;

  it.each([
    [{ Protocol: 'HTTP' }, /an endpoint service carries TCP traffic only/],
    [{ Protocol: 'UDP' }, /an endpoint service carries TCP traffic only/],
    [{ Protocol: undefined }, "A protocol must be specified for target groups with target type 'ip'"],
    [{ TargetType: 'lambda' }, /Target type 'lambda' is not supported/],
    [{ Port: undefined }, "A port must be specified for target groups with target type 'ip'"],
    [{ Port: 0 }, /at 'port'/],
    [{ Port: 65536 }, /at 'port'/],
    [{ VpcId: undefined }, "A VPC ID must be specified for target groups with target type 'ip'"],
    [{ VpcId: 'vpc-0123456789abcdef0' }, "The VPC ID 'vpc-0123456789abcdef0' is not found"],
    [{ Name: 'a'.repeat(33) }, `Target group name '${'a'.repeat(33)}' cannot be longer than '32' characters`],
    [{ Name: 'bad.name' }, "Target group name 'bad.name' can only contain characters that are alphanumeric characters or hyphens(-)"],
    [{ Name: '-web' }, "Target group name '-web' cannot begin or end with '-'"],
    [{ HealthCheckEnabled: false }, /cannot be disabled/],
    [{ HealthCheckPath: '/x' }, /HTTP or HTTPS health checks/],
    [{ HealthCheckProtocol: 'HTTP', HealthCheckPath: 'x' }, /healthCheckPath/],
    [{ HealthCheckPort: '70000' }, /healthCheckPort/],
    [{ HealthCheckIntervalSeconds: 10, HealthCheckTimeoutSeconds: 10 }, "Health check timeout '10' must be smaller than the interval '10'"],
    [{ HealthyThresholdCount: 11 }, /healthyThresholdCount/],
    [{ IpAddressType: 'ipv6' }, /IPv4 traffic only/],
  ] as const)('rejects %o', (change, message) => {
    const { cloud, vpcId } = providerWorld();
    expectFailure(cloud, () => cloud.dispatch('elbv2', 'CreateTargetGroup', { accountId: PROVIDER, region: REGION }, { ...base(vpcId), ...change }), 'ValidationError', message);
  });

  it("refuses another account's VPC as not found", () => {
    const { cloud, vpcId } = providerWorld();
    const stranger = cloud.elbv2({ accountId: '222222222222', region: REGION });
    expectFailure(cloud, () => stranger.createTargetGroup(base(vpcId)), 'ValidationError', `The VPC ID '${vpcId}' is not found`);
  });
});

describe('DescribeTargetGroups', () => {
  it('lists the caller’s groups, by ARN, by name and by load balancer, with paging', () => {
    const { elbv2, strangerElbv2, vpcId, tgArn, lbArn } = withListener();
    const other = elbv2.createTargetGroup({ Name: 'other', Protocol: 'TCP', Port: 22, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn;
    expect(elbv2.describeTargetGroups().TargetGroups.map((t) => t.TargetGroupName)).toEqual(['other', 'svc-targets']);
    expect(elbv2.describeTargetGroups({ TargetGroupArns: [tgArn] }).TargetGroups[0]?.LoadBalancerArns).toEqual([lbArn]);
    expect(elbv2.describeTargetGroups({ Names: ['other'] }).TargetGroups[0]?.TargetGroupArn).toBe(other);
    expect(elbv2.describeTargetGroups({ LoadBalancerArn: lbArn }).TargetGroups.map((t) => t.TargetGroupArn)).toEqual([tgArn]);
    const first = elbv2.describeTargetGroups({ PageSize: 1 });
    expect(first.TargetGroups.map((t) => t.TargetGroupName)).toEqual(['other']);
    expect(elbv2.describeTargetGroups({ PageSize: 1, Marker: first.NextMarker ?? '' }).TargetGroups.map((t) => t.TargetGroupName)).toEqual(['svc-targets']);
    expect(strangerElbv2.describeTargetGroups().TargetGroups).toEqual([]);
  });

  it('fails as AWS does', () => {
    const { cloud, elbv2, strangerElbv2, tgArn, lbArn } = withListener();
    expectFailure(cloud, () => elbv2.describeTargetGroups({ Names: ['ghost'] }), 'TargetGroupNotFound', 'One or more target groups not found');
    expectFailure(cloud, () => strangerElbv2.describeTargetGroups({ TargetGroupArns: [tgArn] }), 'TargetGroupNotFound', 'One or more target groups not found');
    expectFailure(cloud, () => strangerElbv2.describeTargetGroups({ LoadBalancerArn: lbArn }), 'LoadBalancerNotFound');
    expectFailure(cloud, () => elbv2.describeTargetGroups({ Names: ['x'], TargetGroupArns: [tgArn] }), 'ValidationError', /Only one of/);
    expectFailure(cloud, () => elbv2.describeTargetGroups({ TargetGroupArns: ['arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/x'] }), 'ValidationError', /is not a valid target group ARN/);
  });
});

describe('DeleteTargetGroup', () => {
  it('deletes a group no listener uses, and frees its name', () => {
    const { cloud, elbv2, vpcId } = providerWorld();
    const arn = elbv2.createTargetGroup({ Name: 'web', Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
    expect(elbv2.deleteTargetGroup({ TargetGroupArn: arn })).toEqual({});
    expectFailure(cloud, () => elbv2.describeTargetGroups({ TargetGroupArns: [arn] }), 'TargetGroupNotFound');
    elbv2.createTargetGroup({ Name: 'web', Protocol: 'TCP', Port: 81, VpcId: vpcId, TargetType: 'ip' });
  });

  it('is refused while a listener forwards to it; unknown groups succeed', () => {
    const { cloud, elbv2, strangerElbv2, tgArn, listenerArn } = withListener();
    expectFailure(cloud, () => elbv2.deleteTargetGroup({ TargetGroupArn: tgArn }), 'ResourceInUse', `Target group '${tgArn}' is currently in use by a listener or a rule`);
    const before = cloud.world;
    expect(strangerElbv2.deleteTargetGroup({ TargetGroupArn: tgArn })).toEqual({});
    expect(cloud.world).toBe(before);
    elbv2.deleteListener({ ListenerArn: listenerArn });
    elbv2.deleteTargetGroup({ TargetGroupArn: tgArn });
  });
});
