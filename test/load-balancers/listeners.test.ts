import { describe, expect, it } from 'vitest';
import { PROVIDER, REGION, expectFailure, withListener, withNlb } from './fixtures.js';

const LISTENER_ARN = /^arn:aws:elasticloadbalancing:us-east-1:111111111111:listener\/net\/svc-nlb\/[0-9a-f]{16}\/[0-9a-f]{16}$/;

describe('CreateListener', () => {
  it('creates a TCP listener forwarding to a target group, which becomes attached', () => {
    const { elbv2, lbArn, tgArn, listener, listenerArn } = withListener();
    expect(listenerArn).toMatch(LISTENER_ARN);
    expect(listenerArn.startsWith(lbArn.replace(':loadbalancer/', ':listener/'))).toBe(true);
    expect(listener).toEqual({
      ListenerArn: listenerArn,
      LoadBalancerArn: lbArn,
      Port: 443,
      Protocol: 'TCP',
      DefaultActions: [
        { Type: 'forward', TargetGroupArn: tgArn, ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn, Weight: 1 }], TargetGroupStickinessConfig: { Enabled: false } } },
      ],
    });
    expect(elbv2.describeTargetGroups({ TargetGroupArns: [tgArn] }).TargetGroups[0]?.LoadBalancerArns).toEqual([lbArn]);
  });

  it('accepts a ForwardConfig with one group, and a second port to the same group', () => {
    const { elbv2, lbArn, tgArn } = withListener();
    const second = elbv2.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 8443, DefaultActions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn }] } }] });
    expect(second.Listeners[0]?.Port).toBe(8443);
    expect(elbv2.describeListeners({ LoadBalancerArn: lbArn }).Listeners.map((l) => l.Port).sort()).toEqual([443, 8443]);
  });

  it('returns the existing listener for the same port and settings', () => {
    const { cloud, elbv2, lbArn, tgArn, listenerArn } = withListener();
    const before = cloud.world;
    const again = elbv2.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
    expect(again.Listeners[0]?.ListenerArn).toBe(listenerArn);
    expect(cloud.world).toBe(before);
  });

  it('fails as AWS does', () => {
    const { cloud, elbv2, ec2, lbArn, tgArn, vpcId } = withListener();
    const other = elbv2.createTargetGroup({ Name: 'other', Protocol: 'TCP', Port: 22, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
    const create = (input: Record<string, unknown>) => () =>
      cloud.dispatch('elbv2', 'CreateListener', { accountId: PROVIDER, region: REGION }, { LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: other }], ...input });
    expectFailure(cloud, create({ Protocol: 'TLS' }), 'ValidationError', /Listener protocol 'TLS' is not supported: an endpoint service carries TCP traffic only/);
    expectFailure(cloud, create({ Protocol: 'HTTP' }), 'ValidationError', /TCP traffic only/);
    expectFailure(cloud, create({ Protocol: 'SMTP' }), 'ValidationError', /enum value set/);
    expectFailure(cloud, create({ Protocol: undefined }), 'ValidationError', 'A listener protocol must be specified for a Network Load Balancer');
    expectFailure(cloud, create({ Port: undefined }), 'ValidationError', 'A listener port must be specified for a Network Load Balancer');
    expectFailure(cloud, create({ Port: 70000 }), 'ValidationError', /at 'port'/);
    expectFailure(cloud, create({ DefaultActions: [] }), 'ValidationError', /Value null at 'defaultActions'/);
    expectFailure(cloud, create({ DefaultActions: [{ Type: 'fixed-response' }] }), 'ValidationError', "The action type 'fixed-response' is not valid with a Network Load Balancer: use 'forward'");
    expectFailure(cloud, create({ DefaultActions: [{ Type: 'forward' }] }), 'ValidationError', "A target group ARN must be specified for a 'forward' action");
    expectFailure(cloud, create({ DefaultActions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn }, { TargetGroupArn: other }] } }] }), 'ValidationError', /one target group only/);
    expectFailure(cloud, create({ Port: 443 }), 'DuplicateListener', `A listener already exists on this port for this load balancer '${lbArn}'`);
    expectFailure(cloud, create({ DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn.replace(/[0-9a-f]{16}$/, '0000000000000000') }] }), 'TargetGroupNotFound');
    expectFailure(cloud, create({ LoadBalancerArn: lbArn.replace(/[0-9a-f]{16}$/, '0000000000000000') }), 'LoadBalancerNotFound');

    const vpc2 = ec2.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
    const far = elbv2.createTargetGroup({ Name: 'far', Protocol: 'TCP', Port: 22, VpcId: vpc2, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
    expectFailure(cloud, create({ DefaultActions: [{ Type: 'forward', TargetGroupArn: far }] }), 'InvalidConfigurationRequest', `Target group '${far}' and load balancer '${lbArn}' must be in the same VPC`);
  });

  it('keeps an NLB target group to one load balancer', () => {
    const { cloud, elbv2, tgArn, subnetC } = withListener();
    const second = elbv2.createLoadBalancer({ Name: 'second', Type: 'network', Subnets: [subnetC] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    expectFailure(
      cloud,
      () => elbv2.createListener({ LoadBalancerArn: second, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] }),
      'TargetGroupAssociationLimit',
      `The following target groups cannot be associated with more than one load balancer: '${tgArn}'`,
    );
  });

  it("answers not found for another account's load balancer or target group", () => {
    const { cloud, strangerElbv2, lbArn, tgArn } = withListener();
    expectFailure(cloud, () => strangerElbv2.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 1, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] }), 'LoadBalancerNotFound');
    const ec2 = cloud.ec2({ accountId: '222222222222', region: REGION });
    const vpc = ec2.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const subnet = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.9.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
    const own = strangerElbv2.createLoadBalancer({ Name: 'mine', Type: 'network', Subnets: [subnet] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    expectFailure(cloud, () => strangerElbv2.createListener({ LoadBalancerArn: own, Protocol: 'TCP', Port: 1, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] }), 'TargetGroupNotFound', `Target groups '${tgArn}' not found`);
  });
});

describe('DescribeListeners and DeleteListener', () => {
  it('describes by load balancer or by ARN, with paging', () => {
    const { elbv2, lbArn, listenerArn } = withListener();
    expect(elbv2.describeListeners({ ListenerArns: [listenerArn] }).Listeners[0]?.Port).toBe(443);
    expect(elbv2.describeListeners({ LoadBalancerArn: lbArn, PageSize: 1 }).Listeners).toHaveLength(1);
  });

  it('describes nothing for a new load balancer', () => {
    const { elbv2, lbArn } = withNlb();
    expect(elbv2.describeListeners({ LoadBalancerArn: lbArn }).Listeners).toEqual([]);
  });

  it('fails as AWS does', () => {
    const { cloud, elbv2, strangerElbv2, lbArn, listenerArn } = withListener();
    expectFailure(cloud, () => elbv2.describeListeners({}), 'ValidationError', 'You must specify either listener ARNs or a load balancer ARN');
    expectFailure(cloud, () => elbv2.describeListeners({ LoadBalancerArn: lbArn, ListenerArns: [listenerArn] }), 'ValidationError', /cannot be specified at the same time/);
    expectFailure(cloud, () => strangerElbv2.describeListeners({ ListenerArns: [listenerArn] }), 'ListenerNotFound', 'One or more listeners not found');
    expectFailure(cloud, () => strangerElbv2.describeListeners({ LoadBalancerArn: lbArn }), 'LoadBalancerNotFound');
    expectFailure(cloud, () => strangerElbv2.deleteListener({ ListenerArn: listenerArn }), 'ListenerNotFound', `Listener '${listenerArn}' not found`);
    expectFailure(cloud, () => elbv2.deleteListener({ ListenerArn: lbArn }), 'ValidationError', `'${lbArn}' is not a valid listener ARN`);
  });

  it('deletes a listener and detaches its target group', () => {
    const { cloud, elbv2, lbArn, tgArn, listenerArn } = withListener();
    expect(elbv2.deleteListener({ ListenerArn: listenerArn })).toEqual({});
    expect(elbv2.describeListeners({ LoadBalancerArn: lbArn }).Listeners).toEqual([]);
    expect(elbv2.describeTargetGroups({ TargetGroupArns: [tgArn] }).TargetGroups[0]?.LoadBalancerArns).toEqual([]);
    expectFailure(cloud, () => elbv2.deleteListener({ ListenerArn: listenerArn }), 'ListenerNotFound');
  });

  it('keeps the group attached while another listener forwards to it', () => {
    const { elbv2, lbArn, tgArn, listenerArn } = withListener();
    elbv2.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 8443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
    elbv2.deleteListener({ ListenerArn: listenerArn });
    expect(elbv2.describeTargetGroups({ TargetGroupArns: [tgArn] }).TargetGroups[0]?.LoadBalancerArns).toEqual([lbArn]);
  });
});
