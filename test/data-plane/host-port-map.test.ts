/**
 * `HostPortMap` on its own: (host, port) -> value with linear probing and backward-shift
 * deletion. Small host and port ranges force long probe runs, wrap-around and rehashes; a
 * JS `Map` is the reference.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HostPortMap } from '../../src/data-plane/host-port-map.js';

describe('HostPortMap', () => {
  it('puts, replaces, gets and deletes; port 0 is never a key', () => {
    const map = new HostPortMap();
    expect(map.get(0, 32768)).toBe(-1);
    expect(map.put(0, 32768, 7)).toBe(-1);
    expect(map.put(0, 32768, 9)).toBe(7);
    expect(map.get(0, 32768)).toBe(9);
    expect(map.get(1, 32768)).toBe(-1);
    expect(map.get(0, 32769)).toBe(-1);
    expect(map.size).toBe(1);
    expect(map.delete(0, 32769)).toBe(false);
    expect(map.delete(0, 32768)).toBe(true);
    expect(map.delete(0, 32768)).toBe(false);
    expect(map.size).toBe(0);
  });

  it('keeps every key findable across rehashes and after deleting half of them', () => {
    const map = new HostPortMap();
    for (let host = 0; host < 50; host++) for (let port = 1; port <= 40; port++) map.put(host, port, host * 100 + port);
    expect(map.size).toBe(2000);
    for (let host = 0; host < 50; host += 2) for (let port = 1; port <= 40; port++) expect(map.delete(host, port)).toBe(true);
    for (let host = 0; host < 50; host++) {
      for (let port = 1; port <= 40; port++) expect(map.get(host, port)).toBe(host % 2 === 0 ? -1 : host * 100 + port);
    }
    expect(map.size).toBe(1000);
    expect(map.bytes).toBeGreaterThanOrEqual(3 * 4 * 2000);
  });
});

type Op = { kind: 'put'; host: number; port: number; value: number } | { kind: 'delete'; host: number; port: number };
const key = { host: fc.nat({ max: 5 }), port: fc.integer({ min: 1, max: 12 }) };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), ...key, value: fc.nat({ max: 1000 }) }),
  fc.record({ kind: fc.constant('delete' as const), ...key }),
);

test.prop([fc.array(op, { maxLength: 300 })])('answers as a Map does, whatever the order of puts and deletes', (ops) => {
  const map = new HostPortMap();
  const reference = new Map<string, number>();
  for (const o of ops) {
    const k = `${o.host}:${o.port}`;
    if (o.kind === 'put') {
      expect(map.put(o.host, o.port, o.value)).toBe(reference.get(k) ?? -1);
      reference.set(k, o.value);
    } else expect(map.delete(o.host, o.port)).toBe(reference.delete(k));
    expect(map.size).toBe(reference.size);
  }
  for (let host = 0; host <= 5; host++) for (let port = 1; port <= 12; port++) expect(map.get(host, port)).toBe(reference.get(`${host}:${port}`) ?? -1);
});
