import { addressHolder } from '../../src/network/address-book.js';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { getRow } from '../../src/core/table.js';
import { markLoadBalancerUsed, releaseLoadBalancer } from '../../src/load-balancers/usage.js';
import { regionForWrite, regionOf } from '../../src/world/world.js';
import { expectFailure, REGION, withListener, withNlb } from './fixtures.js';

describe('DeleteLoadBalancer', () => {
  it('deletes the NLB, its listeners and its nodes, leaving its target groups detached', () => {
    const { cloud, elbv2, lbArn, tgArn, listenerArn } = withListener();
    const nodes = getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn)?.nodes ?? [];
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    expect(elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn })).toEqual({});
    const region = regionOf(cloud.world, REGION);
    expect(getRow(region.loadBalancers, lbArn)).toBeUndefined();
    expect(getRow(region.listeners, listenerArn)).toBeUndefined();
    for (const node of nodes) {
      expect(getRow(region.networkInterfaces, node.NetworkInterfaceId)).toBeUndefined();
      const subnet = getRow(region.subnets, node.SubnetId);
      expect(subnet && addressHolder(subnet.addresses, node.PrivateIpAddress)).toBeUndefined();
    }
    expect(elbv2.describeTargetGroups({ TargetGroupArns: [tgArn] }).TargetGroups[0]?.LoadBalancerArns).toEqual([]);
    expectFailure(cloud, () => elbv2.describeLoadBalancers({ Names: ['svc-nlb'] }), 'LoadBalancerNotFound');
    expect(events).toContainEqual({ type: 'DataPathCut', region: REGION, scope: { kind: 'loadBalancer', loadBalancerArn: lbArn }, reason: `Load balancer ${lbArn} deleted` });
    expect(events).toContainEqual({ type: 'ResourceDeleted', region: REGION, accountId: '111111111111', resourceType: 'load-balancer', resourceId: lbArn });
    // The name is free again.
    elbv2.createLoadBalancer({ Name: 'svc-nlb', Type: 'network', Subnets: [nodes[0]?.SubnetId ?? ''] });
  });

  it('succeeds for an unknown or already deleted load balancer, changing nothing', () => {
    const { cloud, elbv2, strangerElbv2, lbArn } = withNlb();
    const before = cloud.world;
    expect(strangerElbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn })).toEqual({});
    expect(elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn.replace(/[0-9a-f]{16}$/, '0000000000000000') })).toEqual({});
    expect(cloud.world).toBe(before);
    elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn });
    expect(elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn })).toEqual({});
  });

  it('rejects a malformed ARN', () => {
    const { cloud, elbv2 } = withNlb();
    expectFailure(cloud, () => elbv2.deleteLoadBalancer({ LoadBalancerArn: 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1' }), 'ValidationError', /is not a valid load balancer ARN/);
    expectFailure(cloud, () => elbv2.deleteLoadBalancer({ LoadBalancerArn: undefined }), 'ValidationError', /Value null at 'loadBalancerArn'/);
  });

  it('is refused while deletion protection is on', () => {
    const { cloud, elbv2, lbArn } = withNlb();
    elbv2.modifyLoadBalancerAttributes({ LoadBalancerArn: lbArn, Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] });
    expectFailure(cloud, () => elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn }), 'OperationNotPermitted', `Load balancer '${lbArn}' cannot be deleted because deletion protection is enabled`);
  });

  it('is refused with ResourceInUse while an endpoint service uses it', () => {
    const { cloud, elbv2, lbArn } = withNlb();
    cloud.change((ctx) => markLoadBalancerUsed(regionForWrite(ctx.world, REGION), lbArn, 'vpce-svc-0123456789abcdef0'));
    expectFailure(cloud, () => elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn }), 'ResourceInUse', `Load balancer '${lbArn}' cannot be deleted because it is currently associated with another service`);
    cloud.change((ctx) => releaseLoadBalancer(regionForWrite(ctx.world, REGION), lbArn, 'vpce-svc-0123456789abcdef0'));
    elbv2.deleteLoadBalancer({ LoadBalancerArn: lbArn });
    expect(getRow(regionOf(cloud.world, REGION).loadBalancers, lbArn)).toBeUndefined();
  });
});
