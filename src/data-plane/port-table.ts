/**
 * The source-port state of every (NLB node, target ip, target port) key, in a few typed
 * arrays shared by all keys: which ports a key holds, which it released and when they cool,
 * and which port to hand out next. {@link PortAllocator} adds key interning and option
 * checks on top; the engine calls `allocate` / `release` on a slot per connection.
 *
 * Layout. Ports are minted lazily in a rotated order (mint index `i` is port
 * `firstPort + (offset + i) mod capacity`, the offset seeded per key), so a key is a counter
 * `minted` plus one block of `size >= minted` entries (a power of two) in a shared arena (see
 * `block-arena.ts`). The block's entries serve two parallel purposes:
 * - `holds[base + i]` is 1 while a connection holds mint index `i`: what tells a double
 *   release from a real one;
 * - `ring[base + r]` / `expiries[base + r]` are a FIFO ring of released ports and the time
 *   each may be reused, oldest at `head`, so "is any released port reusable?" is one
 *   comparison. A release dated before the previous one waits behind it: it only ever
 *   delays reuse, as if both were released at the later time.
 *
 * Why this shape. The ring never holds more than `minted` entries, so sizing the block by
 * `minted` means only minting a new port can grow it: `release` and the reuse path of
 * `allocate` never grow, allocate or call out. That keeps them small enough for V8 to inline
 * into the caller's loop even after growth has run hot elsewhere (a non-inlined call boxes
 * the `now` double: 16 bytes of garbage per call); growth sits in `mint` and `grow`. Memory
 * follows the ports each key has used, 11 bytes per entry (2 ring, 8 expiry, 1 held) plus
 * about 72 bytes per key: a key that used 10 ports costs about 250 bytes, one that used all
 * 55,000 about 720 KB.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { BlockArena, log2 } from './block-arena.js';

/** What `allocate` returns when every port of the key is held or still cooling. */
export const PORT_EXHAUSTED = -1;

/**
 * Entries in a key's first block, taken when the key is added. Growth then happens at most
 * once per 16 ports minted, which keeps it a rare call V8 does not inline into `allocate`
 * (below its 15% call-frequency threshold), whatever the workload.
 */
const FIRST_BLOCK = 16;
/** Entries of the arena's arrays before the first growth. */
const INITIAL_ENTRIES = 64;

/**
 * One key's place in the table. Plain small-integer fields on an object rather than a row of
 * an `Int32Array`: V8 reads them without the bounds and detach checks a typed array needs
 * (measured: a fifth of the hot path).
 */
class KeyPorts {
  /** Offset of the key's block in the arena. */
  base = 0;
  /** Block size - 1 (set with the key's first block). */
  mask = 0;
  /** Ring position (within the block) of the release longest ago. */
  head = 0;
  /** Ring entries: ports released, cooling or cool. */
  released = 0;
  /** Ports handed out at least once. */
  minted = 0;

  /** @param start The key's first port: where its rotation of the range starts. */
  constructor(readonly start: number) {}
}

/** The shape every key of a table shares: its range and its cooldown. */
export interface PortTableShape {
  /** First port of each key's range. */
  readonly firstPort: number;
  /** Ports in each key's range: the most a key holds at once. */
  readonly capacity: number;
  /** Simulated milliseconds before a released port is reused. */
  readonly cooldownMs: number;
}

/**
 * Per-key port bookkeeping over shared typed arrays. Slots are dense (0, 1, 2...) and come
 * from `addKey`; {@link PortAllocator} hands them out per (node, target) key.
 *
 * The hot path (`allocate`, `release`) never throws for a normal outcome: exhaustion is
 * `PORT_EXHAUSTED`, a release of a port not held is `false`.
 *
 * @example
 * class Table extends PortTable { key(offset: number) { return this.addKey(offset); } }
 * const table = new Table(1024, 4, 60_000); // ports 1024..1027, 60 s cooldown
 * const key = table.key(2);        // this key's range starts at 1026
 * table.allocate(key, 0);          // 1026
 * table.release(key, 1026, 5);     // true: cooling until 60_005
 * table.allocate(key, 10);         // 1027 (1026 still cools)
 */
export class PortTable implements PortTableShape {
  /** Released ports, a ring per block. */
  private ring = new Uint16Array(INITIAL_ENTRIES);
  /** When each ring entry may be reused (release time + cooldown). */
  private expiries = new Float64Array(INITIAL_ENTRIES);
  /** 1 where the block entry's mint index is held now. */
  private holds = new Uint8Array(INITIAL_ENTRIES);
  private readonly blocks = new BlockArena();
  private readonly keys: KeyPorts[] = [];

  /**
   * The shape as constructor parameter properties, not declared fields: with ES2022 class
   * fields a declared field starts as `undefined`, and V8 then keeps it as a tagged value
   * (checked and unboxed on every read of the hot path) instead of a small integer.
   */
  constructor(
    readonly firstPort: number,
    readonly capacity: number,
    readonly cooldownMs: number,
  ) {}

  /** Adds a key whose range starts `offset` ports after `firstPort` (0..capacity-1); its slot. */
  protected addKey(offset: number): number {
    const key = new KeyPorts((this.firstPort + offset) | 0);
    this.firstBlock(key);
    return this.keys.push(key) - 1;
  }

  /** Keys added so far. */
  get keyCount(): number {
    return this.keys.length;
  }

  /**
   * A source port for a new connection on `slot` at simulated time `now`, or
   * `PORT_EXHAUSTED` (-1) when every port is held or still cooling. A slot never added, or a
   * `now` that is not a finite number, is misuse: `InvalidParameterValue`.
   */
  allocate(slot: number, now: number): number {
    const key = this.keys[slot];
    if (key === undefined) throw unknownSlot(slot);
    if (now - now !== 0) throw badTime(now); // NaN or ±Infinity
    const released = key.released;
    if (released > 0) {
      const head = key.base + key.head;
      if ((this.expiries[head] ?? Infinity) <= now) {
        const port = this.ring[head] ?? 0;
        const index = port - key.start;
        this.holds[key.base + index + ((index >> 31) & this.capacity)] = 1;
        key.head = (key.head + 1) & key.mask;
        key.released = released - 1;
        return port;
      }
    }
    return this.mint(key);
  }

  /**
   * Returns `port` at `now`; it becomes reusable at `now + cooldownMs`. False, and nothing
   * changes, when the port is not held (double release, never handed out, unknown slot). A
   * `now` that is not a finite number is misuse: `InvalidParameterValue`.
   */
  release(slot: number, port: number, now: number): boolean {
    const key = this.keys[slot];
    if (key === undefined) return false;
    if (now - now !== 0) throw badTime(now);
    const index = this.indexOf(port, key.start);
    if (index >>> 0 >= key.minted) return false; // -1 (out of range) is 2^32 - 1 unsigned
    const entry = key.base + index;
    if (this.holds[entry] !== 1) return false;
    this.holds[entry] = 0;
    // The block holds every minted index, so the ring always has room: no growth here.
    const tail = key.base + ((key.head + key.released) & key.mask);
    this.ring[tail] = port;
    this.expiries[tail] = now + this.cooldownMs;
    key.released++;
    return true;
  }

  /** Whether `port` is held on `slot` now. */
  isHeld(slot: number, port: number): boolean {
    const key = this.keys[slot];
    if (key === undefined) return false;
    const index = this.indexOf(port, key.start);
    return index >= 0 && index < key.minted && this.holds[key.base + index] === 1;
  }

  /** Ports held on `slot` now (0 for an unknown slot). */
  inUse(slot: number): number {
    const key = this.keys[slot];
    return key === undefined ? 0 : key.minted - key.released;
  }

  /** Ports `slot` has ever handed out: what its memory is sized by (0 for an unknown slot). */
  tracked(slot: number): number {
    return this.keys[slot]?.minted ?? 0;
  }

  /** Released ports of `slot` still cooling at `now` (0 for an unknown slot). */
  cooling(slot: number, now: number): number {
    const key = this.keys[slot];
    if (key === undefined) return 0;
    let cool = 0;
    while (cool < key.released && (this.expiries[key.base + ((key.head + cool) & key.mask)] ?? Infinity) <= now) cool++;
    return key.released - cool;
  }

  /** Bytes of `slot`'s block (11 per entry; 0 for an unknown slot). */
  blockBytes(slot: number): number {
    return ((this.keys[slot]?.mask ?? -1) + 1) * BYTES_PER_ENTRY;
  }

  /**
   * Ports held now, over every key: summed from the keys (O(keys)), not kept in a counter
   * the hot path would have to update on every call.
   */
  totalInUse(): number {
    let held = 0;
    for (const key of this.keys) held += key.minted - key.released;
    return held;
  }

  /** Releases every held port at `now`, in mint order per key (they cool down as usual). */
  releaseAll(now: number): void {
    for (const [slot, key] of this.keys.entries()) {
      for (let index = 0; index < key.minted && key.released < key.minted; index++) {
        this.release(slot, this.portOf(index, key.start), now);
      }
    }
  }

  /** Forgets every held and cooling port and frees their memory; slots stay valid. */
  reset(): void {
    this.blocks.clear();
    this.ring = new Uint16Array(INITIAL_ENTRIES);
    this.expiries = new Float64Array(INITIAL_ENTRIES);
    this.holds = new Uint8Array(INITIAL_ENTRIES);
    for (const key of this.keys) {
      key.head = 0;
      key.released = 0;
      key.minted = 0;
      this.firstBlock(key);
    }
  }

  /** Bytes the table holds: its typed arrays (free blocks and reserve included) and keys. */
  get bytes(): number {
    return this.ring.byteLength + this.expiries.byteLength + this.holds.byteLength + this.keys.length * BYTES_PER_KEY;
  }

  /**
   * The slow side of `allocate`: the key's next never-used port, growing its block when it
   * is full, or `PORT_EXHAUSTED` once the whole range has been minted.
   */
  private mint(key: KeyPorts): number {
    const index = key.minted;
    if (index === this.capacity) return PORT_EXHAUSTED;
    if (index > key.mask) this.grow(key);
    this.holds[key.base + index] = 1;
    key.minted = index + 1;
    return this.portOf(index, key.start);
  }

  /** Gives a key its first block. */
  private firstBlock(key: KeyPorts): void {
    key.base = this.take(log2(FIRST_BLOCK));
    key.mask = FIRST_BLOCK - 1;
  }

  /** Doubles a key's block (in place when it is the arena's last), keeping ring order. */
  private grow(key: KeyPorts): void {
    const size = key.mask + 1;
    const { base, head, mask, released } = key;
    const sizeLog2 = log2(size);
    const inPlace = this.blocks.extend(base, sizeLog2);
    const to = inPlace ? base : this.take(sizeLog2 + 1);
    if (inPlace) this.fit(); // `take` fits the arrays itself
    const { ring, expiries } = this;
    // Ring entry i moves to position head + i of the doubled block: contiguous, same head.
    for (let i = 0; i < released; i++) {
      const from = (head + i) & mask;
      if (inPlace && from >= head) continue;
      ring[to + head + i] = ring[base + from] ?? 0;
      expiries[to + head + i] = expiries[base + from] ?? 0;
    }
    if (!inPlace) {
      this.holds.copyWithin(to, base, base + key.minted);
      this.blocks.give(base, sizeLog2);
      key.base = to;
    }
    key.mask = size * 2 - 1;
  }

  /** A block of `2^sizeLog2` entries, the arrays grown to cover it. */
  private take(sizeLog2: number): number {
    const at = this.blocks.take(sizeLog2);
    this.fit();
    return at;
  }

  /** Grows the arrays to the arena's top: by half again, or exactly to a big block's end. */
  private fit(): void {
    const top = this.blocks.top;
    const length = this.ring.length;
    if (top <= length) return;
    const next = Math.max(top, length + (length >> 1));
    const ring = new Uint16Array(next);
    ring.set(this.ring);
    const expiries = new Float64Array(next);
    expiries.set(this.expiries);
    const holds = new Uint8Array(next);
    holds.set(this.holds);
    this.ring = ring;
    this.expiries = expiries;
    this.holds = holds;
  }

  /** Mint index of an in-range port (not necessarily minted yet), or -1. */
  private indexOf(port: number, start: number): number {
    const relative = port - this.firstPort;
    if (relative >>> 0 !== relative || relative >= this.capacity) return -1;
    const index = port - start;
    return index + ((index >> 31) & this.capacity);
  }

  /** Mint index -> port: `start + index`, wrapped back to `firstPort` past the range's end. */
  private portOf(index: number, start: number): number {
    const past = start + index - this.firstPort - this.capacity;
    return this.firstPort + past + ((past >> 31) & this.capacity);
  }
}

/** Bytes per block entry: a Uint16 ring slot, its Float64 expiry and a held byte. */
const BYTES_PER_ENTRY = 11;
/** About what one key's object weighs in V8's heap (6 fields), for `bytes`. */
const BYTES_PER_KEY = 72;

function badTime(now: number) {
  return errors.invalidParameterValue('now', now, 'Expecting simulated epoch milliseconds, a finite number.');
}

function unknownSlot(slot: number) {
  return errors.invalidParameterValue('slot', slot, 'Call keySlot(nodeIp, targetIp, targetPort) first.');
}
