import { describe, expect, it } from 'vitest';
import { flowHash, flowIndex } from '../../src/data-plane/flow-hash.js';

describe('flowHash', () => {
  it('is a pure function of seed and 5-tuple, as an unsigned 32-bit integer', () => {
    const h = flowHash(42, 0x0a000105, 49152, 0x0a00020a, 443);
    expect(flowHash(42, 0x0a000105, 49152, 0x0a00020a, 443)).toBe(h);
    expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
    expect(flowHash(43, 0x0a000105, 49152, 0x0a00020a, 443)).not.toBe(h);
    expect(flowHash(42, 0x0a000105, 49153, 0x0a00020a, 443)).not.toBe(h);
    expect(flowHash(42, 0x0a000105, 49152, 0x0a00020a, 443, 17)).not.toBe(h);
    expect(flowHash(42, 0xffffffff, 0, 0, 0)).toBe(flowHash(42, -1, 0, 0, 0));
  });

  it('spreads consecutive source ports evenly over targets', () => {
    const counts = [0, 0, 0, 0, 0];
    for (let port = 1024; port < 1024 + 50_000; port++) {
      const i = flowIndex(flowHash(7, 0x0a000105, port, 0x0a00020a, 443), counts.length);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });
});

describe('flowIndex', () => {
  it('maps onto 0..count-1, and -1 when there is nothing to pick', () => {
    expect(flowIndex(0, 3)).toBe(0);
    expect(flowIndex(0xffffffff, 3)).toBe(2);
    expect(flowIndex(0x80000000, 2)).toBe(1);
    expect(flowIndex(123, 1)).toBe(0);
    expect(flowIndex(123, 0)).toBe(-1);
  });
});
