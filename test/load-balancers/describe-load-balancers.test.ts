import { describe, expect, it } from 'vitest';
import { expectFailure, providerWorld, withNlb } from './fixtures.js';

describe('DescribeLoadBalancers', () => {
  it('lists only the caller’s load balancers', () => {
    const { elbv2, strangerElbv2, lbArn } = withNlb();
    expect(elbv2.describeLoadBalancers().LoadBalancers.map((lb) => lb.LoadBalancerArn)).toEqual([lbArn]);
    expect(strangerElbv2.describeLoadBalancers({}).LoadBalancers).toEqual([]);
  });

  it('finds by ARN and by name', () => {
    const { elbv2, lbArn } = withNlb();
    expect(elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0]?.LoadBalancerName).toBe('svc-nlb');
    expect(elbv2.describeLoadBalancers({ Names: ['svc-nlb'] }).LoadBalancers[0]?.LoadBalancerArn).toBe(lbArn);
  });

  it('returns fresh objects', () => {
    const { elbv2, lbArn } = withNlb();
    const first = elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0];
    first?.AvailabilityZones.pop();
    expect(elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0]?.AvailabilityZones).toHaveLength(2);
  });

  it('pages with Marker and PageSize', () => {
    const { elbv2, subnetA } = providerWorld();
    const names = ['nlb-a', 'nlb-b', 'nlb-c', 'nlb-d', 'nlb-e'];
    for (const Name of names) elbv2.createLoadBalancer({ Name, Type: 'network', Subnets: [subnetA] });
    const seen: string[] = [];
    let marker: string | undefined;
    do {
      const page = elbv2.describeLoadBalancers(marker === undefined ? { PageSize: 2 } : { PageSize: 2, Marker: marker });
      expect(page.LoadBalancers.length).toBeLessThanOrEqual(2);
      seen.push(...page.LoadBalancers.map((lb) => lb.LoadBalancerName));
      marker = page.NextMarker;
    } while (marker !== undefined);
    expect(seen).toEqual(names);
  });

  it('rejects ARNs with names, bad ARNs, bad page sizes and markers', () => {
    const { cloud, elbv2, lbArn } = withNlb();
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn], Names: ['svc-nlb'] }), 'ValidationError', 'Load balancer names and load balancer ARNs cannot be specified at the same time');
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ LoadBalancerArns: ['nope'] }), 'ValidationError', "'nope' is not a valid load balancer ARN");
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ PageSize: 0 }), 'ValidationError', /pageSize/);
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ PageSize: 401 }), 'ValidationError', /pageSize/);
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ Marker: 'forged' }), 'ValidationError', "Invalid value for marker: 'forged'");
  });

  it('answers LoadBalancerNotFound for unknown names and ARNs, and for another account’s', () => {
    const { cloud, elbv2, strangerElbv2, lbArn } = withNlb();
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ Names: ['svc-nlb', 'ghost', 'other'] }), 'LoadBalancerNotFound', "Load balancers '[ghost, other]' not found");
    const ghost = lbArn.replace(/[0-9a-f]{16}$/, '0000000000000000');
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ LoadBalancerArns: [ghost] }), 'LoadBalancerNotFound', 'One or more load balancers not found');
    expectFailure(cloud, () => strangerElbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }), 'LoadBalancerNotFound', 'One or more load balancers not found');
    expectFailure(cloud, () => strangerElbv2.describeLoadBalancers({ Names: ['svc-nlb'] }), 'LoadBalancerNotFound', "Load balancers '[svc-nlb]' not found");
  });

  it('does not see load balancers of another region', () => {
    const { cloud } = withNlb();
    expect(cloud.elbv2({ accountId: '111111111111', region: 'us-west-2' }).describeLoadBalancers().LoadBalancers).toEqual([]);
  });
});
