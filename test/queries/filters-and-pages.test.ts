import { describe, expect, it } from 'vitest';
import { applyFilters, compileEarlyFilters } from '../../src/queries/filters.js';
import { paginate, readEc2Paging } from '../../src/queries/paginate.js';
import { readParams } from '../../src/core/params.js';
import { cloudErrorOf } from '../support/errors.js';

interface Item { id: string; vpc: string; Tags: { Key: string; Value: string }[] }
const items: Item[] = [
  { id: 'a', vpc: 'vpc-1', Tags: [{ Key: 'env', Value: 'prod' }] },
  { id: 'b', vpc: 'vpc-2', Tags: [{ Key: 'env', Value: 'dev' }] },
  { id: 'c', vpc: 'vpc-1', Tags: [] },
];
const fields = { 'vpc-id': (i: Item) => i.vpc, id: (i: Item) => i.id };
const ids = (xs: Item[]) => xs.map((x) => x.id);

describe('filters', () => {
  it('ORs values, ANDs filters, supports wildcards and tags', () => {
    const f = (filters: { Name: string; Values: string[] }[]) => ids(applyFilters(items, filters, fields, { tags: (i) => i.Tags }));
    expect(f([{ Name: 'vpc-id', Values: ['vpc-1'] }])).toEqual(['a', 'c']);
    expect(f([{ Name: 'vpc-id', Values: ['vpc-1', 'vpc-2'] }, { Name: 'id', Values: ['b', 'c'] }])).toEqual(['b', 'c']);
    expect(f([{ Name: 'vpc-id', Values: ['vpc-*'] }])).toEqual(['a', 'b', 'c']);
    expect(f([{ Name: 'tag:env', Values: ['prod'] }])).toEqual(['a']);
    expect(f([{ Name: 'tag-key', Values: ['env'] }])).toEqual(['a', 'b']);
  });

  it('an unsupported filter name is InvalidFilter even when nothing matches', () => {
    expect(cloudErrorOf(() => applyFilters([], [{ Name: 'colour', Values: [] }], fields))).toMatchObject({
      code: 'InvalidFilter',
      message: "The filter 'colour' is invalid",
    });
    expect(cloudErrorOf(() => applyFilters(items, [{ Name: 'tag:env', Values: ['x'] }], fields)).code).toBe('InvalidFilter');
  });
});

describe('early filters', () => {
  it('test only the filters their fields read, with the same matching; the rest pass', () => {
    const early = compileEarlyFilters([{ Name: 'id', Values: ['a', 'c*'] }, { Name: 'vpc-id', Values: ['vpc-9'] }, { Name: 'colour', Values: ['x'] }], { id: (i: Item) => i.id });
    expect(ids(items.filter(early))).toEqual(['a', 'c']);
    expect(ids(items.filter(compileEarlyFilters([], { id: (i: Item) => i.id })))).toEqual(['a', 'b', 'c']);
  });
});

describe('pagination', () => {
  const many = Array.from({ length: 23 }, (_, i) => ({ id: `k${String(i).padStart(2, '0')}` }));

  it('walks every item exactly once in key order', () => {
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = paginate(many, (x) => x.id, { limit: 5, token, tokenField: 'NextToken' }, 's', 'Describe');
      seen.push(...page.items.map((x) => x.id));
      token = page.nextToken;
    } while (token !== undefined);
    expect(seen).toEqual(many.map((x) => x.id));
  });

  it('refuses tokens it did not issue, or issued for another action or seed', () => {
    const page = paginate(many, (x) => x.id, { limit: 5, token: undefined, tokenField: 'NextToken' }, 's', 'A');
    const token = page.nextToken ?? '';
    expect(cloudErrorOf(() => paginate(many, (x) => x.id, { limit: 5, token, tokenField: 'NextToken' }, 's', 'B')).code).toBe(
      'InvalidNextToken',
    );
    expect(cloudErrorOf(() => paginate(many, (x) => x.id, { limit: 5, token: 'garbage', tokenField: 'NextToken' }, 's', 'A'))).toMatchObject({
      code: 'InvalidNextToken',
      message: "The token 'garbage' is invalid",
    });
  });

  it('MaxResults must lie within 5..1000', () => {
    expect(readEc2Paging(readParams({ MaxResults: 5 }, 'ec2')).limit).toBe(5);
    expect(cloudErrorOf(() => readEc2Paging(readParams({ MaxResults: 4 }, 'ec2'))).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => readEc2Paging(readParams({ MaxResults: 1001 }, 'ec2'))).code).toBe('InvalidParameterValue');
  });
});
