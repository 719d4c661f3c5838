/**
 * The block arena under the port table: power-of-two blocks handed out from one index space,
 * freed blocks reused first, and a last block doubled in place.
 */
import { describe, expect, it } from 'vitest';
import { BlockArena, log2 } from '../../src/data-plane/block-arena.js';

describe('BlockArena', () => {
  it('hands out blocks one after another and moves top past them', () => {
    const arena = new BlockArena();
    expect(arena.take(3)).toBe(0);
    expect(arena.take(4)).toBe(8);
    expect(arena.take(0)).toBe(24);
    expect(arena.top).toBe(25);
    expect(arena.freeCount).toBe(0);
  });

  it('reuses a given-back block of the same size first, most recent first', () => {
    const arena = new BlockArena();
    const a = arena.take(3);
    const b = arena.take(3);
    arena.take(4);
    arena.give(a, 3);
    arena.give(b, 3);
    expect(arena.freeCount).toBe(16);
    expect(arena.take(4)).toBe(32); // no free block of 16: a new one
    expect(arena.take(3)).toBe(b);
    expect(arena.take(3)).toBe(a);
    expect(arena.freeCount).toBe(0);
    expect(arena.take(3)).toBe(48);
  });

  it('doubles only the last block in place', () => {
    const arena = new BlockArena();
    const a = arena.take(3);
    const b = arena.take(3);
    expect(arena.extend(a, 3)).toBe(false); // b lies after it
    expect(arena.top).toBe(16);
    expect(arena.extend(b, 3)).toBe(true);
    expect(arena.top).toBe(24);
    expect(arena.extend(b, 4)).toBe(true); // now 16 slots, still the last
    expect(arena.top).toBe(40);
    expect(arena.extend(b, 3)).toBe(false); // not the size it has
    arena.give(b, 5);
    expect(arena.take(5)).toBe(b);
  });

  it('forgets everything on clear', () => {
    const arena = new BlockArena();
    arena.give(arena.take(2), 2);
    arena.clear();
    expect(arena.top).toBe(0);
    expect(arena.freeCount).toBe(0);
    expect(arena.take(2)).toBe(0);
  });
});

describe('log2', () => {
  it('gives the exponent of a power of two', () => {
    expect([1, 2, 8, 1024, 65_536, 2 ** 30].map(log2)).toEqual([0, 1, 3, 10, 16, 30]);
  });
});
