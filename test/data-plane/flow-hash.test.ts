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

  it('spreads consecutive consumer addresses evenly too', () => {
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) {
      const k = flowIndex(flowHash(7, 0x0a000000 + i, 49152, 0x0a00020a, 443), counts.length);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    // Expected 10,000 per target, standard deviation ~93: 500 is over five sigmas.
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('changes about half the output bits when one input bit flips (avalanche)', () => {
    const popcount = (x: number) => {
      let n = 0;
      for (let v = x >>> 0; v !== 0; v >>>= 1) n += v & 1;
      return n;
    };
    let flipped = 0;
    let trials = 0;
    for (let i = 0; i < 500; i++) {
      const ip = (0x0a000000 + i * 7919) >>> 0;
      const base = flowHash(42, ip, 40_000 + i, 0x0a00020a, 443);
      for (let bit = 0; bit < 32; bit++) {
        flipped += popcount(base ^ flowHash(42, (ip ^ (1 << bit)) >>> 0, 40_000 + i, 0x0a00020a, 443));
        trials++;
      }
    }
    const mean = flipped / trials;
    expect(mean).toBeGreaterThan(15);
    expect(mean).toBeLessThan(17);
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
