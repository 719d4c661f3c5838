import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameJsonData } from '../../src/testing/_internals/same-json.js';

describe('sameJsonData (the determinism replay compares worlds with it)', () => {
  it('says true for shared and for equal plain data', () => {
    const shared = { a: [1, 2, { b: 'x' }] };
    expect(sameJsonData(shared, shared)).toBe(true);
    expect(sameJsonData({ x: shared, y: [true, null] }, { x: JSON.parse(JSON.stringify(shared)), y: [true, null] })).toBe(true);
  });

  it('says false for a different value, key order, length or kind', () => {
    expect(sameJsonData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJsonData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJsonData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJsonData([1], { 0: 1 })).toBe(false);
    expect(sameJsonData({ a: null }, { a: {} })).toBe(false);
    expect(sameJsonData({ a: 'x' }, { a: 'x', b: 1 })).toBe(false);
  });

  it('is conservative where JSON would write values alike: NaN, a Date, toJSON', () => {
    expect(sameJsonData(Number.NaN, Number.NaN)).toBe(false);
    // -0 and 0 are written alike ("0"), and -0 === 0: saying true keeps the promise.
    expect(sameJsonData([-0], [0])).toBe(true);
    expect(JSON.stringify([-0])).toBe(JSON.stringify([0]));
    const d = new Date(0);
    expect(sameJsonData({ d }, { d: new Date(0) })).toBe(false);
    expect(sameJsonData({ toJSON: () => 1 }, { toJSON: () => 1 })).toBe(false);
  });

  it('true only when the JSON texts are equal, and true for a copy (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        if (sameJsonData(a, b)) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        // A copy through JSON is the same data. Where `a` holds -0 (JSON writes it as 0) either
        // answer is allowed: -0 === 0, and the texts are equal anyway.
        const copy: unknown = JSON.parse(JSON.stringify(a));
        if (!hasNegativeZero(a)) expect(sameJsonData(a, copy)).toBe(true);
      }),
    );
  });
});

function hasNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasNegativeZero);
}
