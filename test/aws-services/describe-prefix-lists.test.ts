import { describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';

const E = { accountId: '111111111111', region: 'us-east-1' } as const;

describe('DescribePrefixLists', () => {
  it('lists the AWS-managed prefix lists of the gateway services, with AWS\'s ids in us-east-1', () => {
    const cloud = createCloud({ seed: 1 });
    const { PrefixLists, NextToken } = cloud.ec2(E).describePrefixLists();
    expect(NextToken).toBeUndefined();
    expect(PrefixLists.map((p) => [p.PrefixListId, p.PrefixListName])).toEqual([
      ['pl-02cd2c6b', 'com.amazonaws.us-east-1.dynamodb'],
      ['pl-63a5400a', 'com.amazonaws.us-east-1.s3'],
    ]);
    for (const p of PrefixLists) {
      expect(p.Cidrs.length).toBeGreaterThan(0);
      for (const cidr of p.Cidrs) expect(cidr).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    }
  });

  it('is the same for every account and world; other regions get deterministic lists of their own', () => {
    const a = createCloud({ seed: 1 }).ec2({ accountId: '222222222222', region: 'eu-west-1' }).describePrefixLists().PrefixLists;
    const b = createCloud({ seed: 2 }).ec2({ accountId: '333333333333', region: 'eu-west-1' }).describePrefixLists().PrefixLists;
    expect(a).toEqual(b);
    expect(a.map((p) => p.PrefixListName).sort()).toEqual(['com.amazonaws.eu-west-1.dynamodb', 'com.amazonaws.eu-west-1.s3']);
    for (const p of a) expect(p.PrefixListId).toMatch(/^pl-[0-9a-f]{8}$/);
  });

  it('by id, by filters prefix-list-id and prefix-list-name; other names list nothing', () => {
    const ec2 = createCloud({ seed: 1 }).ec2(E);
    const names = (input: Parameters<typeof ec2.describePrefixLists>[0]) => ec2.describePrefixLists(input).PrefixLists.map((p) => p.PrefixListName);
    expect(names({ PrefixListIds: ['pl-63a5400a'] })).toEqual(['com.amazonaws.us-east-1.s3']);
    expect(names({ Filters: [{ Name: 'prefix-list-id', Values: ['pl-02cd2c6b'] }] })).toEqual(['com.amazonaws.us-east-1.dynamodb']);
    expect(names({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-east-1.s3'] }] })).toEqual(['com.amazonaws.us-east-1.s3']);
    expect(names({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-east-1.ec2'] }] })).toEqual([]);
  });

  it('pages', () => {
    const ec2 = createCloud({ seed: 1 }).ec2(E);
    const first = ec2.describePrefixLists({ MaxResults: 5 });
    expect(first.PrefixLists).toHaveLength(2);
    expect(first.NextToken).toBeUndefined();
  });

  it('errors, world unchanged: unknown id, bad filter, MaxResults, foreign token', () => {
    const cloud = createCloud({ seed: 1 });
    const ec2 = cloud.ec2(E);
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.describePrefixLists({ PrefixListIds: ['pl-63a5400a', 'pl-00000000'] }))).toMatchObject({
      code: 'InvalidPrefixListID.NotFound',
      message: "The prefix list ID 'pl-00000000' does not exist",
    });
    // us-west-2's S3 list is not us-east-1's
    expect(cloudErrorOf(() => ec2.describePrefixLists({ PrefixListIds: ['pl-68a54001'] })).code).toBe('InvalidPrefixListID.NotFound');
    expect(cloudErrorOf(() => ec2.describePrefixLists({ Filters: [{ Name: 'owner-id', Values: ['x'] }] })).code).toBe('InvalidFilter');
    expect(cloudErrorOf(() => ec2.describePrefixLists({ MaxResults: 1 })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => ec2.describePrefixLists({ NextToken: 'abc' })).code).toBe('InvalidNextToken');
    expect(cloud.world).toBe(before);
  });
});
