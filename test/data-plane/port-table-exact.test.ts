/**
 * The port allocator's answers, exactly: several keys share one table (so their blocks grow
 * in place or move, are given back and are reused by other keys, while rings wrap), with
 * rotated ranges, and every answer must equal a plain-array model of the rule (reuse the
 * port released longest ago once it has cooled, else mint the next port of the rotated
 * range, else -1). Also the memory figures, which the allocator reports and benchmarks rely
 * on.
 */
import { describe, expect, it } from 'vitest';
import { PortAllocator } from '../../src/data-plane/port-allocator.js';
import { OneKey, TestPortTable, oneKey } from '../support/port-table.js';

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

describe('keys sharing a table: every answer as the rule says', () => {
  // A sequence limit of 37 renumbers a busy key's releases every few calls: the answers
  // must not change.
  it.each([
    { limit: undefined, what: 'default sequence limit' },
    { limit: 37, what: 'releases renumbered every few calls' },
  ])('agrees with the plain model over 60,000 random steps on nine keys of three tables ($what)', ({ limit }) => {
    const tables = [
      { capacity: 300, cooldownMs: 7, offsets: [0, 299, 150] },
      { capacity: 64, cooldownMs: 40, offsets: [63, 1, 32] },
      { capacity: 1000, cooldownMs: 3, offsets: [517, 0, 999] },
    ];
    const keys: OneKey[] = [];
    const models: ExactModel[] = [];
    for (const t of tables) {
      const table = new TestPortTable(2000, t.capacity, t.cooldownMs, limit);
      for (const offset of t.offsets) {
        keys.push(new OneKey(table, offset));
        models.push(new ExactModel(2000, t.capacity, offset, t.cooldownMs));
      }
    }
    const random = prng(42);
    let now = 0;
    for (let step = 0; step < 60_000; step++) {
      now += random() < 0.3 ? 1 : 0;
      const k = Math.floor(random() * keys.length);
      const key = keys[k];
      const model = models[k];
      if (key === undefined || model === undefined) throw new Error('no key');
      const roll = random();
      if (roll < 0.5) {
        expect(key.allocate(now), `allocate on key ${k} at step ${step}`).toBe(model.allocate(now));
      } else if (roll < 0.97) {
        const held = model.heldPorts();
        const port = held[Math.floor(random() * held.length)] ?? 2000;
        expect(key.release(port, now), `release ${port} on key ${k} at step ${step}`).toBe(model.release(port, now));
        expect(key.isHeld(port)).toBe(false);
      } else {
        // A port of the range, or just past either end, that may or may not be held.
        const capacity = key.table.capacity;
        const port = 1999 + Math.floor(random() * (capacity + 2));
        expect(key.release(port, now), `release any ${port} on key ${k} at step ${step}`).toBe(model.release(port, now));
      }
      // Renumbering bounds the numbers: the limit, or the ports minted when those are more.
      expect(key.nextSequence).toBeLessThanOrEqual(Math.max(limit ?? 2 ** 30, 1 + key.tracked));
      if (step % 1000 === 0) {
        for (const [i, p] of keys.entries()) {
          for (const port of models[i]?.heldPorts() ?? []) expect(p.isHeld(port)).toBe(true);
          expect(p.inUse).toBe(models[i]?.heldPorts().length);
        }
      }
    }
    // Every key grew its block several times on its shared table.
    expect(keys.every((key) => key.bytes >= 32 * 14)).toBe(true);
  });

  it('keeps a re-used port held (and releasable) when its range is rotated past the end', () => {
    const key = oneKey(5000, 40, 35, 0);
    const ports = Array.from({ length: 40 }, () => key.allocate(0));
    expect(ports.slice(0, 6)).toEqual([5035, 5036, 5037, 5038, 5039, 5000]);
    for (const p of ports) expect(key.release(p, 0)).toBe(true);
    const again = Array.from({ length: 40 }, () => key.allocate(0));
    expect(again).toEqual(ports);
    for (const p of again) expect(key.isHeld(p)).toBe(true);
    for (const p of again) expect(key.release(p, 1)).toBe(true);
    for (const p of again) expect(key.release(p, 1)).toBe(false);
  });

  it('grows a block in place while its ring wraps, keeping the release order and cooldowns', () => {
    const key = oneKey(1024, 100, 0, 10);
    const ports = Array.from({ length: 16 }, () => key.allocate(0)); // fills the first block
    for (const p of ports.slice(0, 10)) key.release(p, 0); // ring positions 0..9
    expect(Array.from({ length: 6 }, () => key.allocate(10))).toEqual(ports.slice(0, 6)); // head at 6
    for (const p of ports.slice(10, 16)) key.release(p, 5); // positions 10..15
    for (const p of ports.slice(0, 6)) key.release(p, 6); // wraps to positions 0..5: the ring is full
    expect(key.bytes).toBe(16 * 14);
    expect(key.allocate(9)).toBe(1040); // nothing cool before 10: the 17th port is minted
    expect(key.bytes).toBe(32 * 14); // and doubles the block, in place (it is the arena's last)
    // Oldest first: 6..9 (released at 0), then 10..15 (at 5), then 0..5 (at 6).
    const order = Array.from({ length: 16 }, () => key.allocate(16));
    expect(order).toEqual([...ports.slice(6, 16), ...ports.slice(0, 6)]);
    expect(key.allocate(16)).toBe(1041);
  });

  it('moves a block that is not the last one, with its ring wrapped and its ports still held', () => {
    const table = new TestPortTable(1024, 100, 10);
    const a = new OneKey(table, 0);
    const b = new OneKey(table, 50); // b's first block lies after a's: a cannot grow in place
    const ports = Array.from({ length: 16 }, () => a.allocate(0));
    for (const p of ports.slice(0, 4)) a.release(p, 0); // positions 0..3
    expect(a.allocate(10)).toBe(ports[0]);
    expect(a.allocate(10)).toBe(ports[1]);
    for (const p of ports.slice(4, 16)) a.release(p, 2); // positions 4..15
    a.release(ports[0] ?? -1, 3); // wraps to position 0
    expect(a.allocate(10)).toBe(ports[2]);
    expect(a.allocate(4)).toBe(1040); // nothing cool at 4: mints the 17th port and moves the block
    expect(a.bytes).toBe(32 * 14);
    expect(a.isHeld(ports[1] ?? -1)).toBe(true); // held before the move, held after it
    expect(a.isHeld(ports[4] ?? -1)).toBe(false);
    expect(a.release(ports[4] ?? -1, 20)).toBe(false); // released before the move: not twice
    expect(a.release(ports[1] ?? -1, 20)).toBe(true);
    // Reuse order after the move: 3 (at 0), 4..15 (at 2), 0 (at 3), then 1 (at 20).
    expect(Array.from({ length: 14 }, () => a.allocate(13))).toEqual([ports[3], ...ports.slice(4, 16), ports[0]]);
    expect(a.allocate(29)).toBe(1041);
    expect(a.allocate(30)).toBe(ports[1]);
    expect([b.allocate(0), b.allocate(0)]).toEqual([1074, 1075]);
    expect(b.bytes).toBe(16 * 14);
  });

  it('refuses a port just below the range even where the entry before a block is held', () => {
    const table = new TestPortTable(2000, 20, 0);
    const a = new OneKey(table, 0);
    const b = new OneKey(table, 0);
    Array.from({ length: 16 }, () => a.allocate(0)); // a holds the last entry before b's block
    b.allocate(0);
    expect(b.isHeld(1999)).toBe(false);
    expect(b.release(1999, 0)).toBe(false);
    expect(b.release(2020, 0)).toBe(false);
    expect(a.inUse).toBe(16);
    expect(b.inUse).toBe(1);
    expect(a.release(2015, 0)).toBe(true);
  });

  it('does not take a reused block\'s old entries for ports of its new key', () => {
    const table = new TestPortTable(1024, 100, 0);
    const a = new OneKey(table, 0);
    new OneKey(table, 0); // lies after a
    Array.from({ length: 17 }, () => a.allocate(0)); // a's first block, all 16 held, is given back
    const c = new OneKey(table, 0); // and becomes c's
    expect(c.isHeld(1024)).toBe(false); // c has minted nothing: its entries say nothing yet
    expect(c.release(1024, 0)).toBe(false);
    expect(c.allocate(0)).toBe(1024);
    expect(c.isHeld(1025)).toBe(false);
    expect(c.release(1025, 0)).toBe(false);
    expect(c.inUse).toBe(1);
    expect(table.tracked(99)).toBe(0);
    expect(table.inUse(99)).toBe(0);
    expect(table.cooling(99, 0)).toBe(0);
    expect(table.isHeld(99, 1024)).toBe(false);
    expect(table.sequenceOf(99)).toBe(0);
  });

  it('renumbers releases near the sequence limit without changing held ports, order or cooldowns', () => {
    // Limit 8: the 8th release numbered since the last renumbering starts again from 1.
    const key = new OneKey(new TestPortTable(3000, 40, 10, 8), 0);
    const ports = Array.from({ length: 20 }, () => key.allocate(0)); // grows to 32 entries
    expect(key.nextSequence).toBe(1);
    for (const p of ports.slice(0, 5)) expect(key.release(p, 0)).toBe(true); // seqs 1..5
    expect([key.allocate(10), key.allocate(10)]).toEqual(ports.slice(0, 2)); // head at 3
    expect(key.release(ports[5] ?? -1, 1)).toBe(true); // seq 6
    expect(key.release(ports[6] ?? -1, 2)).toBe(true); // seq 7
    expect(key.nextSequence).toBe(8); // no renumbering before the limit
    // 8 reaches the limit: the ring's five entries are renumbered 1..5, this release gets 6.
    expect(key.release(ports[7] ?? -1, 3)).toBe(true);
    expect(key.nextSequence).toBe(7);
    expect(key.release(ports[2] ?? -1, 4)).toBe(false); // still in the ring after renumbering
    expect(key.release(ports[7] ?? -1, 4)).toBe(false);
    expect(key.isHeld(ports[0] ?? -1)).toBe(true);
    expect(key.isHeld(ports[8] ?? -1)).toBe(true);
    expect(key.coolingAt(11)).toBe(2); // ports 6 and 7 cool until 12 and 13
    expect(key.coolingAt(12)).toBe(1);
    expect(key.release(ports[0] ?? -1, 5)).toBe(true);
    // Oldest first, each after its own cooldown.
    expect(Array.from({ length: 5 }, () => key.allocate(12))).toEqual([ports[2], ports[3], ports[4], ports[5], ports[6]]);
    expect(key.allocate(12)).toBe(3020); // port 7 cools until 13: a fresh port
    expect(key.allocate(13)).toBe(ports[7]);
    expect(key.allocate(15)).toBe(ports[0]);
    expect(key.inUse).toBe(21);
    for (const p of [...ports, 3020]) expect(key.isHeld(p)).toBe(true);
  });

  it('gives a moved block back, and a key added later takes it without growing the arrays', () => {
    const table = new TestPortTable(1024, 200, 0);
    const a = new OneKey(table, 0);
    new OneKey(table, 0); // lies after a
    Array.from({ length: 17 }, () => a.allocate(0)); // a moves to a 32-entry block, frees its first
    const bytes = table.bytes;
    const c = new OneKey(table, 0); // c's first block is the one a gave back
    expect(table.bytes).toBe(bytes + 88); // c's key object, no array growth
    expect(c.bytes).toBe(16 * 14);
    expect(Array.from({ length: 16 }, () => c.allocate(0))).toEqual(Array.from({ length: 16 }, (_, i) => 1024 + i));
  });
});

describe('memory figures', () => {
  it('counts 14 bytes per block entry, a block sized by the ports minted, in powers of two', () => {
    const key = oneKey(1024, 1000, 0, 60_000);
    expect(key.bytes).toBe(16 * 14); // the first block comes with the key
    const ports = Array.from({ length: 16 }, () => key.allocate(0));
    expect(key.bytes).toBe(16 * 14);
    for (const p of ports) key.release(p, 0); // releases never grow a block
    expect(key.bytes).toBe(16 * 14);
    key.allocate(0); // the 17th minted port does
    expect(key.bytes).toBe(32 * 14);
    Array.from({ length: 16 }, () => key.allocate(0));
    expect(key.tracked).toBe(33);
    expect(key.bytes).toBe(64 * 14);
    expect(key.table.blockBytes(7)).toBe(0); // no such key
  });

  it('adds a key object per key to the allocator stats, and the blocks as they grow', () => {
    const ports = new PortAllocator({ seed: 1 });
    const empty = ports.stats(0).bytes;
    ports.keySlot(1, 2, 3);
    const one = ports.stats(0).bytes;
    expect(one - empty).toBeGreaterThanOrEqual(88);
    const slot = ports.keySlot(1, 2, 4);
    const two = ports.stats(0).bytes;
    expect(two - one).toBeGreaterThanOrEqual(88);
    for (let i = 0; i < 5000; i++) ports.allocate(slot, 0);
    // 5,000 held ports need an 8,192-entry block (the arrays may hold more in reserve).
    expect(ports.stats(0).bytes).toBeGreaterThanOrEqual(8192 * 14 + 2 * 88);
    expect(ports.stats(0)).toMatchObject({ keys: 2, inUse: 5000, cooling: 0, trackedPorts: 5000 });
  });
});
