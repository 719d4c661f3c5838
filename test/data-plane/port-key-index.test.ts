/**
 * `PortKeyIndex` on its own: (node IP, target IP, target port) to dense slots. The allocator
 * looks a key up before interning it, so these tests reach what it never asks: interning a
 * key twice, finding with malformed input, the probe comparing all three fields, rehashing.
 */
import { describe, expect, it } from 'vitest';
import { CloudError } from '../../src/core/errors.js';
import { PortKeyIndex } from '../../src/data-plane/port-key-index.js';

const NODE = 0x0a000a05; // 10.0.10.5
const TARGET = 0x0a001414; // 10.0.20.20

describe('PortKeyIndex', () => {
  it('interns a key once: the same key again is the same slot, and the size does not grow', () => {
    const keys = new PortKeyIndex();
    expect(keys.size).toBe(0);
    expect(keys.intern(NODE, TARGET, 80)).toBe(0);
    expect(keys.intern(NODE, TARGET, 80)).toBe(0);
    expect(keys.intern(NODE, TARGET, 81)).toBe(1);
    expect(keys.intern(NODE, TARGET, 80)).toBe(0);
    expect(keys.size).toBe(2);
  });

  it('tells apart keys that differ in one field only, across rehashes', () => {
    const keys = new PortKeyIndex();
    const variants = (i: number): [number, number, number][] => [
      [NODE + i, TARGET, 80],
      [NODE, TARGET + i + 1, 80],
      [NODE, TARGET, 1000 + i],
    ];
    for (let i = 0; i < 400; i++) for (const [n, t, p] of variants(i)) keys.intern(n, t, p);
    expect(keys.size).toBe(1200);
    for (let i = 0; i < 400; i++) {
      variants(i).forEach(([n, t, p], k) => {
        expect(keys.find(n, t, p)).toBe(i * 3 + k);
        expect(keys.keyOf(i * 3 + k)).toEqual({ nodeIp: n, targetIp: t, targetPort: p });
      });
    }
  });

  it('finds nothing for a key never interned, (0, 0, 0) included after rehashing', () => {
    const keys = new PortKeyIndex();
    for (let i = 0; i < 40; i++) keys.intern(NODE, TARGET, 1 + i); // several rehashes
    expect(keys.find(0, 0, 0)).toBe(-1);
    expect(keys.find(NODE, TARGET, 41)).toBe(-1);
    expect(keys.intern(0, 0, 0)).toBe(40);
    expect(keys.find(0, 0, 0)).toBe(40);
  });

  it('finds nothing for malformed input that would alias a stored key once truncated', () => {
    const keys = new PortKeyIndex();
    const allOnes = keys.intern(0xffffffff, TARGET, 80); // stored as the int32 -1
    const allOnesTarget = keys.intern(NODE, 0xffffffff, 80);
    const one = keys.intern(1, 2, 80);
    expect(keys.find(0xffffffff, TARGET, 80)).toBe(allOnes);
    expect(keys.find(NODE, 0xffffffff, 80)).toBe(allOnesTarget);
    expect(keys.find(-1, TARGET, 80)).toBe(-1);
    expect(keys.find(NODE, -1, 80)).toBe(-1);
    expect(keys.find(1.5, 2, 80)).toBe(-1);
    expect(keys.find(1, 2.5, 80)).toBe(-1);
    expect(keys.find(1, 2, 80)).toBe(one);
  });

  it('gives back the key of a slot as unsigned addresses, and nothing for a slot never handed out', () => {
    const keys = new PortKeyIndex();
    keys.intern(0xffffffff, 0x80000000, 65_535);
    expect(keys.keyOf(0)).toEqual({ nodeIp: 0xffffffff, targetIp: 0x80000000, targetPort: 65_535 });
    for (const slot of [1, -1, 0.5, Number.NaN]) expect(keys.keyOf(slot)).toBeUndefined();
  });

  it('refuses a malformed key with InvalidParameterValue naming the field and the rule', () => {
    const keys = new PortKeyIndex();
    expect(() => keys.intern(-1, TARGET, 80)).toThrow(CloudError);
    expect(() => keys.intern(-1, TARGET, 80)).toThrow(/parameter nodeIp.*unsigned 32-bit integer/);
    expect(() => keys.intern(NODE, 2 ** 32, 80)).toThrow(/parameter targetIp.*unsigned 32-bit integer/);
    expect(() => keys.intern(NODE, TARGET, 65_536)).toThrow(/parameter targetPort.*0\.\.65535/);
    expect(() => keys.intern(NODE, TARGET, 80.5)).toThrow(/parameter targetPort/);
    expect(keys.size).toBe(0);
  });

  it('counts the bytes of its typed arrays as they grow', () => {
    const keys = new PortKeyIndex();
    expect(keys.bytes).toBe(16 * 4 + 3 * 8 * 4); // 16 buckets, room for 8 keys
    for (let i = 0; i < 8; i++) keys.intern(NODE, TARGET, i);
    expect(keys.bytes).toBe(16 * 4 + 3 * 8 * 4); // 8 keys fill half the buckets exactly
    keys.intern(NODE, TARGET, 8);
    expect(keys.bytes).toBe(32 * 4 + 3 * 16 * 4);
  });
});
