import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/core/errors.js';

describe('describeValue: any caller value, quoted safely and briefly', () => {
  it('quotes small values as JSON, and never throws', () => {
    expect(describeValue({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(describeValue(10n)).toBe('bigint');
    expect(describeValue(Symbol('s'))).toBe('symbol');
    expect(describeValue(Object.create(null))).toBe('{}');
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(describeValue(cycle)).toBe('a large structure');
  });

  it('describes a huge list by its length instead of expanding it', () => {
    expect(describeValue(new Array(2 ** 32 - 1))).toBe('a list of 4294967295 elements');
    expect(describeValue(Array.from({ length: 5000 }, () => 'x'))).toBe('a list of 5000 elements');
    expect(describeValue({ nested: new Array(10_000) })).toBe('a large structure');
  });
});
