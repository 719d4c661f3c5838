import { describe, expect, it } from 'vitest';
import { alnumDigest, createRng, hashString, hexDigest, seededAlnum, seededHex, shuffled } from '../../src/core/hash.js';
import { joinFlat } from '../../src/core/flat-string.js';
import { mintHex, mintId } from '../../src/core/ids.js';
import { serviceNameOf } from '../../src/endpoint-services/lookup.js';
import { listenerArnOf, loadBalancerArnOf, targetGroupArnOf } from '../../src/load-balancers/arns.js';
import { deepFreeze, produce } from '../../src/core/draft.js';
import { addRow, deleteRow, emptyTable, getRow, hasRow, LEAF_CAPACITY, MAX_DEPTH, putRow, rowCount, rows, slotAt, tableEntries, tableKeys, type TableNode } from '../../src/core/table.js';
import { emptyTimerQueue, insertTimer, nextTimer, pendingTimers, popTimer, TIMER_CHUNK, type Timer } from '../../src/world/timers.js';
import { matchesWildcard } from '../../src/core/wildcard.js';

describe('hashing', () => {
  it('is stable and platform independent (golden values)', () => {
    expect(hashString('privatelink')).toBe(hashString('privatelink'));
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hexDigest('x', 17)).toMatch(/^[0-9a-f]{17}$/);
    expect(alnumDigest('x', 8)).toMatch(/^[a-z0-9]{8}$/);
  });

  it('gives the values 0.1 gave: same seed and calls, same ids and names, across versions', () => {
    // Pinned from 0.1's implementation: a change here changes every id a seed mints.
    expect(hexDigest('privatelink', 8)).toBe('835a5af2');
    expect(hexDigest('privatelink', 17)).toBe('835a5af2c735e79a0');
    expect(hexDigest('privatelink', 20)).toBe('835a5af2c735e79a089a');
    expect(hexDigest('x', 3)).toBe('2d8');
    expect(alnumDigest('privatelink', 8)).toBe('xhfv4k2t');
    expect(seededHex('42', 'loadbalancer\u00001', 16)).toBe('b01c907354e1531a');
    expect(seededAlnum('42', 'dns', 12)).toBe('3twt21iux1vc');
    expect(mintId('42', 7, 'vpc')).toBe('vpc-d32311c419458867b');
    expect(mintId('42', 7, 'vpcEndpointService')).toBe('vpce-svc-d7b8f2bc4d8ebed15');
    expect(mintHex('42', 3, 'listener', 16)).toBe('0e66f850e7d7b0a7');
  });

  it('joinFlat is concatenation', () => {
    expect(joinFlat('vpc-', '0123456789abcdef0')).toBe('vpc-0123456789abcdef0');
    expect(joinFlat('a', '', 'b', 'c')).toBe('abc');
    expect(joinFlat()).toBe('');
    expect(loadBalancerArnOf('us-east-1', '111111111111', 'nlb', '0123456789abcdef')).toBe('arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb/0123456789abcdef');
    expect(targetGroupArnOf('us-east-1', '111111111111', 'tg', '0123456789abcdef')).toBe('arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/tg/0123456789abcdef');
    expect(listenerArnOf('arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb/0123456789abcdef', 'fedcba9876543210')).toBe(
      'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/net/nlb/0123456789abcdef/fedcba9876543210',
    );
    expect(serviceNameOf('eu-west-1', 'vpce-svc-0123456789abcdef0')).toBe('com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0');
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
  it('addRow inserts only an absent key and says whether it did', () => {
    const t = emptyTable<number>();
    for (let i = 0; i < 200; i++) expect(addRow(t, `k-${i}`, i)).toBe(true);
    expect(addRow(t, 'k-7', 700)).toBe(false);
    expect(getRow(t, 'k-7')).toBe(7);
    expect(rowCount(t)).toBe(200);
    expect([...tableKeys(t)].sort()).toEqual(Array.from({ length: 200 }, (_, i) => `k-${i}`).sort());
  });

  it('hasRow reads a frozen table and a draft alike without changing either', () => {
    const t = emptyTable<number>();
    for (let i = 0; i < 100; i++) putRow(t, `id-${i}`, i);
    const frozen = deepFreeze(t);
    expect(hasRow(frozen, 'id-42')).toBe(true);
    expect(hasRow(frozen, 'id-420')).toBe(false);
    const next = produce(frozen, (draft) => {
      expect(hasRow(draft, 'id-3')).toBe(true);
      expect(hasRow(draft, 'missing')).toBe(false);
    });
    expect(next).toBe(frozen);
  });

  it('put, get, delete, count and iterate', () => {
    const t = emptyTable<number>();
    for (let i = 0; i < 1000; i++) putRow(t, `id-${i}`, i);
    expect(getRow(t, 'id-7')).toBe(7);
    expect(getRow(t, 'nope')).toBeUndefined();
    expect(getRow(t, 'toString')).toBeUndefined();
    expect(hasRow(t, 'id-8')).toBe(true);
    expect(rowCount(t)).toBe(1000);
    expect(deleteRow(t, 'id-7')).toBe(true);
    expect(deleteRow(t, 'id-7')).toBe(false);
    expect(rowCount(t)).toBe(999);
    expect([...rows(t)].length).toBe(999);
    expect(new Set(tableKeys(t)).size).toBe(999);
    expect([...tableEntries(t)].every(([k, v]) => k === `id-${v}`)).toBe(true);
    for (let i = 0; i < 1000; i++) deleteRow(t, `id-${i}`);
    expect(rowCount(t)).toBe(0);
    expect([...rows(t)]).toEqual([]);
  });

  it('keeps every key where its hash says, leaves at most LEAF_CAPACITY keys deep down', () => {
    const t = emptyTable<string>();
    for (let i = 0; i < 3000; i++) putRow(t, `k${i}`, `v${i}`);
    for (let i = 0; i < 3000; i += 3) deleteRow(t, `k${i}`);
    const walk = (node: TableNode<string> | 0 | undefined, depth: number, path: number[]): void => {
      if (node === 0 || node === undefined) return;
      if (Array.isArray(node)) {
        expect(node).toHaveLength(16);
        node.forEach((sub, slot) => walk(sub, depth + 1, [...path, slot]));
        return;
      }
      expect(node.keys).toHaveLength(node.rows.length);
      if (depth < MAX_DEPTH) expect(node.keys.length).toBeLessThanOrEqual(LEAF_CAPACITY);
      if (depth > 0) expect(node.keys.length).toBeGreaterThan(0);
      for (const [i, key] of node.keys.entries()) {
        path.forEach((slot, d) => expect(slotAt(hashString(key), d)).toBe(slot));
        expect(node.rows[i]).toBe(`v${key.slice(1)}`);
      }
    };
    walk(t.root, 0, []);
    expect(rowCount(t)).toBe(2000);
  });

  it('stores keys as data, so prototype names are ordinary keys', () => {
    const t = emptyTable<number>();
    for (const [i, key] of ['__proto__', 'constructor', 'hasOwnProperty', 'toString'].entries()) putRow(t, key, i);
    expect(getRow(t, '__proto__')).toBe(0);
    expect(getRow(t, 'constructor')).toBe(1);
    expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    expect(getRow(JSON.parse(JSON.stringify(t)) as typeof t, '__proto__')).toBe(0);
  });

  it('changes nothing it was not asked to: a draft write copies only its path', () => {
    const base = { t: emptyTable<{ n: number }>() };
    for (let i = 0; i < 500; i++) putRow(base.t, `x${i}`, { n: i });
    const frozen = deepFreeze(base);
    const next = produce(frozen, (d) => {
      const row = getRow(d.t, 'x5');
      if (row) row.n = -1;
      putRow(d.t, 'new', { n: 1 });
      deleteRow(d.t, 'x6');
    });
    expect(getRow(frozen.t, 'x5')?.n).toBe(5);
    expect(getRow(frozen.t, 'x6')?.n).toBe(6);
    expect(getRow(next.t, 'x5')?.n).toBe(-1);
    expect(getRow(next.t, 'new')?.n).toBe(1);
    expect(getRow(next.t, 'x6')).toBeUndefined();
    expect(rowCount(next.t)).toBe(500);
    expect(Object.isFrozen(getRow(next.t, 'new'))).toBe(true);
    // Untouched rows are shared, not copied.
    expect(getRow(next.t, 'x7')).toBe(getRow(frozen.t, 'x7'));
  });
});

describe('timers', () => {
  const t = (at: number, seq: number): Timer => ({ at, seq, kind: 'k', region: 'r', id: `${at}/${seq}` });

  it('stay ordered by due time, then by scheduling order', () => {
    const timers = emptyTimerQueue();
    insertTimer(timers, t(5, 1));
    insertTimer(timers, t(1, 2));
    insertTimer(timers, t(5, 3));
    insertTimer(timers, t(3, 4));
    expect([...pendingTimers(timers)].map((x) => x.id)).toEqual(['1/2', '3/4', '5/1', '5/3']);
    expect(nextTimer(timers)?.id).toBe('1/2');
    expect(popTimer(timers)?.id).toBe('1/2');
    expect(timers.count).toBe(3);
  });

  it('keep order across chunks as they split and empty, in a draft or not', () => {
    const timers = emptyTimerQueue();
    const all: Timer[] = [];
    for (let i = 0; i < 1000; i++) {
      const timer = t((i * 7919) % 613, i);
      all.push(timer);
      insertTimer(timers, timer);
    }
    all.sort((a, b) => a.at - b.at || a.seq - b.seq);
    expect([...pendingTimers(timers)]).toEqual(all);
    expect(timers.chunks.every((chunk) => chunk.length > 0 && chunk.length <= TIMER_CHUNK)).toBe(true);
    const frozen = deepFreeze(timers);
    const next = produce(frozen, (draft) => {
      for (let i = 0; i < 300; i++) popTimer(draft);
      insertTimer(draft, t(-1, 5000));
      insertTimer(draft, t(10_000, 5001));
    });
    expect([...pendingTimers(next)]).toEqual([t(-1, 5000), ...all.slice(300), t(10_000, 5001)]);
    expect(next.count).toBe(702);
    expect([...pendingTimers(frozen)]).toEqual(all);
    expect(popTimer(emptyTimerQueue())).toBeUndefined();
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
