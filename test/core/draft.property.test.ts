/**
 * The copy-on-write drafts (`src/core/draft.ts`) against a plain deep copy: any sequence of
 * reads and writes through a draft gives the same data as the same writes on a mutable copy,
 * shares every object it left untouched with the base, is deeply frozen, and never changes
 * the base. Objects here have up to 40 keys and arrays up to 40 items, so a draft's children
 * pass the length where they move from a list to a Map.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { deepFreeze, isDraft, produce } from '../../src/core/draft.js';

type Tree = { [key: string]: Tree | number };

/** A tree of objects, `width` keys per level, `depth` levels, numbers at the leaves. */
function tree(depth: number, width: number): Tree {
  const out: Tree = {};
  for (let i = 0; i < width; i++) out[`k${i}`] = depth === 0 ? i : tree(depth - 1, Math.max(1, width >> 2));
  return out;
}

/** One step of a recipe: read down `path` (keys as indexes into each level), then set a number there or replace the subtree. */
interface Step {
  path: number[];
  action: 'read' | 'set' | 'replace';
  value: number;
}

const step = fc.record({
  path: fc.array(fc.nat({ max: 39 }), { minLength: 1, maxLength: 3 }),
  action: fc.constantFrom('read' as const, 'set' as const, 'replace' as const),
  value: fc.integer({ min: -5, max: 5 }),
});

/** Walks `root` along `path` (each index modulo the keys there); the holder and key of the last step. */
function locate(root: Tree, path: readonly number[]): [Tree, string] | undefined {
  let holder = root;
  for (let i = 0; i < path.length; i++) {
    const keys = Object.keys(holder);
    if (keys.length === 0) return undefined;
    const key = keys[(path[i] ?? 0) % keys.length] as string;
    const next = holder[key];
    if (i === path.length - 1 || typeof next !== 'object') return [holder, key];
    holder = next;
  }
  return undefined;
}

/** Applies `steps`; returns the top-level keys under which something was written. */
function apply(root: Tree, steps: readonly Step[]): Set<string> {
  const written = new Set<string>();
  for (const s of steps) {
    const at = locate(root, s.path);
    if (at === undefined) continue;
    const [holder, key] = at;
    if (s.action === 'read') {
      void holder[key];
      continue;
    }
    const top = Object.keys(root)[(s.path[0] ?? 0) % Object.keys(root).length];
    if (top !== undefined) written.add(top);
    if (s.action === 'set') holder[key] = s.value;
    else holder[key] = { fresh: s.value, list: s.value };
  }
  return written;
}

const clone = (t: Tree): Tree => JSON.parse(JSON.stringify(t)) as Tree;

/** Whether `t` and everything under it is frozen. */
function isDeeplyFrozen(t: unknown): boolean {
  if (typeof t !== 'object' || t === null) return true;
  return Object.isFrozen(t) && Object.values(t).every(isDeeplyFrozen);
}

test.prop([fc.array(step, { maxLength: 60 }), fc.integer({ min: 1, max: 40 })], { numRuns: 200 })(
  'a recipe gives what the same writes give on a deep copy, shares what it left alone, and leaves the base as it was',
  (steps, width) => {
    const base = deepFreeze(tree(2, width));
    const before = JSON.stringify(base);
    const expected = clone(base);
    const written = apply(expected, steps);
    const next = produce(base, (draft) => {
      apply(draft, steps);
    });
    expect(JSON.stringify(base)).toBe(before);
    expect(next).toEqual(expected);
    expect(isDeeplyFrozen(next)).toBe(true);
    expect(isDraft(next)).toBe(false);
    for (const key of Object.keys(base)) if (!written.has(key)) expect(next[key]).toBe(base[key]);
    if (written.size === 0) expect(next).toBe(base);
  },
);

describe('drafts with many children', () => {
  it('reading every item of a long array keeps one draft per item and finishes the changed ones', () => {
    const base = deepFreeze({ items: Array.from({ length: 200 }, (_, i) => ({ v: i })) });
    const next = produce(base, (draft) => {
      const first = draft.items[7];
      for (const item of draft.items) if (item.v % 50 === 0) item.v = -item.v;
      expect(draft.items[7]).toBe(first);
      const late = draft.items[150];
      if (late) late.v = 1_000;
    });
    expect(next.items[50]).toEqual({ v: -50 });
    expect(next.items[150]).toEqual({ v: 1_000 });
    expect(next.items[1]).toBe(base.items[1]);
    expect(next.items.filter((item, i) => item !== base.items[i]).length).toBe(4);
  });

  it('a key given another value after its draft was made keeps the new value', () => {
    const base = deepFreeze({ a: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, { v: i }])) as Record<string, { v: number }> });
    const next = produce(base, (draft) => {
      for (let i = 0; i < 30; i++) void draft.a[`k${i}`];
      const old = draft.a.k3;
      if (old) old.v = 99;
      draft.a.k3 = { v: 3_000 };
      void draft.a.k3;
    });
    expect(next.a.k3).toEqual({ v: 3_000 });
    expect(next.a.k4).toBe(base.a.k4);
  });
});
