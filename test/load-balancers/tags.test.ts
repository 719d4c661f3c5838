import { describe, expect, it } from 'vitest';
import { expectFailure, withListener } from './fixtures.js';

describe('AddTags, RemoveTags, DescribeTags', () => {
  it('tags load balancers, target groups and listeners', () => {
    const { elbv2, lbArn, tgArn, listenerArn } = withListener();
    elbv2.addTags({ ResourceArns: [lbArn, tgArn, listenerArn], Tags: [{ Key: 'team', Value: 'payments' }, { Key: 'tier' }] });
    elbv2.addTags({ ResourceArns: [lbArn], Tags: [{ Key: 'team', Value: 'search' }] });
    elbv2.removeTags({ ResourceArns: [tgArn], TagKeys: ['tier', 'absent'] });
    expect(elbv2.describeTags({ ResourceArns: [lbArn, tgArn, listenerArn] }).TagDescriptions).toEqual([
      { ResourceArn: lbArn, Tags: [{ Key: 'team', Value: 'search' }, { Key: 'tier', Value: '' }] },
      { ResourceArn: tgArn, Tags: [{ Key: 'team', Value: 'payments' }] },
      { ResourceArn: listenerArn, Tags: [{ Key: 'team', Value: 'payments' }, { Key: 'tier', Value: '' }] },
    ]);
  });

  it('keeps tags given at creation', () => {
    const { elbv2, subnetA } = withListener();
    const arn = elbv2.createLoadBalancer({ Name: 'tagged', Type: 'network', Subnets: [subnetA], Tags: [{ Key: 'k', Value: 'v' }] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    expect(elbv2.describeTags({ ResourceArns: [arn] }).TagDescriptions[0]?.Tags).toEqual([{ Key: 'k', Value: 'v' }]);
  });

  it('fails as AWS does, changing nothing', () => {
    const { cloud, elbv2, strangerElbv2, lbArn, tgArn } = withListener();
    expectFailure(cloud, () => elbv2.addTags({ ResourceArns: [lbArn], Tags: [{ Key: 'a' }, { Key: 'a' }] }), 'DuplicateTagKeys', 'Tag key was specified more than once: a');
    const many = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expectFailure(cloud, () => elbv2.addTags({ ResourceArns: [lbArn], Tags: many }), 'TooManyTags');
    expectFailure(cloud, () => strangerElbv2.addTags({ ResourceArns: [lbArn], Tags: [{ Key: 'a' }] }), 'LoadBalancerNotFound');
    expectFailure(cloud, () => elbv2.addTags({ ResourceArns: [lbArn, tgArn.replace(/[0-9a-f]{16}$/, '0000000000000000')], Tags: [{ Key: 'a' }] }), 'TargetGroupNotFound');
    expectFailure(cloud, () => strangerElbv2.describeTags({ ResourceArns: [tgArn] }), 'TargetGroupNotFound');
    expectFailure(cloud, () => elbv2.describeTags({ ResourceArns: ['arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1'] }), 'ValidationError');
    expectFailure(cloud, () => elbv2.removeTags({ ResourceArns: [lbArn], TagKeys: [] }), 'ValidationError');
  });
});
