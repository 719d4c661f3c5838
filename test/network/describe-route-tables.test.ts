import { describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';
import { mainRouteTableId } from '../../src/network/route-tables.js';
import { cloudErrorOf } from '../support/errors.js';

const A = { accountId: '111111111111', region: 'us-east-1' } as const;
const B = { accountId: '222222222222', region: 'us-east-1' } as const;

function setup() {
  const cloud = createCloud({ seed: 5, quotas: { vpcsPerRegion: 10 } });
  const ec2 = cloud.ec2(A);
  const vpc1 = ec2.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const vpc2 = ec2.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
  return { cloud, ec2, vpc1, vpc2 };
}

describe('DescribeRouteTables', () => {
  it('each VPC has a main route table with the local route of its CIDR', () => {
    const { ec2, vpc1 } = setup();
    const table = ec2.describeRouteTables({ Filters: [{ Name: 'vpc-id', Values: [vpc1] }] }).RouteTables;
    const id = mainRouteTableId(vpc1);
    expect(id).toMatch(/^rtb-[0-9a-f]{17}$/);
    expect(table).toEqual([
      {
        Associations: [{ Main: true, RouteTableAssociationId: expect.stringMatching(/^rtbassoc-[0-9a-f]{17}$/), RouteTableId: id, AssociationState: { State: 'associated' } }],
        PropagatingVgws: [],
        RouteTableId: id,
        Routes: [{ DestinationCidrBlock: '10.1.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }],
        Tags: [],
        VpcId: vpc1,
        OwnerId: A.accountId,
      },
    ]);
  });

  it('ids are stable: the same VPC id always has the same route table id, distinct per VPC', () => {
    const { ec2, vpc1, vpc2 } = setup();
    expect(setup().vpc1).toBe(vpc1);
    expect(ec2.describeRouteTables().RouteTables.map((t) => t.RouteTableId).sort()).toEqual([mainRouteTableId(vpc1), mainRouteTableId(vpc2)].sort());
    expect(mainRouteTableId(vpc1)).not.toBe(mainRouteTableId(vpc2));
  });

  it('by id, and filters: route-table-id, association.main, owner-id, route.destination-cidr-block, association.subnet-id', () => {
    const { ec2, vpc1, vpc2 } = setup();
    const ids = (input: Parameters<typeof ec2.describeRouteTables>[0]) => ec2.describeRouteTables(input).RouteTables.map((t) => t.VpcId).sort();
    expect(ids({ RouteTableIds: [mainRouteTableId(vpc2)] })).toEqual([vpc2]);
    expect(ids({ Filters: [{ Name: 'route-table-id', Values: [mainRouteTableId(vpc1)] }] })).toEqual([vpc1]);
    expect(ids({ Filters: [{ Name: 'association.main', Values: ['true'] }] })).toEqual([vpc1, vpc2].sort());
    expect(ids({ Filters: [{ Name: 'association.main', Values: ['false'] }] })).toEqual([]);
    expect(ids({ Filters: [{ Name: 'owner-id', Values: [A.accountId] }] })).toEqual([vpc1, vpc2].sort());
    expect(ids({ Filters: [{ Name: 'route.destination-cidr-block', Values: ['10.2.0.0/16'] }] })).toEqual([vpc2]);
    expect(ids({ Filters: [{ Name: 'association.subnet-id', Values: ['subnet-0123456789abcdef0'] }] })).toEqual([]);
    expect(ids({ Filters: [{ Name: 'tag:env', Values: ['prod'] }] })).toEqual([]);
  });

  it('pages of 5 list every table once', () => {
    const { ec2 } = setup();
    for (let i = 3; i < 9; i++) ec2.createVpc({ CidrBlock: `10.${i}.0.0/16` });
    const whole = ec2.describeRouteTables().RouteTables.map((t) => t.RouteTableId);
    const first = ec2.describeRouteTables({ MaxResults: 5 });
    expect(first.RouteTables).toHaveLength(5);
    const second = ec2.describeRouteTables({ MaxResults: 5, NextToken: first.NextToken });
    expect(second.NextToken).toBeUndefined();
    expect([...first.RouteTables, ...second.RouteTables].map((t) => t.RouteTableId)).toEqual(whole);
    expect(whole).toHaveLength(8);
  });

  it('errors, world unchanged: unknown or foreign id, bad filter, MaxResults out of 5..100, foreign token', () => {
    const { cloud, ec2, vpc1 } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.describeRouteTables({ RouteTableIds: ['rtb-0123456789abcdef0'] }))).toMatchObject({
      code: 'InvalidRouteTableID.NotFound',
      message: "The routeTable ID 'rtb-0123456789abcdef0' does not exist",
    });
    // another account's main table answers exactly as an unknown one
    const foreign = mainRouteTableId(vpc1);
    expect(cloudErrorOf(() => cloud.ec2(B).describeRouteTables({ RouteTableIds: [foreign] }))).toMatchObject({
      code: 'InvalidRouteTableID.NotFound',
      message: `The routeTable ID '${foreign}' does not exist`,
    });
    expect(cloud.ec2(B).describeRouteTables().RouteTables).toEqual([]);
    expect(cloudErrorOf(() => ec2.describeRouteTables({ Filters: [{ Name: 'colour', Values: ['x'] }] }))).toMatchObject({ code: 'InvalidFilter', message: "The filter 'colour' is invalid" });
    expect(cloudErrorOf(() => ec2.describeRouteTables({ MaxResults: 101 })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => ec2.describeRouteTables({ MaxResults: 4 })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => ec2.describeRouteTables({ NextToken: 'abc' })).code).toBe('InvalidNextToken');
    expect(cloudErrorOf(() => ec2.describeRouteTables({ DryRun: true })).code).toBe('DryRunOperation');
    expect(cloud.world).toBe(before);
  });
});
