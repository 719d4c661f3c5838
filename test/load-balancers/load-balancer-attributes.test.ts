import { describe, expect, it } from 'vitest';
import { expectFailure, withNlb } from './fixtures.js';

const value = (attributes: { Key: string; Value: string }[], key: string) => attributes.find((a) => a.Key === key)?.Value;

describe('Load balancer attributes', () => {
  it("has AWS's NLB defaults", () => {
    const { elbv2, lbArn } = withNlb();
    const { Attributes } = elbv2.describeLoadBalancerAttributes({ LoadBalancerArn: lbArn });
    expect(value(Attributes, 'load_balancing.cross_zone.enabled')).toBe('false');
    expect(value(Attributes, 'deletion_protection.enabled')).toBe('false');
    expect(value(Attributes, 'idle_timeout.timeout_seconds')).toBeUndefined();
  });

  it('modifies and answers with every attribute', () => {
    const { elbv2, lbArn } = withNlb();
    const out = elbv2.modifyLoadBalancerAttributes({
      LoadBalancerArn: lbArn,
      Attributes: [
        { Key: 'load_balancing.cross_zone.enabled', Value: 'true' },
        { Key: 'access_logs.s3.prefix', Value: '' },
      ],
    });
    expect(value(out.Attributes, 'load_balancing.cross_zone.enabled')).toBe('true');
    expect(value(out.Attributes, 'deletion_protection.enabled')).toBe('false');
    expect(value(elbv2.describeLoadBalancerAttributes({ LoadBalancerArn: lbArn }).Attributes, 'load_balancing.cross_zone.enabled')).toBe('true');
  });

  it('rejects unknown keys, keys of other types, bad values and empty lists', () => {
    const { cloud, elbv2, lbArn } = withNlb();
    const modify = (Key: string, Value: string) => () => elbv2.modifyLoadBalancerAttributes({ LoadBalancerArn: lbArn, Attributes: [{ Key, Value }] });
    expectFailure(cloud, modify('nope.enabled', 'true'), 'ValidationError', "Load balancer attribute key 'nope.enabled' is not recognized");
    expectFailure(cloud, modify('idle_timeout.timeout_seconds', '60'), 'InvalidConfigurationRequest', "Load balancer attribute key 'idle_timeout.timeout_seconds' is not supported on load balancers with type 'network'");
    expectFailure(cloud, modify('deletion_protection.enabled', 'yes'), 'ValidationError', "Load balancer attribute value 'yes' is not valid for attribute key 'deletion_protection.enabled'");
    expectFailure(cloud, () => elbv2.modifyLoadBalancerAttributes({ LoadBalancerArn: lbArn, Attributes: [] }), 'ValidationError', /Value null at 'attributes'/);
  });

  it('answers LoadBalancerNotFound for another account’s NLB', () => {
    const { cloud, strangerElbv2, lbArn } = withNlb();
    expectFailure(cloud, () => strangerElbv2.describeLoadBalancerAttributes({ LoadBalancerArn: lbArn }), 'LoadBalancerNotFound', `Load balancer '${lbArn}' not found`);
    expectFailure(
      cloud,
      () => strangerElbv2.modifyLoadBalancerAttributes({ LoadBalancerArn: lbArn, Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] }),
      'LoadBalancerNotFound',
    );
  });
});
