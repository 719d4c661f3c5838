/**
 * The source ports of one (NLB node, target ip, target port) key: which are held, which are
 * cooling down, and which port to hand out next. Sized by use, not by capacity: its ring and
 * bitmap are blocks of a shared {@link PortArena}, so a key that used 10 ports costs about
 * 250 bytes and one that used 55,000 about 650 KB.
 *
 * Ports are minted lazily in a rotated order (`firstPort + (offset + i) mod capacity`, the
 * offset seeded per key). A released port joins a FIFO ring with its expiry time; the ring's
 * head is the port released longest ago, so "is any released port reusable?" is one
 * comparison. A release dated before the previous one waits behind it in the ring: it only
 * ever delays reuse, as if both were released at the later time. The hot
 * path is branch-free where the outcome is random: a mispredicted branch costs more than
 * the rest of the call.
 *
 * @module
 */
import { log2 } from './block-arena.js';
import { PortArena, type ArenaUser } from './port-arena.js';

const FIRST_RING = 8;

/**
 * The port bookkeeping of one key. Allocation-free except when a block doubles.
 * {@link PortAllocator} owns one per key, all on one arena; use that class.
 *
 * @example
 * const pool = new PortPool(1024, 4, 0, 60_000);
 * pool.allocate(0);       // 1024
 * pool.release(1024, 5);  // true: cooling until 60_005
 * pool.allocate(10);      // 1025 (1024 still cools)
 */
export class PortPool implements ArenaUser {
  private ports: Uint16Array = new Uint16Array(0);
  private expiries: Float64Array = new Float64Array(0);
  private bits: Int32Array = new Int32Array(0);
  /** Offset of this key's ring block; its size is `mask + 1` (0 before the first release). */
  private ring = 0;
  private mask = -1;
  private head = 0;
  /** Entries in the ring (released ports, cooling or already cool). */
  private released = 0;
  /** Ports handed out at least once: held ones plus the ring's. */
  private minted = 0;
  /** Offset and size (in 32-bit words) of this key's held bitmap block. */
  private bitsAt = 0;
  private words = 0;

  constructor(
    private readonly firstPort: number,
    private readonly capacity: number,
    private readonly offset: number,
    private readonly cooldownMs: number,
    private readonly arena: PortArena = new PortArena(),
  ) {
    arena.register(this);
  }

  /** Ports held now. */
  get inUse(): number {
    return this.minted - this.released;
  }

  /** Ports this key has ever handed out (what its memory is sized by). */
  get tracked(): number {
    return this.minted;
  }

  /** Bytes of this key's blocks in the arena. */
  get bytes(): number {
    return (this.mask + 1) * 10 + this.words * 4;
  }

  /** A free port, or -1 when every port is held or still cooling at `now`. */
  allocate(now: number): number {
    const head = this.head;
    if (this.released > 0 && (this.expiries[this.ring + head] ?? Infinity) <= now) {
      const port = this.ports[this.ring + head] ?? 0;
      this.head = (head + 1) & this.mask;
      this.released--;
      let index = port - this.firstPort - this.offset;
      index += (index >> 31) & this.capacity;
      const w = this.bitsAt + (index >> 5);
      this.bits[w] = (this.bits[w] ?? 0) | (1 << (index & 31));
      return port;
    }
    const index = this.minted;
    if (index === this.capacity) return -1;
    if (index >> 5 === this.words) this.growBits();
    const w = this.bitsAt + (index >> 5);
    this.bits[w] = (this.bits[w] ?? 0) | (1 << (index & 31));
    this.minted = index + 1;
    return this.portOf(index);
  }

  /** Releases a held port at `now`; false (and nothing changes) when it is not held. */
  release(port: number, now: number): boolean {
    const index = this.indexOf(port);
    if (index < 0) return false;
    const w = this.bitsAt + (index >> 5);
    const word = this.bits[w] ?? 0;
    const bit = 1 << (index & 31);
    if ((word & bit) === 0) return false;
    this.bits[w] = word ^ bit;
    if (this.released > this.mask) this.growRing();
    const tail = this.ring + ((this.head + this.released) & this.mask);
    this.ports[tail] = port;
    this.expiries[tail] = now + this.cooldownMs;
    this.released++;
    return true;
  }

  /** Whether `port` is held now. */
  isHeld(port: number): boolean {
    const index = this.indexOf(port);
    return index >= 0 && ((this.bits[this.bitsAt + (index >> 5)] ?? 0) & (1 << (index & 31))) !== 0;
  }

  /** Released ports still cooling at `now`. */
  coolingAt(now: number): number {
    let cool = 0;
    while (cool < this.released && (this.expiries[this.ring + ((this.head + cool) & this.mask)] ?? Infinity) <= now) {
      cool++;
    }
    return this.released - cool;
  }

  /** Releases every held port at `now`, in mint order; returns how many. */
  releaseAll(now: number): number {
    let count = 0;
    for (let index = 0; index < this.minted && this.inUse > 0; index++) {
      if (this.release(this.portOf(index), now)) count++;
    }
    return count;
  }

  /** Forgets every port, held or cooling, and gives its blocks back to the arena. */
  reset(): void {
    if (this.mask >= 0) this.arena.giveRing(this.ring, log2(this.mask + 1));
    if (this.words > 0) this.arena.giveBits(this.bitsAt, log2(this.words));
    this.ring = 0;
    this.mask = -1;
    this.head = 0;
    this.released = 0;
    this.minted = 0;
    this.bitsAt = 0;
    this.words = 0;
  }

  /** Takes the arena's current arrays (they move when the arena grows). */
  adopt(ports: Uint16Array, expiries: Float64Array, bits: Int32Array): void {
    this.ports = ports;
    this.expiries = expiries;
    this.bits = bits;
  }

  /** Mint order of an in-range port, or -1 (out of range, or never minted). */
  private indexOf(port: number): number {
    const relative = port - this.firstPort;
    if (relative >>> 0 !== relative || relative >= this.capacity) return -1;
    let index = relative - this.offset;
    index += (index >> 31) & this.capacity;
    return index < this.minted ? index : -1;
  }

  /** Mint order -> port: the rotation by this key's offset. */
  private portOf(index: number): number {
    let rotated = index + this.offset - this.capacity;
    rotated += (rotated >> 31) & this.capacity;
    return this.firstPort + rotated;
  }

  private growBits(): void {
    const size = this.words === 0 ? 1 : this.words * 2;
    const at = this.arena.takeBits(log2(size));
    this.bits.copyWithin(at, this.bitsAt, this.bitsAt + this.words);
    if (this.words > 0) this.arena.giveBits(this.bitsAt, log2(this.words));
    this.bitsAt = at;
    this.words = size;
  }

  private growRing(): void {
    const size = this.mask + 1;
    const next = size === 0 ? FIRST_RING : size * 2;
    const at = this.arena.takeRing(log2(next));
    for (let i = 0; i < this.released; i++) {
      const from = this.ring + ((this.head + i) & this.mask);
      this.ports[at + i] = this.ports[from] ?? 0;
      this.expiries[at + i] = this.expiries[from] ?? 0;
    }
    if (size > 0) this.arena.giveRing(this.ring, log2(size));
    this.ring = at;
    this.mask = next - 1;
    this.head = 0;
  }
}
