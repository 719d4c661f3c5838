/**
 * The port allocator's answers, exactly: several keys share one arena (so ring and bitmap
 * blocks move, are given back and are reused by other keys), with rotated ranges, and every
 * answer must equal a plain-array model of the rule (reuse the port released longest ago
 * once it has cooled, else mint the next port of the rotated range, else -1). Also the
 * memory figures, which the allocator reports and benchmarks rely on.
 */
import { describe, expect, it } from 'vitest';
import { PortAllocator } from '../../src/data-plane/port-allocator.js';
import { PortArena } from '../../src/data-plane/port-arena.js';
import { PortPool } from '../../src/data-plane/port-pool.js';

/** The rule in plain arrays: a FIFO of releases, a mint counter, a set of held ports. */
class ExactModel {
  private readonly fifo: { port: number; expiry: number }[] = [];
  private readonly held = new Set<number>();
  private minted = 0;

  constructor(
    private readonly firstPort: number,
    private readonly capacity: number,
    private readonly offset: number,
    private readonly cooldownMs: number,
  ) {}

  allocate(now: number): number {
    const head = this.fifo[0];
    if (head !== undefined && head.expiry <= now) {
      this.fifo.shift();
      this.held.add(head.port);
      return head.port;
    }
    if (this.minted === this.capacity) return -1;
    const port = this.firstPort + ((this.minted + this.offset) % this.capacity);
    this.minted++;
    this.held.add(port);
    return port;
  }

  release(port: number, now: number): boolean {
    if (!this.held.delete(port)) return false;
    this.fifo.push({ port, expiry: now + this.cooldownMs });
    return true;
  }

  heldPorts(): number[] {
    return [...this.held];
  }
}

/** A small deterministic PRNG (xorshift32), so a failure replays. */
function prng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe('PortPool on a shared arena: every answer as the rule says', () => {
  it('agrees with the plain model over 40,000 random steps on five keys', () => {
    const arena = new PortArena();
    const shapes = [
      { capacity: 300, offset: 0, cooldownMs: 7 },
      { capacity: 257, offset: 250, cooldownMs: 0 },
      { capacity: 64, offset: 63, cooldownMs: 40 },
      { capacity: 1000, offset: 517, cooldownMs: 3 },
      { capacity: 33, offset: 1, cooldownMs: 11 },
    ];
    const pools = shapes.map((s) => new PortPool(2000, s.capacity, s.offset, s.cooldownMs, arena));
    const models = shapes.map((s) => new ExactModel(2000, s.capacity, s.offset, s.cooldownMs));
    const random = prng(42);
    let now = 0;
    for (let step = 0; step < 40_000; step++) {
      now += random() < 0.3 ? 1 : 0;
      const k = Math.floor(random() * pools.length);
      const pool = pools[k];
      const model = models[k];
      if (pool === undefined || model === undefined) throw new Error('no key');
      const roll = random();
      if (roll < 0.5) {
        expect(pool.allocate(now), `allocate on key ${k} at step ${step}`).toBe(model.allocate(now));
      } else if (roll < 0.97) {
        const held = model.heldPorts();
        const port = held[Math.floor(random() * held.length)] ?? 2000;
        expect(pool.release(port, now), `release ${port} on key ${k} at step ${step}`).toBe(model.release(port, now));
        expect(pool.isHeld(port)).toBe(false);
      } else {
        // A port of the range that may or may not be held: both must agree.
        const port = 2000 + Math.floor(random() * (shapes[k]?.capacity ?? 1));
        expect(pool.release(port, now), `release any ${port} on key ${k} at step ${step}`).toBe(model.release(port, now));
      }
      if (step % 1000 === 0) {
        for (const [i, p] of pools.entries()) {
          for (const port of models[i]?.heldPorts() ?? []) expect(p.isHeld(port)).toBe(true);
          expect(p.inUse).toBe(models[i]?.heldPorts().length);
        }
      }
    }
    // Each key grew its ring and bitmap several times on the shared arena.
    expect(pools.every((p) => p.bytes > 80)).toBe(true);
  });

  it('keeps a re-used port held (and releasable) when its range is rotated past the end', () => {
    const pool = new PortPool(5000, 40, 35, 0, new PortArena());
    const ports = Array.from({ length: 40 }, () => pool.allocate(0));
    expect(ports.slice(0, 6)).toEqual([5035, 5036, 5037, 5038, 5039, 5000]);
    for (const p of ports) expect(pool.release(p, 0)).toBe(true);
    const again = Array.from({ length: 40 }, () => pool.allocate(0));
    expect(again).toEqual(ports);
    for (const p of again) expect(pool.isHeld(p)).toBe(true);
    for (const p of again) expect(pool.release(p, 1)).toBe(true);
    for (const p of again) expect(pool.release(p, 1)).toBe(false);
  });

  it('gives its blocks back on reset, and another key reuses them without growing the arena', () => {
    const arena = new PortArena();
    const a = new PortPool(1024, 200, 0, 0, arena);
    const b = new PortPool(1024, 200, 0, 0, arena);
    const ports = Array.from({ length: 100 }, () => a.allocate(0));
    for (const p of ports) a.release(p, 0);
    const used = arena.bytes;
    a.reset();
    expect(a.bytes).toBe(0);
    const other = Array.from({ length: 100 }, () => b.allocate(0));
    for (const p of other) b.release(p, 0);
    expect(arena.bytes).toBe(used);
  });
});

describe('memory figures', () => {
  it('counts 10 bytes per ring entry and 4 per bitmap word, grown in powers of two', () => {
    const pool = new PortPool(1024, 1000, 0, 60_000, new PortArena());
    expect(pool.bytes).toBe(0);
    const ports = Array.from({ length: 33 }, () => pool.allocate(0));
    expect(pool.bytes).toBe(2 * 4); // 33 ports: two 32-bit words, no ring yet
    for (const p of ports.slice(0, 8)) pool.release(p, 0);
    expect(pool.bytes).toBe(8 * 10 + 2 * 4); // the first ring holds 8
    pool.release(ports[8] ?? -1, 0);
    expect(pool.bytes).toBe(16 * 10 + 2 * 4); // the ninth release doubles it
  });

  it('adds a pool object per key to the allocator stats, and the blocks as they grow', () => {
    const ports = new PortAllocator({ seed: 1 });
    const empty = ports.stats(0).bytes;
    ports.keySlot(1, 2, 3);
    const one = ports.stats(0).bytes;
    expect(one - empty).toBeGreaterThanOrEqual(80);
    const slot = ports.keySlot(1, 2, 4);
    const two = ports.stats(0).bytes;
    expect(two - one).toBeGreaterThanOrEqual(80);
    for (let i = 0; i < 5000; i++) ports.allocate(slot, 0);
    // 5,000 held ports need at least 157 bitmap words (the arena may hold more in reserve).
    expect(ports.stats(0).bytes - two).toBeGreaterThanOrEqual(157 * 4);
    expect(ports.stats(0)).toMatchObject({ keys: 2, inUse: 5000, cooling: 0, trackedPorts: 5000 });
  });
});
