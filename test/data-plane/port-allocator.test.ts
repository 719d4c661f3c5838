import { describe, expect, it } from 'vitest';
import { CloudError } from '../../src/core/errors.js';
import {
  DEFAULT_FIRST_PORT,
  DEFAULT_PORT_CAPACITY,
  PORT_EXHAUSTED,
  PortAllocator,
} from '../../src/data-plane/port-allocator.js';

const NODE = 0x0a000a05; // 10.0.10.5
const TARGET = 0x0a001414; // 10.0.20.20
const T0 = 1_767_225_600_000; // 2026-01-01, the model's default start

function fill(ports: PortAllocator, slot: number, count: number, now: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(ports.allocate(slot, now));
  return out;
}

describe('PortAllocator: capacity (rule 19)', () => {
  it('holds 55,000 distinct ports on one target and fails the 55,001st', () => {
    const ports = new PortAllocator();
    const slot = ports.keySlot(NODE, TARGET, 8080);
    const held = fill(ports, slot, DEFAULT_PORT_CAPACITY, T0);
    expect(new Set(held).size).toBe(55_000);
    expect(Math.min(...held)).toBe(DEFAULT_FIRST_PORT);
    expect(Math.max(...held)).toBe(DEFAULT_FIRST_PORT + 55_000 - 1);
    expect(ports.inUse(slot)).toBe(55_000);
    expect(ports.allocate(slot, T0)).toBe(PORT_EXHAUSTED);
    expect(ports.allocate(slot, T0 + 3_600_000)).toBe(-1); // time alone frees nothing held
    expect(ports.totalInUse()).toBe(55_000);
    // Another target behind the same node, and the same target from another node, are unaffected.
    const otherTarget = ports.keySlot(NODE, TARGET + 1, 8080);
    const otherNode = ports.keySlot(NODE + 1, TARGET, 8080);
    expect(ports.allocate(otherTarget, T0)).toBeGreaterThanOrEqual(DEFAULT_FIRST_PORT);
    expect(ports.allocate(otherNode, T0)).toBeGreaterThanOrEqual(DEFAULT_FIRST_PORT);
    expect(ports.allocate(slot, T0)).toBe(-1);
    expect(ports.totalInUse()).toBe(55_002);
  });

  it('leaves other targets and other nodes unaffected by one exhausted target', () => {
    const ports = new PortAllocator({ capacity: 3 });
    const full = ports.keySlot(NODE, TARGET, 8080);
    fill(ports, full, 3, T0);
    expect(ports.allocate(full, T0)).toBe(-1);
    const otherPort = ports.keySlot(NODE, TARGET, 8081);
    const otherTarget = ports.keySlot(NODE, TARGET + 1, 8080);
    const otherNode = ports.keySlot(NODE + 1, TARGET, 8080);
    for (const slot of [otherPort, otherTarget, otherNode]) {
      expect(fill(ports, slot, 3, T0).every((p) => p >= 0)).toBe(true);
    }
    expect(ports.totalInUse()).toBe(12);
  });

  it('interns keys to dense, stable slots', () => {
    const ports = new PortAllocator();
    const a = ports.keySlot(NODE, TARGET, 80);
    const b = ports.keySlot(NODE, TARGET, 443);
    const c = ports.keySlot(0xffffffff, 0, 0);
    expect([a, b, c]).toEqual([0, 1, 2]);
    expect(ports.keySlot(NODE, TARGET, 80)).toBe(a);
    expect(ports.keyOf(c)).toEqual({ nodeIp: 0xffffffff, targetIp: 0, targetPort: 0 });
    expect(ports.keyOf(3)).toBeUndefined();
  });

  it('keeps slots valid across many keys (table growth)', () => {
    const ports = new PortAllocator({ capacity: 2 });
    const slots = Array.from({ length: 5000 }, (_, i) => ports.keySlot(NODE, TARGET + i, 80));
    expect(slots).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    for (let i = 0; i < 5000; i++) expect(ports.keySlot(NODE, TARGET + i, 80)).toBe(i);
  });
});

describe('PortAllocator: cooldown boundaries (invariant 7)', () => {
  it('does not hand a port out at release + cooldown - 1, and does at release + cooldown', () => {
    const ports = new PortAllocator({ capacity: 2, cooldownMs: 60_000 });
    const slot = ports.keySlot(NODE, TARGET, 8080);
    const [first] = fill(ports, slot, 2, T0);
    expect(ports.release(slot, first ?? -1, T0 + 10)).toBe(true);
    expect(ports.isHeld(slot, first ?? -1)).toBe(false);
    expect(ports.cooling(slot, T0 + 10)).toBe(1);
    expect(ports.allocate(slot, T0 + 10 + 59_999)).toBe(-1);
    expect(ports.cooling(slot, T0 + 10 + 60_000)).toBe(0);
    expect(ports.allocate(slot, T0 + 10 + 60_000)).toBe(first);
  });

  it('prefers a fresh port over a cooling one, and reuses the longest-released first', () => {
    const ports = new PortAllocator({ capacity: 3, cooldownMs: 100 });
    const slot = ports.keySlot(NODE, TARGET, 8080);
    const a = ports.allocate(slot, 0);
    const b = ports.allocate(slot, 0);
    ports.release(slot, b, 1);
    ports.release(slot, a, 2);
    const c = ports.allocate(slot, 5);
    expect([a, b]).not.toContain(c);
    expect(ports.allocate(slot, 101)).toBe(b);
    expect(ports.allocate(slot, 102)).toBe(a);
  });

  it('with cooldown 0 reuses a port at once', () => {
    const ports = new PortAllocator({ capacity: 1, cooldownMs: 0 });
    const slot = ports.keySlot(NODE, TARGET, 80);
    const p = ports.allocate(slot, 7);
    ports.release(slot, p, 7);
    expect(ports.allocate(slot, 7)).toBe(p);
  });

  it('treats a release dated before an earlier one as simultaneous (only delays reuse)', () => {
    const ports = new PortAllocator({ capacity: 2, cooldownMs: 100 });
    const slot = ports.keySlot(NODE, TARGET, 80);
    const [a, b] = fill(ports, slot, 2, 0);
    ports.release(slot, a ?? -1, 500);
    ports.release(slot, b ?? -1, 100); // clock went backwards: counted as 500
    expect(ports.allocate(slot, 599)).toBe(-1);
    expect(ports.allocate(slot, 600)).toBe(a);
    expect(ports.allocate(slot, 600)).toBe(b);
  });
});

describe('PortAllocator: release misuse is detected, not thrown', () => {
  it('answers false for a double release, an unheld port, a foreign port and a bad slot', () => {
    const ports = new PortAllocator({ capacity: 4 });
    const slot = ports.keySlot(NODE, TARGET, 80);
    const other = ports.keySlot(NODE, TARGET, 81);
    const p = ports.allocate(slot, 0);
    expect(ports.release(slot, p, 1)).toBe(true);
    expect(ports.release(slot, p, 2)).toBe(false);
    const q = ports.allocate(slot, 3);
    expect(ports.release(other, q, 3)).toBe(false);
    for (const bad of [0, 80, 1023, 1028, 65_535, 1024.5, Number.NaN, -1]) {
      expect(ports.release(slot, bad, 3)).toBe(false);
    }
    expect(ports.release(99, q, 3)).toBe(false);
    expect(ports.release(-1, q, 3)).toBe(false);
    expect(ports.inUse(slot)).toBe(1);
    expect(ports.totalInUse()).toBe(1);
    expect(ports.cooling(slot, 3)).toBe(1); // only the one real release cools
  });

  it('throws InvalidParameterValue for allocate on a slot keySlot never returned', () => {
    const ports = new PortAllocator();
    expect(() => ports.allocate(0, 0)).toThrow(CloudError);
    ports.keySlot(NODE, TARGET, 80);
    expect(() => ports.allocate(1, 0)).toThrow(/parameter slot is invalid/);
    expect(() => ports.allocate(0.5, 0)).toThrow(CloudError);
  });

  it('throws InvalidParameterValue for a time that is not a finite number, changing nothing', () => {
    const ports = new PortAllocator({ capacity: 2, cooldownMs: 10 });
    const slot = ports.keySlot(NODE, TARGET, 80);
    const p = ports.allocate(slot, 0);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => ports.allocate(slot, bad)).toThrow(CloudError);
      expect(() => ports.allocate(slot, bad)).toThrow(/parameter now is invalid/);
      expect(() => ports.release(slot, p, bad)).toThrow(/parameter now is invalid/);
    }
    expect(ports.isHeld(slot, p)).toBe(true);
    expect(ports.totalInUse()).toBe(1);
    expect(ports.stats(0)).toMatchObject({ inUse: 1, cooling: 0, trackedPorts: 1 });
    expect(ports.release(slot, p, 5)).toBe(true);
    expect(ports.allocate(slot, 14)).not.toBe(p); // still cooling: the fresh port instead
    expect(ports.allocate(slot, 15)).toBe(p);
  });

  it('rejects malformed keys and options with InvalidParameterValue', () => {
    const ports = new PortAllocator();
    expect(() => ports.keySlot(-1, TARGET, 80)).toThrow(/parameter nodeIp/);
    expect(() => ports.keySlot(NODE, 2 ** 32, 80)).toThrow(/parameter targetIp/);
    expect(() => ports.keySlot(NODE, TARGET, 65_536)).toThrow(/parameter targetPort/);
    expect(() => new PortAllocator({ capacity: 0 })).toThrow(/parameter capacity/);
    expect(() => new PortAllocator({ capacity: 64_513 })).toThrow(/parameter capacity/);
    expect(() => new PortAllocator({ cooldownMs: -1 })).toThrow(/parameter cooldownMs/);
    expect(() => new PortAllocator({ firstPort: 20_000 })).toThrow(/parameter firstPort/);
    expect(() => new PortAllocator({ seed: 1.5 })).toThrow(/parameter seed/);
    expect(new PortAllocator({ capacity: 64_512, firstPort: 1024 }).capacity).toBe(64_512);
  });
});

describe('PortAllocator: releaseAll, reset and memory (invariant 8)', () => {
  it('releaseAll empties every key, and the ports still cool down', () => {
    const ports = new PortAllocator({ capacity: 5, cooldownMs: 50 });
    const a = ports.keySlot(NODE, TARGET, 80);
    const b = ports.keySlot(NODE, TARGET, 81);
    const held = fill(ports, a, 5, 0);
    fill(ports, b, 2, 0);
    ports.releaseAll(10);
    expect(ports.totalInUse()).toBe(0);
    expect(ports.inUse(a) + ports.inUse(b)).toBe(0);
    expect(held.some((p) => ports.isHeld(a, p))).toBe(false);
    expect(ports.allocate(a, 59)).toBe(-1);
    expect(ports.allocate(a, 60)).toBeGreaterThan(0);
    expect(ports.stats(60)).toMatchObject({ keys: 2, inUse: 1, cooling: 0 });
  });

  it('reset forgets cooling ports too and keeps slots valid', () => {
    const ports = new PortAllocator({ capacity: 2 });
    const slot = ports.keySlot(NODE, TARGET, 80);
    fill(ports, slot, 2, 0);
    ports.releaseAll(0);
    ports.reset();
    expect(ports.stats(0)).toMatchObject({ inUse: 0, cooling: 0, trackedPorts: 0 });
    expect(ports.allocate(slot, 0)).toBeGreaterThan(0);
    expect(ports.keySlot(NODE, TARGET, 80)).toBe(slot);
  });

  it('sizes memory by ports used, not capacity: 10 ports cost bytes, 55,000 about 900 KB', () => {
    const ports = new PortAllocator();
    const small = ports.keySlot(NODE, TARGET, 80);
    const before = ports.stats(T0).bytes;
    fill(ports, small, 10, T0);
    const tenPorts = ports.stats(T0).bytes - before;
    expect(tenPorts).toBeLessThan(400);
    const big = ports.keySlot(NODE, TARGET, 81);
    fill(ports, big, 55_000, T0);
    expect(ports.stats(T0).trackedPorts).toBe(55_010);
    expect(ports.stats(T0).bytes).toBeLessThan(65_536 * 14 + 4096); // one 65,536-entry block of 14-byte entries
  });

  it('hands out ports deterministically: same seed and calls, same ports', () => {
    const run = (seed: number) => {
      const ports = new PortAllocator({ seed, capacity: 100, cooldownMs: 5 });
      const slot = ports.keySlot(NODE, TARGET, 80);
      const out = fill(ports, slot, 20, 0);
      for (const p of out.slice(0, 10)) ports.release(slot, p, 1);
      return [...out, ...fill(ports, slot, 90, 6)];
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });
});

describe('PortAllocator: key handles (allocateOn / releaseOn)', () => {
  it('allocate and release on a handle exactly as on its slot, sharing one state', () => {
    const ports = new PortAllocator({ capacity: 4, cooldownMs: 10, seed: 5 });
    const slot = ports.keySlot(NODE, TARGET, 80);
    const handle = ports.keyHandle(slot);
    expect(handle.slot).toBe(slot);
    expect(ports.keyHandle(slot)).toBe(handle); // one handle per key
    const a = ports.allocateOn(handle, 0);
    const b = ports.allocate(slot, 0);
    expect(a).not.toBe(b);
    expect(ports.isHeld(slot, a)).toBe(true);
    expect(ports.release(slot, a, 1)).toBe(true);
    expect(ports.releaseOn(handle, a, 1)).toBe(false); // released on the slot already
    expect(ports.releaseOn(handle, b, 2)).toBe(true);
    expect(ports.release(slot, b, 2)).toBe(false);
    expect([ports.allocateOn(handle, 3), ports.allocateOn(handle, 3)]).toHaveLength(2);
    expect(ports.allocateOn(handle, 3)).toBe(PORT_EXHAUSTED); // a and b still cool
    expect(ports.allocateOn(handle, 11)).toBe(a);
    expect(ports.allocateOn(handle, 12)).toBe(b);
    expect(ports.inUse(slot)).toBe(4);
  });

  it('refuses a slot never interned, and a handle of another allocator or made up, with InvalidParameterValue', () => {
    const ports = new PortAllocator();
    const other = new PortAllocator();
    const slot = ports.keySlot(NODE, TARGET, 80);
    other.keySlot(NODE, TARGET, 80);
    expect(() => ports.keyHandle(1)).toThrow(/parameter slot is invalid/);
    const foreign = other.keyHandle(slot); // same slot number, other allocator
    const madeUp = { slot };
    for (const handle of [foreign, madeUp]) {
      expect(() => ports.allocateOn(handle, 0)).toThrow(CloudError);
      expect(() => ports.allocateOn(handle, 0)).toThrow(/parameter handle is invalid.*keyHandle/);
      expect(() => ports.releaseOn(handle, DEFAULT_FIRST_PORT, 0)).toThrow(/parameter handle is invalid/);
    }
    expect(ports.totalInUse() + other.totalInUse()).toBe(0);
  });

  it('throws InvalidParameterValue for a time that is not a finite number on a handle too', () => {
    const ports = new PortAllocator({ capacity: 2 });
    const handle = ports.keyHandle(ports.keySlot(NODE, TARGET, 80));
    const p = ports.allocateOn(handle, 0);
    expect(() => ports.allocateOn(handle, Number.NaN)).toThrow(/parameter now is invalid/);
    expect(() => ports.releaseOn(handle, p, Number.POSITIVE_INFINITY)).toThrow(/parameter now is invalid/);
    expect(ports.isHeld(handle.slot, p)).toBe(true);
  });
});
