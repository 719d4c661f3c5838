import { describe, expect, it } from 'vitest';
import { expectFailure, taggingWorld } from './fixtures.js';

describe('DescribeTags', () => {
  it("lists one entry per tag of the caller's resources, sorted by resource id then key", () => {
    const { c, p, ids } = taggingWorld();
    c.createTags({ Resources: [ids.vpc, ids.vpcEndpoint], Tags: [{ Key: 'team', Value: 'blue' }, { Key: 'env', Value: 'prod' }] });
    p.createTags({ Resources: [ids.service, ids.providerVpc], Tags: [{ Key: 'team', Value: 'red' }] });
    const tags = c.describeTags().Tags;
    expect(tags).toEqual(
      [
        { Key: 'env', ResourceId: ids.vpc, ResourceType: 'vpc', Value: 'prod' },
        { Key: 'team', ResourceId: ids.vpc, ResourceType: 'vpc', Value: 'blue' },
        { Key: 'env', ResourceId: ids.vpcEndpoint, ResourceType: 'vpc-endpoint', Value: 'prod' },
        { Key: 'team', ResourceId: ids.vpcEndpoint, ResourceType: 'vpc-endpoint', Value: 'blue' },
      ].sort((a, b) => (a.ResourceId === b.ResourceId ? 0 : a.ResourceId < b.ResourceId ? -1 : 1)),
    );
    expect(p.describeTags().Tags.map((t) => [t.ResourceType, t.ResourceId])).toEqual(
      [
        ['vpc-endpoint-service', ids.service],
        ['vpc', ids.providerVpc],
      ].sort((a, b) => ((a[1] ?? '') < (b[1] ?? '') ? -1 : 1)),
    );
  });

  it('filters by resource-id, resource-type, key, value and tag:<key>, with wildcards', () => {
    const { c, ids } = taggingWorld();
    c.createTags({ Resources: [ids.vpc, ids.subnet, ids.securityGroup], Tags: [{ Key: 'team', Value: 'blue' }, { Key: 'cost-center', Value: '42' }] });
    c.createTags({ Resources: [ids.subnet], Tags: [{ Key: 'team', Value: 'black' }] });
    const ask = (Name: string, ...Values: string[]) => c.describeTags({ Filters: [{ Name, Values }] }).Tags;
    expect(ask('resource-id', ids.subnet).map((t) => `${t.Key}=${t.Value}`)).toEqual(['cost-center=42', 'team=black']);
    expect(ask('resource-type', 'security-group', 'vpc').map((t) => t.ResourceId).sort()).toEqual([ids.securityGroup, ids.securityGroup, ids.vpc, ids.vpc].sort());
    expect(ask('key', 'cost-*')).toHaveLength(3);
    expect(ask('value', 'bl?ck').map((t) => t.ResourceId)).toEqual([ids.subnet]);
    expect(ask('value', 'b*').map((t) => t.Value).sort()).toEqual(['black', 'blue', 'blue']);
    expect(ask('tag:team', 'blue').map((t) => t.ResourceId).sort()).toEqual([ids.securityGroup, ids.vpc].sort());
    const both = c.describeTags({ Filters: [{ Name: 'resource-type', Values: ['subnet'] }, { Name: 'key', Values: ['team'] }] }).Tags;
    expect(both).toEqual([{ Key: 'team', ResourceId: ids.subnet, ResourceType: 'subnet', Value: 'black' }]);
  });

  it('pages with MaxResults (5 to 1000) and NextToken, each entry once', () => {
    const { cloud, c, ids } = taggingWorld();
    c.createTags({ Resources: [ids.vpc, ids.subnet, ids.securityGroup], Tags: Array.from({ length: 4 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) });
    const all = c.describeTags().Tags;
    expect(all).toHaveLength(12);
    const seen = [];
    let token: string | undefined;
    do {
      const page = c.describeTags({ MaxResults: 5, ...(token === undefined ? {} : { NextToken: token }) });
      expect(page.Tags.length).toBeLessThanOrEqual(5);
      seen.push(...page.Tags);
      token = page.NextToken;
    } while (token !== undefined);
    expect(seen).toEqual(all);
    expectFailure(cloud, () => c.describeTags({ MaxResults: 4 }), 'InvalidParameterValue');
    expectFailure(cloud, () => c.describeTags({ MaxResults: 1001 }), 'InvalidParameterValue');
    expectFailure(cloud, () => c.describeTags({ NextToken: 'not-ours' }), 'InvalidNextToken');
    expectFailure(cloud, () => c.describeTags({ Filters: [{ Name: 'owner-id', Values: ['x'] }] }), 'InvalidFilter', "The filter 'owner-id' is invalid");
    expectFailure(cloud, () => c.describeTags({ DryRun: true }), 'DryRunOperation');
  });

  it("never shows another account's tags; both sides of a peering connection see its tags", () => {
    const { c, p, outsider, ids } = taggingWorld();
    c.createTags({ Resources: [ids.vpc, ids.peering], Tags: [{ Key: 'team', Value: 'blue' }] });
    expect(p.describeTags().Tags).toEqual([{ Key: 'team', ResourceId: ids.peering, ResourceType: 'vpc-peering-connection', Value: 'blue' }]);
    expect(outsider.describeTags().Tags).toEqual([]);
  });

  it('drops the tags of a resource once it is deleted', () => {
    const { c, ids } = taggingWorld();
    const groupId = c.createSecurityGroup({ VpcId: ids.vpc, GroupName: 'temp', Description: 'temp' }).GroupId;
    c.createTags({ Resources: [groupId], Tags: [{ Key: 'team', Value: 'blue' }] });
    c.deleteSecurityGroup({ GroupId: groupId });
    expect(c.describeTags({ Filters: [{ Name: 'resource-id', Values: [groupId] }] }).Tags).toEqual([]);
  });
});

describe("describes' tag filters see tags added and deleted later", () => {
  it('DescribeVpcs, DescribeSubnets, DescribeSecurityGroups, DescribeVpcEndpoints, DescribeVpcPeeringConnections, DescribeVpcEndpointServiceConfigurations', () => {
    const { c, p, ids } = taggingWorld();
    const tag = [{ Name: 'tag:team', Values: ['blue'] }];
    const key = [{ Name: 'tag-key', Values: ['team'] }];
    c.createTags({ Resources: [ids.vpc, ids.subnet, ids.securityGroup, ids.vpcEndpoint, ids.peering], Tags: [{ Key: 'team', Value: 'blue' }] });
    p.createTags({ Resources: [ids.service], Tags: [{ Key: 'team', Value: 'blue' }] });
    expect(c.describeVpcs({ Filters: tag }).Vpcs.map((v) => v.VpcId)).toEqual([ids.vpc]);
    expect(c.describeSubnets({ Filters: key }).Subnets.map((s) => s.SubnetId)).toEqual([ids.subnet]);
    expect(c.describeSecurityGroups({ Filters: tag }).SecurityGroups.map((g) => g.GroupId)).toEqual([ids.securityGroup]);
    expect(c.describeVpcEndpoints({ Filters: tag }).VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual([ids.vpcEndpoint]);
    expect(c.describeVpcPeeringConnections({ Filters: tag }).VpcPeeringConnections.map((x) => x.VpcPeeringConnectionId)).toEqual([ids.peering]);
    expect(p.describeVpcPeeringConnections({ Filters: tag }).VpcPeeringConnections.map((x) => x.VpcPeeringConnectionId)).toEqual([ids.peering]);
    expect(p.describeVpcEndpointServiceConfigurations({ Filters: tag }).ServiceConfigurations.map((s) => s.ServiceId)).toEqual([ids.service]);
    c.deleteTags({ Resources: [ids.vpc, ids.subnet], Tags: [{ Key: 'team' }] });
    expect(c.describeVpcs({ Filters: tag }).Vpcs).toEqual([]);
    expect(c.describeSubnets({ Filters: key }).Subnets).toEqual([]);
  });
});
