/**
 * Power-of-two blocks in one growable index space: how the port allocator gives each key
 * just the room it uses inside a few shared typed arrays, instead of a handful of small
 * typed arrays per key (each costs a few hundred bytes of object overhead and microseconds
 * to create). Freed blocks go to a free list per size and are reused first.
 *
 * @module
 */

/**
 * Hands out offsets of blocks of `2^k` slots; the owner keeps the typed arrays and grows
 * them to {@link BlockArena.top} after each `take` or `extend`.
 *
 * @example
 * const arena = new BlockArena();
 * const a = arena.take(3); // 0: slots 0..7
 * const b = arena.take(4); // 8: slots 8..23
 * arena.give(a, 3);
 * arena.take(3);           // 0 again
 * arena.extend(b, 4);       // true: b is the last block, now 32 slots (8..39)
 */
export class BlockArena {
  private readonly free: number[][] = [];
  private freeSlots = 0;
  /** One past the highest slot ever handed out: the length the owner's arrays need. */
  top = 0;

  /** The offset of a block of `2^sizeLog2` slots (contents unspecified when reused). */
  take(sizeLog2: number): number {
    const reused = this.free[sizeLog2]?.pop();
    if (reused !== undefined) {
      this.freeSlots -= 1 << sizeLog2;
      return reused;
    }
    const at = this.top;
    this.top = at + (1 << sizeLog2);
    return at;
  }

  /**
   * Doubles a block in place when it ends at `top` (nothing lies past it): true, and the
   * block is now `2^(sizeLog2 + 1)` slots. False, and nothing changes, otherwise. A key that
   * keeps growing alone thus never leaves its old blocks behind.
   */
  extend(offset: number, sizeLog2: number): boolean {
    const size = 1 << sizeLog2;
    if (offset + size !== this.top) return false;
    this.top += size;
    return true;
  }

  /** Returns a block taken with the same `sizeLog2`. */
  give(offset: number, sizeLog2: number): void {
    let list = this.free[sizeLog2];
    if (list === undefined) {
      list = [];
      this.free[sizeLog2] = list;
    }
    list.push(offset);
    this.freeSlots += 1 << sizeLog2;
  }

  /** Slots below `top` sitting in free lists (fragmentation, for stats). */
  get freeCount(): number {
    return this.freeSlots;
  }

  /** Forgets every block. */
  clear(): void {
    this.free.length = 0;
    this.freeSlots = 0;
    this.top = 0;
  }
}

/**
 * `log2` of a power of two: the size class of a block.
 *
 * @example
 * log2(8); // 3
 */
export function log2(powerOfTwo: number): number {
  return 31 - Math.clz32(powerOfTwo);
}
