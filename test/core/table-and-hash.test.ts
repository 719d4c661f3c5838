import { describe, expect, it } from 'vitest';
import { alnumDigest, createRng, hashString, hexDigest, shuffled } from '../../src/core/hash.js';
import { bucketOf, deleteRow, emptyTable, getRow, putRow, rowCount, rows } from '../../src/core/table.js';
import { insertTimer, type Timer } from '../../src/world/timers.js';
import { matchesWildcard } from '../../src/core/wildcard.js';

describe('hashing', () => {
  it('is stable and platform independent (golden values)', () => {
    expect(hashString('privatelink')).toBe(hashString('privatelink'));
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hexDigest('x', 17)).toMatch(/^[0-9a-f]{17}$/);
    expect(alnumDigest('x', 8)).toMatch(/^[a-z0-9]{8}$/);
  });

  it('seeded shuffles are permutations, deterministic per key', () => {
    const items = [1, 2, 3, 4, 5, 6];
    expect(shuffled(items, 'k')).toEqual(shuffled(items, 'k'));
    expect([...shuffled(items, 'k')].sort()).toEqual(items);
    const r = createRng('k');
    const v = r();
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThan(1);
  });
});

describe('tables', () => {
  it('put, get, delete, count and iterate', () => {
    const t = emptyTable<number>();
    for (let i = 0; i < 1000; i++) putRow(t, `id-${i}`, i);
    expect(getRow(t, 'id-7')).toBe(7);
    expect(getRow(t, 'nope')).toBeUndefined();
    expect(getRow(t, 'toString')).toBeUndefined();
    expect(rowCount(t)).toBe(1000);
    expect(deleteRow(t, 'id-7')).toBe(true);
    expect(deleteRow(t, 'id-7')).toBe(false);
    expect([...rows(t)].length).toBe(999);
    expect(Object.keys(t).length).toBeLessThanOrEqual(16);
    for (const level of Object.values(t)) expect(Object.keys(level).length).toBeLessThanOrEqual(16);
    expect(bucketOf('id-1').join('')).toMatch(/^[0-9a-f]{3}$/);
    for (let i = 0; i < 1000; i++) deleteRow(t, `id-${i}`);
    expect(t).toEqual({});
  });
});

describe('timers', () => {
  it('stay ordered by due time, then by scheduling order', () => {
    const timers: Timer[] = [];
    const t = (at: number, seq: number): Timer => ({ at, seq, kind: 'k', region: 'r', id: `${at}/${seq}` });
    insertTimer(timers, t(5, 1));
    insertTimer(timers, t(1, 2));
    insertTimer(timers, t(5, 3));
    insertTimer(timers, t(3, 4));
    expect(timers.map((x) => x.id)).toEqual(['1/2', '3/4', '5/1', '5/3']);
  });
});

describe('wildcards', () => {
  it('match * and ? as AWS does', () => {
    expect(matchesWildcard('vpc-*', 'vpc-123')).toBe(true);
    expect(matchesWildcard('vpc-?', 'vpc-12')).toBe(false);
    expect(matchesWildcard('a.b', 'axb')).toBe(false);
    expect(matchesWildcard('EC2:Create*', 'ec2:CreateVpc', true)).toBe(true);
    expect(matchesWildcard('exact', 'exact')).toBe(true);
  });
});
