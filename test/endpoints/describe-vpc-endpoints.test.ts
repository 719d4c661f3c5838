import { describe, expect, it } from 'vitest';
import { DELETED_ENDPOINT_VISIBLE_MS } from '../../src/endpoints/lookup.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, OUTSIDER, REGION } from '../fixtures/topology.js';

function setup() {
  const topology = buildTopology({ allowedPrincipals: ['*'] });
  const { cloud, provider, consumer } = topology;
  const ec2 = cloud.ec2(consumer.identity);
  const create = (extra: Record<string, unknown> = {}) =>
    ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, ...extra }).VpcEndpoint.VpcEndpointId;
  return { ...topology, ec2, create };
}

describe('DescribeVpcEndpoints', () => {
  it('lists the caller\'s own endpoints only; another consumer sees none of them', () => {
    const { cloud, ec2, create, provider } = setup();
    const ids = [create(), create({ SubnetIds: [] })];
    expect(ec2.describeVpcEndpoints().VpcEndpoints.map((e) => e.VpcEndpointId).sort()).toEqual([...ids].sort());
    const outsider = cloud.ec2({ accountId: OUTSIDER, region: REGION });
    const vpc = outsider.createVpc({ CidrBlock: '10.5.0.0/16' }).Vpc.VpcId;
    const theirs = outsider.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpc, ServiceName: provider.serviceName }).VpcEndpoint.VpcEndpointId;
    expect(outsider.describeVpcEndpoints().VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual([theirs]);
    expect(cloud.ec2(provider.identity).describeVpcEndpoints().VpcEndpoints).toEqual([]);
    expect(cloudErrorOf(() => outsider.describeVpcEndpoints({ VpcEndpointIds: [ids[0] ?? ''] }))).toMatchObject({
      code: 'InvalidVpcEndpointId.NotFound',
      message: `The Vpc Endpoint Id '${ids[0] ?? ''}' does not exist`,
    });
    expect(cloud.ec2({ accountId: OUTSIDER, region: 'us-west-2' }).describeVpcEndpoints().VpcEndpoints).toEqual([]);
  });

  it('lists exactly the own endpoints of an account with most of the region\'s and of one with few (a table scan and the owner index)', () => {
    const { cloud, ec2, create, provider } = setup();
    const mine = Array.from({ length: 6 }, () => create());
    const outsider = cloud.ec2({ accountId: OUTSIDER, region: REGION });
    const vpc = outsider.createVpc({ CidrBlock: '10.5.0.0/16' }).Vpc.VpcId;
    const theirs = outsider.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpc, ServiceName: provider.serviceName }).VpcEndpoint.VpcEndpointId;
    // 6 of 7 endpoints: the consumer's list is read from the table; 1 of 7: through the index.
    expect(ec2.describeVpcEndpoints().VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual([...mine].sort());
    expect(outsider.describeVpcEndpoints().VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual([theirs]);
    const pages = [ec2.describeVpcEndpoints({ MaxResults: 5 })];
    const token = pages[0]?.NextToken;
    expect(token).toBeDefined();
    pages.push(ec2.describeVpcEndpoints({ MaxResults: 5, NextToken: token }));
    expect(pages.flatMap((p) => p.VpcEndpoints.map((e) => e.VpcEndpointId))).toEqual([...mine].sort());
    expect(pages[1]?.NextToken).toBeUndefined();
  });

  it('answers an unknown id with InvalidVpcEndpointId.NotFound', () => {
    const { ec2, create } = setup();
    create();
    expect(cloudErrorOf(() => ec2.describeVpcEndpoints({ VpcEndpointIds: ['vpce-0123456789abcdef0'] }))).toMatchObject({
      code: 'InvalidVpcEndpointId.NotFound',
      message: "The Vpc Endpoint Id 'vpce-0123456789abcdef0' does not exist",
    });
  });

  it('filters by the names AWS documents', () => {
    const { ec2, create, consumer, provider } = setup();
    const a = create({ TagSpecifications: [{ ResourceType: 'vpc-endpoint', Tags: [{ Key: 'team', Value: 'blue' }] }] });
    const b = create();
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [b] });
    const ids = (Name: string, Values: string[]) =>
      ec2.describeVpcEndpoints({ Filters: [{ Name, Values }] }).VpcEndpoints.map((e) => e.VpcEndpointId).sort();
    expect(ids('vpc-endpoint-id', [a])).toEqual([a]);
    expect(ids('vpc-endpoint-state', ['deleted'])).toEqual([b]);
    expect(ids('vpc-endpoint-state', ['pendingAcceptance'])).toEqual([a]);
    expect(ids('vpc-id', [consumer.vpcId])).toEqual([a, b].sort());
    expect(ids('vpc-id', ['vpc-0123456789abcdef0'])).toEqual([]);
    expect(ids('service-name', [provider.serviceName])).toEqual([a, b].sort());
    expect(ids('vpc-endpoint-type', ['Interface'])).toEqual([a, b].sort());
    expect(ids('vpc-endpoint-type', ['Gateway'])).toEqual([]);
    expect(ids('ip-address-type', ['ipv4'])).toEqual([a, b].sort());
    expect(ids('tag:team', ['blue'])).toEqual([a]);
    expect(ids('tag-key', ['team'])).toEqual([a]);
    expect(cloudErrorOf(() => ids('vpc-endpoint-colour', ['x']))).toMatchObject({
      code: 'InvalidFilter',
      message: "The filter 'vpc-endpoint-colour' is invalid",
    });
  });

  it('pages with MaxResults and NextToken, capping at 1000', () => {
    const { ec2, create } = setup();
    const all = Array.from({ length: 7 }, () => create()).sort();
    const first = ec2.describeVpcEndpoints({ MaxResults: 5 });
    expect(first.VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual(all.slice(0, 5));
    const second = ec2.describeVpcEndpoints({ MaxResults: 5, NextToken: first.NextToken });
    expect(second.VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual(all.slice(5));
    expect(second.NextToken).toBeUndefined();
    expect(ec2.describeVpcEndpoints({ MaxResults: 5000 }).VpcEndpoints).toHaveLength(7);
    expect(cloudErrorOf(() => ec2.describeVpcEndpoints({ MaxResults: 4 })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => ec2.describeVpcEndpoints({ NextToken: 'nope' }))).toMatchObject({
      code: 'InvalidNextToken',
      message: "The token 'nope' is invalid",
    });
  });

  it('shows a deleted endpoint for a while, then answers it as not found', () => {
    const { cloud, ec2, create } = setup();
    const id = create({ SubnetIds: [] });
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] });
    expect(ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]).toMatchObject({ State: 'deleted', NetworkInterfaceIds: [] });
    cloud.clock.advance(DELETED_ENDPOINT_VISIBLE_MS - 1);
    expect(ec2.describeVpcEndpoints().VpcEndpoints).toHaveLength(1);
    cloud.clock.advance(1);
    expect(ec2.describeVpcEndpoints().VpcEndpoints).toEqual([]);
    expect(cloudErrorOf(() => ec2.describeVpcEndpoints({ VpcEndpointIds: [id] })).code).toBe('InvalidVpcEndpointId.NotFound');
  });

  it('returns fresh objects, never the stored records', () => {
    const { ec2, create } = setup();
    create();
    const first = ec2.describeVpcEndpoints().VpcEndpoints[0];
    first?.SubnetIds.push('subnet-mutated');
    expect(ec2.describeVpcEndpoints().VpcEndpoints[0]?.SubnetIds).not.toContain('subnet-mutated');
  });
});
