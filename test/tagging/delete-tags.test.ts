import { describe, expect, it } from 'vitest';
import { expectFailure, taggingWorld } from './fixtures.js';

const START = [
  { Key: 'team', Value: 'blue' },
  { Key: 'env', Value: 'prod' },
  { Key: 'empty', Value: '' },
  { Key: 'owner', Value: 'ana' },
];

function tagged() {
  const world = taggingWorld();
  world.c.createTags({ Resources: [world.ids.vpc, world.ids.subnet], Tags: START });
  const vpcTags = () => world.c.describeVpcs({ VpcIds: [world.ids.vpc] }).Vpcs[0]?.Tags;
  return { ...world, vpcTags };
}

describe('DeleteTags', () => {
  it('without Tags deletes every tag of each resource', () => {
    const { c, ids, vpcTags } = tagged();
    expect(c.deleteTags({ Resources: [ids.vpc, ids.subnet] })).toEqual({});
    expect(vpcTags()).toEqual([]);
    expect(c.describeSubnets({ SubnetIds: [ids.subnet] }).Subnets[0]?.Tags).toEqual([]);
  });

  it('a Key alone deletes the key whatever its value; unknown keys are ignored', () => {
    const { c, ids, vpcTags } = tagged();
    c.deleteTags({ Resources: [ids.vpc], Tags: [{ Key: 'team' }, { Key: 'empty' }, { Key: 'absent' }] });
    expect(vpcTags()).toEqual([{ Key: 'env', Value: 'prod' }, { Key: 'owner', Value: 'ana' }]);
  });

  it('a Key with a Value deletes it only when the value matches; an empty Value matches only an empty value', () => {
    const { c, ids, vpcTags } = tagged();
    c.deleteTags({ Resources: [ids.vpc], Tags: [{ Key: 'team', Value: 'red' }, { Key: 'env', Value: 'prod' }, { Key: 'owner', Value: '' }, { Key: 'empty', Value: '' }] });
    expect(vpcTags()).toEqual([{ Key: 'team', Value: 'blue' }, { Key: 'owner', Value: 'ana' }]);
  });

  it('an empty Tags list deletes every tag, as the omitted parameter does on the wire', () => {
    const { c, ids, vpcTags } = tagged();
    c.deleteTags({ Resources: [ids.vpc], Tags: [] });
    expect(vpcTags()).toEqual([]);
  });

  it('works on every taggable kind', () => {
    const { c, p, ids } = tagged();
    const consumerIds = [ids.securityGroup, ids.securityGroupRule, ids.vpcEndpoint, ids.peering];
    c.createTags({ Resources: consumerIds, Tags: START });
    p.createTags({ Resources: [ids.service], Tags: START });
    c.deleteTags({ Resources: consumerIds, Tags: [{ Key: 'team' }] });
    p.deleteTags({ Resources: [ids.service], Tags: [{ Key: 'team' }] });
    const left = c.describeTags({ Filters: [{ Name: 'key', Values: ['team'] }] }).Tags.map((t) => t.ResourceId);
    expect(left.sort()).toEqual([ids.subnet, ids.vpc].sort());
    expect(p.describeTags({ Filters: [{ Name: 'key', Values: ['team'] }] }).Tags).toEqual([]);
  });

  it('fails as AWS does, all or nothing, changing nothing', () => {
    const { cloud, c, p, ids, vpcTags } = tagged();
    expectFailure(cloud, () => c.deleteTags({ Resources: [ids.vpc, 'subnet-0123456789abcdef0'] }), 'InvalidSubnetID.NotFound');
    expectFailure(cloud, () => p.deleteTags({ Resources: [ids.vpc] }), 'InvalidVpcID.NotFound');
    expectFailure(cloud, () => c.deleteTags({ Resources: [ids.vpc, 'bad-id'] }), 'InvalidID', "The ID 'bad-id' is not valid");
    expectFailure(cloud, () => c.deleteTags({ Resources: [ids.vpc], Tags: [{ Key: 'aws:cloudformation:stack-name' }] }), 'InvalidTagKey.Malformed');
    expectFailure(cloud, () => c.deleteTags({ Resources: [ids.vpc], Tags: [{ Key: '' }] }), 'InvalidParameterValue');
    expectFailure(cloud, () => c.deleteTags({ Resources: [] }), 'MissingParameter');
    expectFailure(cloud, () => c.deleteTags({ Resources: [ids.vpc], DryRun: true }), 'DryRunOperation');
    expect(vpcTags()).toEqual(START);
  });
});
