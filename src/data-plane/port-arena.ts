/**
 * The shared storage of every key's ports: three typed arrays (released ports, their expiry
 * times, held bitmaps) carved into power-of-two blocks, one or two blocks per key sized by
 * its use. A handful of small typed arrays per key would cost a few hundred bytes of object
 * overhead each, and microseconds to create; 100,000 keys would then weigh more than their
 * ports.
 *
 * Each {@link PortPool} keeps its own references to the arrays (the hot path then reads one
 * object only); when an array grows, the arena hands the new one to every pool.
 *
 * @module
 */
import { BlockArena } from './block-arena.js';

/** What the arena needs from a pool: to be told where the arrays are now. */
export interface ArenaUser {
  /** Called with the current arrays after any of them was replaced. */
  adopt(ports: Uint16Array, expiries: Float64Array, bits: Int32Array): void;
}

const INITIAL_RING_SLOTS = 64;
const INITIAL_BIT_WORDS = 16;

/**
 * Typed-array storage shared by the pools of one allocator.
 *
 * @example
 * const arena = new PortArena();
 * const ring = arena.takeRing(3);  // a block of 8 ring entries
 * arena.giveRing(ring, 3);         // back to the free list
 */
export class PortArena {
  /** Released ports, by ring block. */
  ports: Uint16Array = new Uint16Array(INITIAL_RING_SLOTS);
  /** Expiry time of each ring entry (release time + cooldown). */
  expiries: Float64Array = new Float64Array(INITIAL_RING_SLOTS);
  /** Held bitmaps, by bitmap block. */
  bits: Int32Array = new Int32Array(INITIAL_BIT_WORDS);
  private readonly ringBlocks = new BlockArena();
  private readonly bitBlocks = new BlockArena();
  private readonly users: ArenaUser[] = [];

  /** Registers a pool to be told when the arrays move. */
  register(user: ArenaUser): void {
    this.users.push(user);
    user.adopt(this.ports, this.expiries, this.bits);
  }

  /** Offset of a fresh block of `2^sizeLog2` ring entries (contents unspecified). */
  takeRing(sizeLog2: number): number {
    const at = this.ringBlocks.take(sizeLog2);
    const top = this.ringBlocks.top;
    if (top > this.ports.length) {
      const length = Math.max(this.ports.length * 2, top);
      const ports = new Uint16Array(length);
      const expiries = new Float64Array(length);
      ports.set(this.ports);
      expiries.set(this.expiries);
      this.ports = ports;
      this.expiries = expiries;
      this.tellUsers();
    }
    return at;
  }

  /** Returns a ring block. */
  giveRing(offset: number, sizeLog2: number): void {
    this.ringBlocks.give(offset, sizeLog2);
  }

  /** Offset of a zeroed block of `2^sizeLog2` bitmap words. */
  takeBits(sizeLog2: number): number {
    const at = this.bitBlocks.take(sizeLog2);
    const top = this.bitBlocks.top;
    if (top > this.bits.length) {
      const bits = new Int32Array(Math.max(this.bits.length * 2, top));
      bits.set(this.bits);
      this.bits = bits;
      this.tellUsers();
    }
    this.bits.fill(0, at, at + (1 << sizeLog2));
    return at;
  }

  /** Returns a bitmap block. */
  giveBits(offset: number, sizeLog2: number): void {
    this.bitBlocks.give(offset, sizeLog2);
  }

  /** Bytes of the three arrays (free blocks included). */
  get bytes(): number {
    return this.ports.byteLength + this.expiries.byteLength + this.bits.byteLength;
  }

  /** Forgets every block and shrinks the arrays; pools must reset themselves too. */
  clear(): void {
    this.ringBlocks.clear();
    this.bitBlocks.clear();
    this.ports = new Uint16Array(INITIAL_RING_SLOTS);
    this.expiries = new Float64Array(INITIAL_RING_SLOTS);
    this.bits = new Int32Array(INITIAL_BIT_WORDS);
    this.tellUsers();
  }

  private tellUsers(): void {
    for (const user of this.users) user.adopt(this.ports, this.expiries, this.bits);
  }
}
