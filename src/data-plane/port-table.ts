/**
 * The source-port state of every (NLB node, target ip, target port) key, in a few typed
 * arrays shared by all keys: which ports a key holds, which it released and when they cool,
 * and which port to hand out next. {@link PortAllocator} adds key interning and option
 * checks on top; the engine calls `allocate` / `release` on a slot per connection.
 *
 * Layout. Ports are minted lazily in a rotated order (mint index `i` is port
 * `firstPort + (offset + i) mod capacity`, the offset seeded per key), so a key is a counter
 * `minted` plus one block of `size >= minted` entries (a power of two) in a shared arena (see
 * `block-arena.ts`). Every release gets the key's next sequence number, and the block's
 * entries serve two purposes:
 * - `ring[base + (seq & mask)]` / `expiries[...]` are a FIFO ring of released ports and the
 *   time each may be reused, by release sequence number: the oldest is `headSeq`, so "is
 *   any released port reusable?" is one comparison. A release dated before the previous one
 *   waits behind it: it only ever delays reuse, as if both were released at the later time.
 * - `seqs[base + i]` is the sequence number of mint index `i`'s last release (0 before any).
 *   Releases from `headSeq` on are still in the ring, so the port is held exactly when its
 *   number is below `headSeq`: what tells a double release from a real one, without any
 *   write when `allocate` takes a port back out of the ring.
 *
 * Why this shape. The ring never holds more than `minted` entries, so sizing the block by
 * `minted` means only minting a new port can grow it: `release` and the reuse path of
 * `allocate` never grow, allocate or call out. That keeps them small enough for V8 to inline
 * into the caller's loop even after growth has run hot elsewhere (a non-inlined call boxes
 * the `now` double: 16 bytes of garbage per call); growth sits in `mint` and `grow`. The
 * reuse path touches only the ring's head, which reads sequentially; only `release` touches
 * a per-port entry. Memory follows the ports each key has used, 14 bytes per entry (2 ring,
 * 8 expiry, 4 sequence number) plus about 90 bytes per key: a key that used 10 ports costs
 * about 300 bytes, one that used all 55,000 about 920 KB.
 *
 * Sequence numbers stay small integers: before one would reach `sequenceLimit` (2^30
 * releases of one key), the key's releases are renumbered from 1 (`renumber`, O(ports
 * minted), so about once a billion releases).
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
 * A key of a {@link PortTable} resolved once, for callers that allocate on the same key again
 * and again (the engine keeps one per route target): `allocateOn` / `releaseOn` take it and
 * skip the slot lookup. Get one with `keyHandle(slot)`; it is only valid on its own table.
 */
export interface PortKeyHandle {
  /** The key's slot in its table. */
  readonly slot: number;
}

/**
 * One key's place in the table. Plain small-integer fields on an object rather than a row of
 * an `Int32Array`: V8 reads them without the bounds checks a typed array needs (measured:
 * 13.8 against 10.2 ns per pair).
 */
class KeyPorts implements PortKeyHandle {
  /** Offset of the key's block in the arena. */
  base = 0;
  /** Block size - 1 (set with the key's first block). */
  mask = 0;
  /** Sequence number of the ring's oldest entry (the release longest ago). */
  headSeq = 1;
  /** Ring entries: ports released, cooling or cool. */
  released = 0;
  /** Ports handed out at least once. */
  minted = 0;

  /**
   * @param start The key's first port: where its rotation of the range starts.
   * @param slot The key's slot in `table`.
   * @param table The table the key belongs to: a handle is refused by any other.
   */
  constructor(
    readonly start: number,
    readonly slot: number,
    readonly table: PortTable,
  ) {}
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
 * from `addKey`; {@link PortAllocator} hands them out per (node, target) key. A caller that
 * uses one key often can resolve it once with `keyHandle` and call `allocateOn` /
 * `releaseOn`, the same operations without the slot lookup.
 *
 * The hot path (`allocate`, `release` and their handle forms) never throws for a normal
 * outcome: exhaustion is `PORT_EXHAUSTED`, a release of a port not held is `false`.
 *
 * @example
 * class Table extends PortTable { key(offset: number) { return this.addKey(offset); } }
 * const table = new Table(1024, 4, 60_000); // ports 1024..1027, 60 s cooldown
 * const key = table.key(2);        // this key's range starts at 1026
 * table.allocate(key, 0);          // 1026
 * table.release(key, 1026, 5);     // true: cooling until 60_005
 * const handle = table.keyHandle(key);
 * table.allocateOn(handle, 10);    // 1027 (1026 still cools)
 */
export class PortTable implements PortTableShape {
  /** Released ports, a ring per block, by release sequence number. */
  private ring = new Uint16Array(INITIAL_ENTRIES);
  /** When each ring entry may be reused (release time + cooldown). */
  private expiries = new Float64Array(INITIAL_ENTRIES);
  /** Sequence number of each mint index's last release (below its key's `headSeq`: held). */
  private seqs = new Uint32Array(INITIAL_ENTRIES);
  private readonly blocks = new BlockArena();
  private readonly keys: KeyPorts[] = [];

  /**
   * The shape as constructor parameter properties, not declared fields: with ES2022 class
   * fields a declared field starts as `undefined`, and V8 then keeps it as a tagged value
   * (checked and unboxed on every read of the hot path) instead of a small integer.
   *
   * @param sequenceLimit Release sequence numbers renumber before reaching this; a
   *   parameter only so that tests can make renumbering frequent.
   */
  constructor(
    readonly firstPort: number,
    readonly capacity: number,
    readonly cooldownMs: number,
    protected readonly sequenceLimit: number = 2 ** 30,
  ) {}

  /** Adds a key whose range starts `offset` ports after `firstPort` (0..capacity-1); its slot. */
  protected addKey(offset: number): number {
    const slot = this.keys.length;
    const key = new KeyPorts((this.firstPort + offset) | 0, slot, this);
    this.firstBlock(key);
    this.keys.push(key);
    return slot;
  }

  /** Keys added so far. */
  get keyCount(): number {
    return this.keys.length;
  }

  /** The handle of `slot`, for `allocateOn` / `releaseOn`. An unknown slot: `InvalidParameterValue`. */
  keyHandle(slot: number): PortKeyHandle {
    return this.keyAt(slot);
  }

  /**
   * A source port for a new connection on `slot` at simulated time `now`, or
   * `PORT_EXHAUSTED` (-1) when every port is held or still cooling. A slot never added, or a
   * `now` that is not a finite number, is misuse: `InvalidParameterValue`.
   */
  allocate(slot: number, now: number): number {
    return this.take(this.keyAt(slot), now);
  }

  /** `allocate` on a key resolved with `keyHandle`; a handle of another table: `InvalidParameterValue`. */
  allocateOn(handle: PortKeyHandle, now: number): number {
    return this.take(this.own(handle), now);
  }

  /**
   * Returns `port` at `now`; it becomes reusable at `now + cooldownMs`. False, and nothing
   * changes, when the port is not held (double release, never handed out, unknown slot). A
   * `now` that is not a finite number is misuse: `InvalidParameterValue`.
   */
  release(slot: number, port: number, now: number): boolean {
    const key = this.keys[slot];
    if (key === undefined) return false;
    return this.give(key, port, now);
  }

  /** `release` on a key resolved with `keyHandle`; a handle of another table: `InvalidParameterValue`. */
  releaseOn(handle: PortKeyHandle, port: number, now: number): boolean {
    return this.give(this.own(handle), port, now);
  }

  /** Whether `port` is held on `slot` now. */
  isHeld(slot: number, port: number): boolean {
    const key = this.keys[slot];
    return key !== undefined && this.heldEntry(key, port) >= 0;
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
    while (cool < key.released && (this.expiries[key.base + ((key.headSeq + cool) & key.mask)] ?? Infinity) <= now) cool++;
    return key.released - cool;
  }

  /**
   * The sequence number `slot`'s next release gets unless it renumbers first (0 for an
   * unknown slot): at most `sequenceLimit`, or one more than the ports minted if those are
   * more (only with a test's tiny limit). That bound is what renumbering is for.
   */
  protected nextSequence(slot: number): number {
    const key = this.keys[slot];
    return key === undefined ? 0 : key.headSeq + key.released;
  }

  /** Bytes of `slot`'s block (14 per entry; 0 for an unknown slot). */
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
    for (const key of this.keys) {
      for (let index = 0; index < key.minted && key.released < key.minted; index++) {
        this.give(key, this.portOf(index, key.start), now);
      }
    }
  }

  /** Forgets every held and cooling port and frees their memory; slots and handles stay valid. */
  reset(): void {
    this.blocks.clear();
    this.ring = new Uint16Array(INITIAL_ENTRIES);
    this.expiries = new Float64Array(INITIAL_ENTRIES);
    this.seqs = new Uint32Array(INITIAL_ENTRIES);
    for (const key of this.keys) {
      key.headSeq = 1;
      key.released = 0;
      key.minted = 0;
      this.firstBlock(key);
    }
  }

  /** Bytes the table holds: its typed arrays (free blocks and reserve included) and keys. */
  get bytes(): number {
    return this.ring.byteLength + this.expiries.byteLength + this.seqs.byteLength + this.keys.length * BYTES_PER_KEY;
  }

  /** The hot side of `allocate`: the ring's oldest port when it has cooled, else a new one. */
  private take(key: KeyPorts, now: number): number {
    if (now - now !== 0) throw badTime(now); // NaN or ±Infinity
    const released = key.released;
    if (released > 0) {
      const headSeq = key.headSeq;
      const head = (key.base + (headSeq & key.mask)) | 0;
      if ((this.expiries[head] ?? Infinity) <= now) {
        // Past `headSeq`, the port's sequence number reads "held": nothing else to write.
        key.headSeq = (headSeq + 1) | 0;
        key.released = (released - 1) | 0;
        return this.ring[head] ?? 0;
      }
    }
    return this.mint(key);
  }

  /** The hot side of `release`: checks the port is held and appends it to the ring. */
  private give(key: KeyPorts, port: number, now: number): boolean {
    if (now - now !== 0) throw badTime(now);
    // `heldEntry`'s rule, written out: calling it here measured 0.1x slower in the bench.
    const index = this.indexOf(port, key.start);
    if (index >>> 0 >= key.minted) return false; // -1 (out of range) is 2^32 - 1 unsigned
    const entry = (key.base + index) | 0;
    if ((this.seqs[entry] ?? 0) >= key.headSeq) return false; // still in the ring: not held
    let seq = (key.headSeq + key.released) | 0;
    if (seq >= this.sequenceLimit) seq = this.renumber(key);
    // The block holds every minted index, so the ring always has room: no growth here.
    const tail = (key.base + (seq & key.mask)) | 0;
    this.seqs[entry] = seq;
    this.ring[tail] = port;
    this.expiries[tail] = now + this.cooldownMs;
    key.released = (key.released + 1) | 0;
    return true;
  }

  /**
   * The block entry of `port` when the key holds it, else -1: minted (in range and handed
   * out at least once) and its last release, if any, already taken back out of the ring.
   */
  private heldEntry(key: KeyPorts, port: number): number {
    const index = this.indexOf(port, key.start);
    if (index >>> 0 >= key.minted) return -1; // -1 (out of range) is 2^32 - 1 unsigned
    const entry = (key.base + index) | 0;
    return (this.seqs[entry] ?? 0) < key.headSeq ? entry : -1;
  }

  /** The key of `slot`; a slot never added: `InvalidParameterValue`. */
  private keyAt(slot: number): KeyPorts {
    const key = this.keys[slot];
    if (key === undefined) throw unknownSlot(slot);
    return key;
  }

  /** The key behind a handle, if it is one of this table's; else `InvalidParameterValue`. */
  private own(handle: PortKeyHandle): KeyPorts {
    if (isKeyOf(handle, this)) return handle;
    throw foreignHandle(handle);
  }

  /**
   * The slow side of `allocate`: the key's next never-used port, growing its block when it
   * is full, or `PORT_EXHAUSTED` once the whole range has been minted.
   */
  private mint(key: KeyPorts): number {
    const index = key.minted;
    if (index === this.capacity) return PORT_EXHAUSTED;
    if (index > key.mask) this.grow(key);
    this.seqs[key.base + index] = 0; // held: below any `headSeq` (a reused block keeps old numbers)
    key.minted = index + 1;
    return this.portOf(index, key.start);
  }

  /**
   * Renumbers a key's releases so the ring's oldest is 1, held ports 0, and returns the
   * number of its next release. Ring positions follow the numbers, so the ring is re-laid.
   */
  private renumber(key: KeyPorts): number {
    const { base, mask, headSeq, released } = key;
    const ports = this.ring.slice(base, base + mask + 1);
    const expiries = this.expiries.slice(base, base + mask + 1);
    this.seqs.fill(0, base, base + key.minted);
    for (let k = 0; k < released; k++) {
      const from = (headSeq + k) & mask;
      const to = base + ((1 + k) & mask);
      const port = ports[from] ?? 0;
      this.ring[to] = port;
      this.expiries[to] = expiries[from] ?? 0;
      this.seqs[base + this.indexOf(port, key.start)] = 1 + k;
    }
    key.headSeq = 1;
    return 1 + released;
  }

  /** Gives a key its first block. */
  private firstBlock(key: KeyPorts): void {
    key.base = this.takeBlock(log2(FIRST_BLOCK));
    key.mask = FIRST_BLOCK - 1;
  }

  /**
   * Doubles a key's block (in place when it is the arena's last). A ring entry's position is
   * its sequence number masked, so with the wider mask an entry either stays or moves up by
   * the old size, into room that was not the block's before: no entry overwrites another.
   */
  private grow(key: KeyPorts): void {
    const size = key.mask + 1;
    const { base, headSeq, mask, released } = key;
    const wider = size * 2 - 1;
    const sizeLog2 = log2(size);
    const inPlace = this.blocks.extend(base, sizeLog2);
    const to = inPlace ? base : this.takeBlock(sizeLog2 + 1);
    if (inPlace) this.fit(); // `takeBlock` fits the arrays itself
    const { ring, expiries } = this;
    for (let k = 0; k < released; k++) {
      const from = base + ((headSeq + k) & mask);
      const at = to + ((headSeq + k) & wider);
      if (at === from) continue;
      ring[at] = ring[from] ?? 0;
      expiries[at] = expiries[from] ?? 0;
    }
    if (!inPlace) {
      this.seqs.copyWithin(to, base, base + key.minted);
      this.blocks.give(base, sizeLog2);
      key.base = to;
    }
    key.mask = wider;
  }

  /** A block of `2^sizeLog2` entries, the arrays grown to cover it. */
  private takeBlock(sizeLog2: number): number {
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
    const seqs = new Uint32Array(next);
    seqs.set(this.seqs);
    this.ring = ring;
    this.expiries = expiries;
    this.seqs = seqs;
  }

  /** Mint index of an in-range port (not necessarily minted yet), or -1. */
  private indexOf(port: number, start: number): number {
    const relative = (port - this.firstPort) | 0;
    if (relative >>> 0 !== relative || relative >= this.capacity) return -1;
    const index = (port - start) | 0;
    return (index + ((index >> 31) & this.capacity)) | 0;
  }

  /** Mint index -> port: `start + index`, wrapped back to `firstPort` past the range's end. */
  private portOf(index: number, start: number): number {
    const past = start + index - this.firstPort - this.capacity;
    return this.firstPort + past + ((past >> 31) & this.capacity);
  }
}

/** Bytes per block entry: a Uint16 ring slot, its Float64 expiry and a Uint32 sequence number. */
const BYTES_PER_ENTRY = 14;
/** About what one key's object weighs in V8's heap (8 fields), for `bytes`. */
const BYTES_PER_KEY = 88;

function badTime(now: number) {
  return errors.invalidParameterValue('now', now, 'Expecting simulated epoch milliseconds, a finite number.');
}

function unknownSlot(slot: number) {
  return errors.invalidParameterValue('slot', slot, 'Call keySlot(nodeIp, targetIp, targetPort) first.');
}

/**
 * Whether `handle` is a key of `table`. Only `KeyPorts` objects carry a `table`, so comparing
 * it is the whole check: an `instanceof` or a private-field brand check here measured 1.7 and
 * 0.9 ns more per call, a sixth of the hot path.
 */
function isKeyOf(handle: PortKeyHandle, table: PortTable): handle is KeyPorts {
  return (handle as Partial<Pick<KeyPorts, 'table'>>).table === table;
}

function foreignHandle(handle: PortKeyHandle) {
  return errors.invalidParameterValue('handle', handle.slot, 'Not a key of this allocator: use keyHandle(slot) on the allocator that owns the slot.');
}
