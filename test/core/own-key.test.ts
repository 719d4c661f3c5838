import { describe, expect, it } from 'vitest';
import { isOwnKey, ownValue } from '../../src/core/own-key.js';

const TABLE: Readonly<Record<string, number>> = { CreateVpc: 1, DescribeVpcs: 2 };

describe('own-key lookups in fixed tables', () => {
  it('finds own keys only, never what Object.prototype answers to', () => {
    expect(ownValue(TABLE, 'CreateVpc')).toBe(1);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      expect(ownValue(TABLE, name)).toBeUndefined();
      expect(isOwnKey(TABLE, name)).toBe(false);
    }
  });

  it('answers undefined for keys that are not strings', () => {
    for (const key of [undefined, null, 1, Symbol('x'), {}, ['CreateVpc']]) {
      expect(ownValue(TABLE, key)).toBeUndefined();
      expect(isOwnKey(TABLE, key)).toBe(false);
    }
  });

  it('reads a prototype name when a table does hold it as its own key', () => {
    const table = JSON.parse('{"__proto__": 7, "constructor": 8}') as Record<string, number>;
    expect(ownValue(table, '__proto__')).toBe(7);
    expect(ownValue(table, 'constructor')).toBe(8);
  });
});
