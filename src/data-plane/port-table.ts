/**
 * The port allocator's state for every key, in a few shared typed arrays: per key eight
 * integers (`meta`), and blocks sized by use in three arenas: a FIFO ring of released ports
 * with their expiry times, and a bitmap of held ports. A key that never allocated costs
 * 32 bytes; one that used 10 ports about 200; one at 55,000 ports about 650 KB.
 *
 * Ports are minted in a rotated order (`firstPort + (offset + i) mod capacity`). A released
 * port joins the ring's tail; the head is the port released longest ago, so "is any released
 * port reusable?" is one comparison. Expiries never decrease along the ring (a release dated
 * before the previous one counts as simultaneous), which keeps it sorted and only ever
 * delays reuse. The hot path is branch-light: a mispredicted branch costs more than a call.
 *
 * @module
 */
import { BlockArena, log2 } from './block-arena.js';

const RING = 0; // offset of the key's ring block
const MASK = 1; // ring size - 1; -1 until the first release
const HEAD = 2; // ring index of the oldest release
const RELEASED = 3; // entries in the ring
const MINTED = 4; // ports ever handed out: held + released
const BITS = 5; // offset of the key's bitmap block
const WORDS = 6; // bitmap block size in 32-bit words; 0 until the first allocation
const OFFSET = 7; // rotation of the key's range
const STRIDE = 8;
const FIRST_RING = 8;

/** What {@link PortTable.allocate} answers for a slot it never created. */
export const UNKNOWN_SLOT = -2;

function grownInt32(array: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

/**
 * Held and cooling source ports of every key, by slot. The engine of {@link PortAllocator},
 * which adds key interning and option checks; use that class.
 *
 * @example
 * const table = new PortTable(1024, 55_000, 60_000);
 * const slot = table.addKey(0);
 * table.allocate(slot, 0);        // 1024
 * table.release(slot, 1024, 0);   // true; reusable at 60_000
 */
export class PortTable {
  private meta: Int32Array = new Int32Array(STRIDE * 8);
  private ports: Uint16Array = new Uint16Array(FIRST_RING * 8);
  private expiries: Float64Array = new Float64Array(FIRST_RING * 8);
  private bits: Int32Array = new Int32Array(16);
  private readonly ringArena = new BlockArena();
  private readonly bitsArena = new BlockArena();
  private count = 0;
  private held = 0;

  constructor(
    private readonly firstPort: number,
    private readonly capacity: number,
    private readonly cooldownMs: number,
  ) {}

  /** Keys created so far (slots are `0 .. keys - 1`). */
  get keys(): number {
    return this.count;
  }

  /** Ports held now, over every key. */
  get totalInUse(): number {
    return this.held;
  }

  /** Creates a key whose range starts `offset` ports in; returns its slot. */
  addKey(offset: number): number {
    const slot = this.count;
    if ((slot + 1) * STRIDE > this.meta.length) this.meta = grownInt32(this.meta, this.meta.length * 2);
    this.meta[slot * STRIDE + MASK] = -1;
    this.meta[slot * STRIDE + OFFSET] = offset;
    this.count = slot + 1;
    return slot;
  }

  /** A port, -1 when all are held or cooling at `now`, {@link UNKNOWN_SLOT} for a bad slot. */
  allocate(slot: number, now: number): number {
    if (slot >>> 0 !== slot || slot >= this.count) return UNKNOWN_SLOT;
    const meta = this.meta;
    const s = slot * STRIDE;
    const released = meta[s + RELEASED] ?? 0;
    if (released > 0) {
      const head = meta[s + HEAD] ?? 0;
      const at = (meta[s + RING] ?? 0) + head;
      if ((this.expiries[at] ?? Infinity) <= now) {
        const port = this.ports[at] ?? 0;
        meta[s + HEAD] = (head + 1) & (meta[s + MASK] ?? 0);
        meta[s + RELEASED] = released - 1;
        let index = port - this.firstPort - (meta[s + OFFSET] ?? 0);
        index += (index >> 31) & this.capacity;
        const w = (meta[s + BITS] ?? 0) + (index >> 5);
        this.bits[w] = (this.bits[w] ?? 0) | (1 << (index & 31));
        this.held++;
        return port;
      }
    }
    const index = meta[s + MINTED] ?? 0;
    if (index === this.capacity) return -1;
    if (index >> 5 === (meta[s + WORDS] ?? 0)) this.growBits(s);
    const w = (meta[s + BITS] ?? 0) + (index >> 5);
    this.bits[w] = (this.bits[w] ?? 0) | (1 << (index & 31));
    meta[s + MINTED] = index + 1;
    this.held++;
    return this.portOf(s, index);
  }

  /** Releases a held port at `now`; false, and nothing changes, when it is not held. */
  release(slot: number, port: number, now: number): boolean {
    const index = this.indexOf(slot, port);
    if (index < 0) return false;
    const meta = this.meta;
    const s = slot * STRIDE;
    const w = (meta[s + BITS] ?? 0) + (index >> 5);
    const word = this.bits[w] ?? 0;
    const bit = 1 << (index & 31);
    if ((word & bit) === 0) return false;
    this.bits[w] = word ^ bit;
    const released = meta[s + RELEASED] ?? 0;
    if (released > (meta[s + MASK] ?? 0)) this.growRing(s);
    const mask = meta[s + MASK] ?? 0;
    const ring = meta[s + RING] ?? 0;
    const tail = ((meta[s + HEAD] ?? 0) + released) & mask;
    const expiry = now + this.cooldownMs;
    const previous = released > 0 ? (this.expiries[ring + ((tail - 1) & mask)] ?? expiry) : expiry;
    this.ports[ring + tail] = port;
    this.expiries[ring + tail] = previous > expiry ? previous : expiry;
    meta[s + RELEASED] = released + 1;
    this.held--;
    return true;
  }

  /** Whether `port` is held on `slot`. */
  isHeld(slot: number, port: number): boolean {
    const index = this.indexOf(slot, port);
    if (index < 0) return false;
    const w = (this.meta[slot * STRIDE + BITS] ?? 0) + (index >> 5);
    return ((this.bits[w] ?? 0) & (1 << (index & 31))) !== 0;
  }

  /** Ports held on `slot` (0 for an unknown slot). */
  inUse(slot: number): number {
    if (slot >>> 0 !== slot || slot >= this.count) return 0;
    return (this.meta[slot * STRIDE + MINTED] ?? 0) - (this.meta[slot * STRIDE + RELEASED] ?? 0);
  }

  /** Released ports of `slot` still cooling at `now`. */
  cooling(slot: number, now: number): number {
    if (slot >>> 0 !== slot || slot >= this.count) return 0;
    const s = slot * STRIDE;
    const [ring, mask, head, released] = [this.meta[s + RING] ?? 0, this.meta[s + MASK] ?? 0, this.meta[s + HEAD] ?? 0, this.meta[s + RELEASED] ?? 0];
    let cool = 0;
    while (cool < released && (this.expiries[ring + ((head + cool) & mask)] ?? Infinity) <= now) cool++;
    return released - cool;
  }

  /** Ports `slot` ever handed out (what its memory is sized by). */
  tracked(slot: number): number {
    return slot >>> 0 === slot && slot < this.count ? (this.meta[slot * STRIDE + MINTED] ?? 0) : 0;
  }

  /** Releases every held port at `now`, key by key in mint order; returns how many. */
  releaseAll(now: number): number {
    let count = 0;
    for (let slot = 0; slot < this.count; slot++) {
      const minted = this.meta[slot * STRIDE + MINTED] ?? 0;
      for (let i = 0; i < minted; i++) if (this.release(slot, this.portOf(slot * STRIDE, i), now)) count++;
    }
    return count;
  }

  /** Forgets every held and cooling port and shrinks the arenas; slots stay valid. */
  reset(): void {
    for (let slot = 0; slot < this.count; slot++) {
      const s = slot * STRIDE;
      this.meta.fill(0, s, s + OFFSET);
      this.meta[s + MASK] = -1;
    }
    this.ports = new Uint16Array(FIRST_RING * 8);
    this.expiries = new Float64Array(FIRST_RING * 8);
    this.bits = new Int32Array(16);
    this.ringArena.clear();
    this.bitsArena.clear();
    this.held = 0;
  }

  /** Bytes of the table's typed arrays. */
  get bytes(): number {
    return this.meta.byteLength + this.ports.byteLength + this.expiries.byteLength + this.bits.byteLength;
  }

  /** Mint order of `port` on `slot`, or -1 when the slot is unknown or the port never minted. */
  private indexOf(slot: number, port: number): number {
    if (slot >>> 0 !== slot || slot >= this.count) return -1;
    const relative = port - this.firstPort;
    if (relative >>> 0 !== relative || relative >= this.capacity) return -1;
    let index = relative - (this.meta[slot * STRIDE + OFFSET] ?? 0);
    index += (index >> 31) & this.capacity;
    return index < (this.meta[slot * STRIDE + MINTED] ?? 0) ? index : -1;
  }

  private portOf(s: number, index: number): number {
    let rotated = index + (this.meta[s + OFFSET] ?? 0) - this.capacity;
    rotated += (rotated >> 31) & this.capacity;
    return this.firstPort + rotated;
  }

  private growBits(s: number): void {
    const words = this.meta[s + WORDS] ?? 0;
    const size = words === 0 ? 1 : words * 2;
    const base = this.bitsArena.take(log2(size));
    if (this.bitsArena.top > this.bits.length) {
      this.bits = grownInt32(this.bits, Math.max(this.bits.length * 2, this.bitsArena.top));
    }
    const old = this.meta[s + BITS] ?? 0;
    this.bits.copyWithin(base, old, old + words);
    this.bits.fill(0, base + words, base + size);
    if (words > 0) this.bitsArena.give(old, log2(words));
    this.meta[s + BITS] = base;
    this.meta[s + WORDS] = size;
  }

  private growRing(s: number): void {
    const size = (this.meta[s + MASK] ?? 0) + 1;
    const next = size === 0 ? FIRST_RING : size * 2;
    const base = this.ringArena.take(log2(next));
    if (this.ringArena.top > this.ports.length) {
      const length = Math.max(this.ports.length * 2, this.ringArena.top);
      const ports = new Uint16Array(length);
      const expiries = new Float64Array(length);
      ports.set(this.ports);
      expiries.set(this.expiries);
      this.ports = ports;
      this.expiries = expiries;
    }
    const [old, head, released] = [this.meta[s + RING] ?? 0, this.meta[s + HEAD] ?? 0, this.meta[s + RELEASED] ?? 0];
    for (let i = 0; i < released; i++) {
      const from = old + ((head + i) & (size - 1));
      this.ports[base + i] = this.ports[from] ?? 0;
      this.expiries[base + i] = this.expiries[from] ?? 0;
    }
    if (size > 0) this.ringArena.give(old, log2(size));
    this.meta[s + RING] = base;
    this.meta[s + MASK] = next - 1;
    this.meta[s + HEAD] = 0;
  }
}
