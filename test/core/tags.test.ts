/**
 * AWS's tag rules on every path that adds tags: EC2 `TagSpecifications` on each create that
 * takes them, ELBv2 `Tags` on each create and `AddTags`. At most 50 per resource (counting
 * those it has, for `AddTags`), unique keys, key 1..128 and value 0..256 characters, no
 * `aws:` prefix; each with the API's code and message, and the world unchanged.
 */
import { describe, expect, it } from 'vitest';
import { checkRequestTags, isReservedTagKey, mergeTags, type Tag } from '../../src/core/tags.js';
import { UNLIMITED_QUOTAS } from '../../src/index.js';
import { buildTopology } from '../fixtures/topology.js';
import { expectRefused } from '../quotas/fixtures.js';

const tags = (n: number, prefix = 'k'): Tag[] => Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));
const spec = (ResourceType: string, Tags: Tag[]) => ({ TagSpecifications: [{ ResourceType, Tags }] });

function world() {
  const topology = buildTopology({ acceptanceRequired: false, quotas: UNLIMITED_QUOTAS });
  const { cloud, provider, consumer } = topology;
  const p = cloud.ec2(provider.identity);
  const c = cloud.ec2(consumer.identity);
  const elbv2 = cloud.elbv2(provider.identity);
  const tgArn = elbv2.createTargetGroup({ Name: 'tg', Protocol: 'TCP', Port: 80, VpcId: provider.vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
  const spareNlbs: string[] = Array.from(
    { length: 20 },
    (_, i) => elbv2.createLoadBalancer({ Name: `spare${i}`, Type: 'network', Scheme: 'internal', Subnets: [provider.subnetIds[0]] }).LoadBalancers[0]?.LoadBalancerArn ?? '',
  );
  let serial = 0;
  /** Every EC2 create that takes TagSpecifications, by the resource type it tags. */
  const ec2Paths: Record<string, (t: Tag[]) => unknown> = {
    vpc: (t) => c.createVpc({ CidrBlock: `10.${100 + serial++}.0.0/16`, ...spec('vpc', t) }),
    subnet: (t) => c.createSubnet({ VpcId: consumer.vpcId, CidrBlock: `10.1.${100 + serial++}.0/24`, ...spec('subnet', t) }),
    'security-group': (t) => c.createSecurityGroup({ VpcId: consumer.vpcId, GroupName: `g${serial++}`, Description: 'x', ...spec('security-group', t) }),
    'security-group-rule': (t) =>
      c.authorizeSecurityGroupIngress({
        GroupId: consumer.defaultSecurityGroupId,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1000 + serial, ToPort: 1000 + serial++, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
        ...spec('security-group-rule', t),
      }),
    'vpc-peering-connection': (t) => c.createVpcPeeringConnection({ VpcId: consumer.vpcId, PeerVpcId: provider.vpcId, PeerOwnerId: provider.identity.accountId, ...spec('vpc-peering-connection', t) }),
    'vpc-endpoint': (t) => c.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, ...spec('vpc-endpoint', t) }),
    // Each service needs an NLB of its own, made beforehand so a refusal changes nothing.
    'vpc-endpoint-service': (t) =>
      p.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [spareNlbs.pop() ?? ''], TagSpecifications: [{ ResourceType: 'vpc-endpoint-service', Tags: t }] }),
  };
  /** Every ELBv2 create that takes Tags. */
  const elbPaths: Record<string, (t: Tag[]) => unknown> = {
    CreateLoadBalancer: (t) => elbv2.createLoadBalancer({ Name: `lb${serial++}`, Type: 'network', Scheme: 'internal', Subnets: [provider.subnetIds[0]], Tags: t }),
    CreateTargetGroup: (t) => elbv2.createTargetGroup({ Name: `tg${serial++}`, Protocol: 'TCP', Port: 80, VpcId: provider.vpcId, TargetType: 'ip', Tags: t }),
    CreateListener: (t) =>
      elbv2.createListener({ LoadBalancerArn: provider.loadBalancerArn, Protocol: 'TCP', Port: 1000 + serial++, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }], Tags: t }),
  };
  return { cloud, elbv2, tgArn, ec2Paths, elbPaths, lbArn: provider.loadBalancerArn };
}

const long = (n: number, char = 'a') => char.repeat(n);

describe('EC2 TagSpecifications: the tag rules on every create', () => {
  const { cloud, ec2Paths } = world();
  for (const [type, create] of Object.entries(ec2Paths)) {
    it(`${type}: 50 tags, 128-character keys, 256-character values and empty values pass; each broken rule is refused`, () => {
      create([...tags(48), { Key: long(128), Value: long(256) }, { Key: 'empty', Value: '' }]);
      expectRefused(cloud, () => create(tags(51)), 'TagLimitExceeded', 'The maximum number of Tags for a resource has been reached.');
      expectRefused(cloud, () => create([{ Key: 'team', Value: 'a' }, { Key: 'team', Value: 'b' }]), 'InvalidParameterValue', "Duplicate tag key 'team' specified.");
      expectRefused(cloud, () => create([{ Key: long(129), Value: '' }]), 'InvalidParameterValue', 'Tag key exceeds the maximum length of 128 characters.');
      expectRefused(cloud, () => create([{ Key: 'k', Value: long(257) }]), 'InvalidParameterValue', 'Tag value exceeds the maximum length of 256 characters.');
      expectRefused(cloud, () => create([{ Key: '', Value: 'v' }]), 'InvalidParameterValue', "Value ( '' ) for parameter Tag key is invalid. Tag key cannot be null or empty.");
      for (const Key of ['aws:cloudformation:stack-name', 'AWS:x', 'Aws:']) {
        expectRefused(cloud, () => create([{ Key, Value: 'v' }]), 'InvalidTagKey.Malformed', `The tag key '${Key}' is not valid. Tag keys starting with 'aws:' are reserved for internal use.`);
      }
    });
  }

  it('counts tags across several specifications of the same resource type', () => {
    const { cloud: c2, ec2Paths: paths } = world();
    const vpc = paths['vpc'];
    if (vpc === undefined) throw new Error('no vpc path');
    const ec2 = c2.ec2({ accountId: '222222222222', region: 'us-east-1' });
    expectRefused(
      c2,
      () => ec2.createVpc({ CidrBlock: '10.200.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: tags(30, 'a') }, { ResourceType: 'vpc', Tags: tags(21, 'b') }] }),
      'TagLimitExceeded',
    );
    expectRefused(
      c2,
      () => ec2.createVpc({ CidrBlock: '10.200.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'x', Value: '1' }] }, { ResourceType: 'vpc', Tags: [{ Key: 'x', Value: '2' }] }] }),
      'InvalidParameterValue',
      "Duplicate tag key 'x' specified.",
    );
  });

  it('counts Unicode characters, not UTF-16 units, and keeps an empty value', () => {
    const { cloud: c2 } = world();
    const ec2 = c2.ec2({ accountId: '222222222222', region: 'us-east-1' });
    const key = long(128, '\u{1F600}'); // 128 characters, 256 UTF-16 units
    const { Vpc } = ec2.createVpc({ CidrBlock: '10.201.0.0/16', ...spec('vpc', [{ Key: key, Value: '' }]) });
    expect(Vpc.Tags).toEqual([{ Key: key, Value: '' }]);
    expectRefused(c2, () => ec2.createVpc({ CidrBlock: '10.202.0.0/16', ...spec('vpc', [{ Key: `${key}x`, Value: '' }]) }), 'InvalidParameterValue');
  });
});

describe('ELBv2 Tags: the tag rules on every create and on AddTags', () => {
  const { cloud, elbPaths } = world();
  for (const [action, create] of Object.entries(elbPaths)) {
    it(`${action}: 50 tags pass; each broken rule is refused with ELBv2's error`, () => {
      create([...tags(49), { Key: long(128), Value: long(256) }]);
      expectRefused(cloud, () => create(tags(51)), 'TooManyTags', 'The quota for the number of tags that can be assigned to a resource has been reached');
      expectRefused(cloud, () => create([{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }]), 'DuplicateTagKeys', 'Tag key was specified more than once: a');
      expectRefused(
        cloud,
        () => create([{ Key: 'ok', Value: '' }, { Key: long(129), Value: '' }]),
        'ValidationError',
        `1 validation error detected: Value '${long(129)}' at 'tags.2.member.key' failed to satisfy constraint: Member must have length less than or equal to 128`,
      );
      expectRefused(
        cloud,
        () => create([{ Key: 'k', Value: long(257) }]),
        'ValidationError',
        `1 validation error detected: Value '${long(257)}' at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256`,
      );
      expectRefused(cloud, () => create([{ Key: '', Value: 'v' }]), 'ValidationError', /at 'tags\.1\.member\.key' failed to satisfy constraint: Member must have length greater than or equal to 1$/);
      expectRefused(cloud, () => create([{ Key: 'aws:x', Value: 'v' }]), 'ValidationError', "Tag key 'aws:x' cannot start with 'aws:'");
    });
  }

  it('AddTags counts the tags a resource already has; overwriting a key adds none', () => {
    const { cloud: c2, elbv2, lbArn, tgArn } = world();
    elbv2.addTags({ ResourceArns: [lbArn], Tags: tags(48) });
    expectRefused(c2, () => elbv2.addTags({ ResourceArns: [lbArn], Tags: tags(3, 'new') }), 'TooManyTags', `The quota for the number of tags that can be assigned to resource '${lbArn}' has been reached`);
    // Overwrites of existing keys count for nothing: 48 + 2 new = 50.
    elbv2.addTags({ ResourceArns: [lbArn], Tags: [...tags(10), ...tags(2, 'new')] });
    expect(elbv2.describeTags({ ResourceArns: [lbArn] }).TagDescriptions[0]?.Tags).toHaveLength(50);
    expectRefused(c2, () => elbv2.addTags({ ResourceArns: [lbArn], Tags: [{ Key: 'one-more', Value: '' }] }), 'TooManyTags');
    // All or nothing across resources: the second is full, so the first gets nothing either.
    expectRefused(c2, () => elbv2.addTags({ ResourceArns: [tgArn, lbArn], Tags: [{ Key: 'one-more', Value: '' }] }), 'TooManyTags');
    elbv2.removeTags({ ResourceArns: [lbArn], TagKeys: ['k0'] });
    elbv2.addTags({ ResourceArns: [tgArn, lbArn], Tags: [{ Key: 'one-more', Value: '' }] });
    expectRefused(c2, () => elbv2.addTags({ ResourceArns: [tgArn], Tags: [{ Key: 'aws:x', Value: '' }] }), 'ValidationError', "Tag key 'aws:x' cannot start with 'aws:'");
  });
});

describe('the tag-rules module', () => {
  it('isReservedTagKey matches aws: in any case, as a prefix only', () => {
    expect(['aws:', 'AWS:a', 'aWs:b'].every(isReservedTagKey)).toBe(true);
    expect(['aws', 'xaws:', 'aws-x', ''].some(isReservedTagKey)).toBe(false);
  });

  it('checkRequestTags checks the count after the per-tag rules; mergeTags changes nothing when refused', () => {
    expect(() => checkRequestTags(tags(50), 'ec2', 'Tags')).not.toThrow();
    expect(() => checkRequestTags([...tags(51), { Key: 'aws:x', Value: '' }], 'ec2', 'Tags')).toThrow(/aws:/);
    const existing = tags(50);
    expect(() => mergeTags(existing, [{ Key: 'k0', Value: 'new' }, { Key: 'extra', Value: '' }], 'elbv2', 'arn')).toThrow(/arn/);
    expect(existing).toEqual(tags(50));
    mergeTags(existing, [{ Key: 'k0', Value: 'new' }], 'ec2');
    expect(existing[0]).toEqual({ Key: 'k0', Value: 'new' });
    expect(existing).toHaveLength(50);
  });
});
