/**
 * The port allocator behind invariants 7 and 8, unit by unit (it is mutation-tested with the
 * invariant checker): per-key ranges rotated by a seeded offset, exhaustion as -1, release
 * and cooldown in FIFO order, growth of the key blocks, totals and resets.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIRST_PORT, DEFAULT_PORT_CAPACITY, DEFAULT_PORT_COOLDOWN_MS, PORT_EXHAUSTED, PortAllocator } from '../../src/data-plane/port-allocator.js';
import { oneKey } from '../support/port-table.js';
import { mix32 } from '../../src/core/hash.js';
import { cloudErrorOf } from '../support/errors.js';

describe('PortTable, one key', () => {
  it('hands out the rotated range in order, then -1', () => {
    const pool = oneKey(1000, 4, 2, 100);
    expect([pool.allocate(0), pool.allocate(0), pool.allocate(0), pool.allocate(0)]).toEqual([1002, 1003, 1000, 1001]);
    expect(pool.allocate(0)).toBe(-1);
    expect(pool.inUse).toBe(4);
    expect(pool.tracked).toBe(4);
  });

  it('releases only held ports in range, and reuses one only after its cooldown', () => {
    const pool = oneKey(1000, 2, 0, 100);
    const a = pool.allocate(0);
    const b = pool.allocate(0);
    expect(pool.release(999, 10)).toBe(false);
    expect(pool.release(1002, 10)).toBe(false);
    expect(pool.release(a, 10)).toBe(true);
    expect(pool.release(a, 10)).toBe(false);
    expect(pool.inUse).toBe(1);
    expect(pool.isHeld(a)).toBe(false);
    expect(pool.isHeld(b)).toBe(true);
    expect(pool.isHeld(999)).toBe(false);
    expect(pool.isHeld(1002)).toBe(false);
    expect(pool.coolingAt(10)).toBe(1);
    expect(pool.allocate(109)).toBe(-1);
    expect(pool.coolingAt(109)).toBe(1);
    expect(pool.coolingAt(110)).toBe(0);
    expect(pool.allocate(110)).toBe(a);
    expect(pool.isHeld(a)).toBe(true);
    expect(pool.inUse).toBe(2);
  });

  it('mints a fresh port before reusing a cooled one only when the cooled one is not ready', () => {
    const pool = oneKey(1000, 3, 0, 100);
    const a = pool.allocate(0);
    pool.release(a, 0);
    expect(pool.allocate(50)).toBe(1001);
    expect(pool.allocate(100)).toBe(a);
  });

  it('reuses released ports oldest first, and never dates a release before the previous one', () => {
    const pool = oneKey(1000, 3, 0, 100);
    const [a, b, c] = [pool.allocate(0), pool.allocate(0), pool.allocate(0)];
    pool.release(b, 10);
    pool.release(a, 5);
    pool.release(c, 20);
    expect(pool.coolingAt(109)).toBe(3);
    expect(pool.coolingAt(110)).toBe(1);
    expect(pool.allocate(110)).toBe(b);
    expect(pool.allocate(110)).toBe(a);
    expect(pool.allocate(110)).toBe(-1);
    expect(pool.allocate(120)).toBe(c);
  });

  it('grows its block past the first one and keeps the release order', () => {
    const pool = oneKey(2000, 40, 0, 10);
    const empty = pool.bytes;
    const ports = Array.from({ length: 40 }, () => pool.allocate(0));
    expect(new Set(ports).size).toBe(40);
    for (const p of ports.slice(0, 20)) pool.release(p, 0);
    for (const p of ports.slice(0, 20)) expect(pool.allocate(10)).toBe(p);
    for (const p of ports.slice(0, 20)) pool.release(p, 0);
    expect(pool.bytes).toBeGreaterThan(empty);
    for (const p of ports.slice(20, 30)) pool.release(p, 1);
    const again = Array.from({ length: 30 }, () => pool.allocate(11));
    expect(again).toEqual(ports.slice(0, 30));
    expect(pool.allocate(11)).toBe(-1);
  });

  it('grows the block while the ring wraps around', () => {
    const pool = oneKey(3000, 20, 0, 0);
    const ports = Array.from({ length: 20 }, () => pool.allocate(0));
    for (const p of ports.slice(0, 6)) pool.release(p, 0);
    expect([pool.allocate(0), pool.allocate(0), pool.allocate(0), pool.allocate(0)]).toEqual(ports.slice(0, 4));
    for (const p of ports.slice(6, 20)) pool.release(p, 0);
    const order = Array.from({ length: 16 }, () => pool.allocate(0));
    expect(order).toEqual([...ports.slice(4, 6), ...ports.slice(6, 20)]);
  });

  it('releases everything at once, and resets', () => {
    const pool = oneKey(1000, 3, 1, 100);
    const fresh = pool.bytes;
    const ports = [pool.allocate(0), pool.allocate(0)];
    pool.table.releaseAll(5);
    expect(pool.inUse).toBe(0);
    expect(pool.table.totalInUse()).toBe(0);
    expect(ports.some((p) => pool.isHeld(p))).toBe(false);
    expect(pool.coolingAt(104)).toBe(2);
    pool.table.releaseAll(5);
    expect(pool.coolingAt(104)).toBe(2); // nothing held: nothing released twice
    pool.table.reset();
    expect(pool.coolingAt(0)).toBe(0);
    expect(pool.tracked).toBe(0);
    expect(pool.inUse).toBe(0);
    expect(pool.bytes).toBe(fresh);
    expect(pool.allocate(0)).toBe(1001);
  });
});

describe('PortAllocator', () => {
  it('uses the documented defaults', () => {
    const ports = new PortAllocator();
    expect([ports.capacity, ports.cooldownMs, ports.firstPort]).toEqual([DEFAULT_PORT_CAPACITY, DEFAULT_PORT_COOLDOWN_MS, DEFAULT_FIRST_PORT]);
    expect([DEFAULT_PORT_CAPACITY, DEFAULT_PORT_COOLDOWN_MS, DEFAULT_FIRST_PORT, PORT_EXHAUSTED]).toEqual([55_000, 60_000, 1024, -1]);
  });

  it('refuses bad options with InvalidParameterValue', () => {
    const bad: [Record<string, number>, string][] = [
      [{ capacity: 0 }, 'capacity'],
      [{ capacity: 64_513 }, 'capacity'],
      [{ capacity: 1.5 }, 'capacity'],
      [{ cooldownMs: -1 }, 'cooldownMs'],
      [{ cooldownMs: Number.POSITIVE_INFINITY }, 'cooldownMs'],
      [{ firstPort: 0 }, 'firstPort'],
      [{ firstPort: 65_535, capacity: 2 }, 'firstPort'],
      [{ firstPort: 1.5 }, 'firstPort'],
      [{ seed: 0.5 }, 'seed'],
    ];
    for (const [options, name] of bad) {
      const error = cloudErrorOf(() => new PortAllocator(options));
      expect(error.code).toBe('InvalidParameterValue');
      expect(error.message).toContain(`for parameter ${name} is invalid`);
    }
    expect(new PortAllocator({ capacity: 64_512 }).capacity).toBe(64_512);
    expect(new PortAllocator({ capacity: 1 }).capacity).toBe(1);
    expect(new PortAllocator({ firstPort: 65_534, capacity: 2 }).firstPort).toBe(65_534);
    expect(new PortAllocator({ cooldownMs: 0 }).cooldownMs).toBe(0);
  });

  it('interns keys once and keeps them apart', () => {
    const ports = new PortAllocator({ capacity: 2, cooldownMs: 10, seed: 7 });
    const a = ports.keySlot(1, 2, 80);
    const b = ports.keySlot(1, 2, 81);
    expect(ports.keySlot(1, 2, 80)).toBe(a);
    expect(b).not.toBe(a);
    expect(ports.keyOf(b)).toEqual({ nodeIp: 1, targetIp: 2, targetPort: 81 });
    expect(ports.keyOf(99)).toBeUndefined();
    const pa = ports.allocate(a, 0);
    const pb = ports.allocate(b, 0);
    expect(ports.isHeld(a, pa)).toBe(true);
    expect(ports.isHeld(b, pa)).toBe(pa === pb);
    expect(ports.inUse(a)).toBe(1);
    expect(ports.inUse(b)).toBe(1);
    expect(ports.inUse(42)).toBe(0);
    expect(ports.isHeld(42, pa)).toBe(false);
    expect(ports.totalInUse()).toBe(2);
  });

  it('answers -1 when a key is exhausted and counts only what it handed out', () => {
    const ports = new PortAllocator({ capacity: 2, cooldownMs: 10 });
    const slot = ports.keySlot(10, 20, 443);
    const [x, y] = [ports.allocate(slot, 0), ports.allocate(slot, 0)];
    expect(ports.allocate(slot, 0)).toBe(PORT_EXHAUSTED);
    expect(ports.totalInUse()).toBe(2);
    expect(x).toBeGreaterThanOrEqual(1024);
    expect(y).toBeLessThan(1026);
    expect(ports.release(slot, x, 0)).toBe(true);
    expect(ports.release(slot, x, 0)).toBe(false);
    expect(ports.release(99, x, 0)).toBe(false);
    expect(ports.totalInUse()).toBe(1);
    expect(ports.cooling(slot, 9)).toBe(1);
    expect(ports.cooling(slot, 10)).toBe(0);
    expect(ports.cooling(99, 0)).toBe(0);
    expect(ports.allocate(slot, 9)).toBe(PORT_EXHAUSTED);
    expect(ports.allocate(slot, 10)).toBe(x);
  });

  it('refuses a slot keySlot never returned', () => {
    const error = cloudErrorOf(() => new PortAllocator().allocate(3, 0));
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toContain('Call keySlot(nodeIp, targetIp, targetPort) first.');
  });

  it('rotates each key from a seeded offset, the same for the same seed', () => {
    const first = (seed: number) => {
      const ports = new PortAllocator({ capacity: 1000, seed });
      return [ports.allocate(ports.keySlot(1, 2, 3), 0), ports.allocate(ports.keySlot(4, 5, 6), 0)];
    };
    expect(first(1)).toEqual(first(1));
    expect(new Set([...first(1), ...first(2), ...first(3)]).size).toBeGreaterThan(2);
  });

  it('reports totals, releases all, and resets', () => {
    const ports = new PortAllocator({ capacity: 3, cooldownMs: 100 });
    const a = ports.keySlot(1, 1, 1);
    const b = ports.keySlot(2, 2, 2);
    ports.allocate(a, 0);
    const held = ports.allocate(a, 0);
    ports.allocate(b, 0);
    ports.release(a, held, 0);
    const stats = ports.stats(50);
    expect(stats).toMatchObject({ keys: 2, inUse: 2, cooling: 1, trackedPorts: 3 });
    expect(stats.bytes).toBeGreaterThan(0);
    expect(ports.stats(100).cooling).toBe(0);
    ports.releaseAll(10);
    expect(ports.totalInUse()).toBe(0);
    expect(ports.stats(10).cooling).toBe(3);
    ports.reset();
    expect(ports.stats(0)).toMatchObject({ keys: 2, inUse: 0, cooling: 0, trackedPorts: 0 });
    expect(ports.allocate(a, 0)).toBeGreaterThan(0);
    expect(ports.totalInUse()).toBe(1);
  });
});

describe('PortTable and PortAllocator edges', () => {
  it('never aliases a port just outside the range to one inside it', () => {
    const pool = oneKey(1000, 4, 1, 100);
    for (let i = 0; i < 4; i++) pool.allocate(0);
    for (const outside of [999, 1004, 1005]) {
      expect(pool.isHeld(outside)).toBe(false);
      expect(pool.release(outside, 0)).toBe(false);
    }
    expect(pool.inUse).toBe(4);
  });

  it('after a reset, released ports cool down from their release time again', () => {
    const pool = oneKey(1000, 1, 0, 100);
    pool.release(pool.allocate(0), 500);
    pool.table.reset();
    const port = pool.allocate(0);
    pool.release(port, 10);
    expect(pool.allocate(109)).toBe(-1);
    expect(pool.allocate(110)).toBe(port);
  });

  it('keeps cooldowns when the block grows under a full ring', () => {
    const pool = oneKey(1000, 12, 0, 100);
    const ports = Array.from({ length: 12 }, () => pool.allocate(0));
    for (const p of ports) pool.release(p, 0);
    expect(pool.coolingAt(50)).toBe(12);
    expect(pool.allocate(50)).toBe(-1);
    expect(pool.allocate(100)).toBe(ports[0]);
  });

  it('interns a key once: a second keySlot adds no key', () => {
    const ports = new PortAllocator({ capacity: 4 });
    const first = ports.keySlot(1, 2, 3);
    expect(first).toBe(0);
    expect(ports.keySlot(1, 2, 3)).toBe(0);
    expect(ports.stats(0).keys).toBe(1);
    expect(ports.keySlot(1, 2, 4)).toBe(1);
    expect(ports.stats(0).keys).toBe(2);
  });

  it('starts each key at its seeded offset', () => {
    const ports = new PortAllocator({ capacity: 1000, seed: 5 });
    const slot = ports.keySlot(0x0a000a05, 0x0a001414, 8080);
    const offset = mix32(mix32(0x0a000a05 ^ 5) ^ mix32(0x0a001414 + 8080)) % 1000;
    expect(ports.allocate(slot, 0)).toBe(1024 + offset);
  });

  it('words its refusals as documented', () => {
    const message = (options: Record<string, number>) => cloudErrorOf(() => new PortAllocator(options)).message;
    expect(message({ capacity: 0 })).toBe('Value (0) for parameter capacity is invalid. Expecting 1..64512 ports.');
    expect(message({ cooldownMs: -1 })).toBe('Value (-1) for parameter cooldownMs is invalid. Expecting a finite ms >= 0.');
    expect(message({ firstPort: 0 })).toBe('Value (0) for parameter firstPort is invalid. The range must end by 65535.');
    expect(message({ seed: 0.5 })).toBe('Value (0.5) for parameter seed is invalid. Expecting an integer.');
    expect(cloudErrorOf(() => new PortAllocator().allocate(3, 0)).message).toBe('Value (3) for parameter slot is invalid. Call keySlot(nodeIp, targetIp, targetPort) first.');
    const ports = new PortAllocator();
    const slot = ports.keySlot(1, 2, 3);
    for (const call of [() => ports.allocate(slot, Number.NaN), () => ports.release(slot, 1024, Number.POSITIVE_INFINITY)]) {
      const error = cloudErrorOf(call);
      expect(error.code).toBe('InvalidParameterValue');
      expect(error.message).toMatch(/^Value \((NaN|Infinity)\) for parameter now is invalid\. Expecting simulated epoch milliseconds, a finite number\.$/);
    }
    expect(new PortAllocator({ firstPort: 1, capacity: 10 }).firstPort).toBe(1);
  });
});
