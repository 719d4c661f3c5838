/**
 * Lookups in the model's fixed tables (action registries, attribute catalogues, filter
 * fields, the regions catalogue, timer handlers) by a key that may be caller text. A plain
 * `table[key]` answers `constructor`, `toString` or `__proto__` from `Object.prototype`;
 * this reads the table's own keys only, so such a name is simply not there. Keyed data that
 * grows with the world lives in `table.ts`, never in a plain object.
 *
 * @module
 */
import { contentOf, nodeOf, valueIn } from './draft.js';

/**
 * The value `table` holds under its own key `key`, or `undefined` (also for a key that is
 * not a string, and for names `Object.prototype` answers to).
 *
 * @example
 * ownValue({ CreateVpc: createVpc }, 'CreateVpc'); // createVpc
 * ownValue({ CreateVpc: createVpc }, 'constructor'); // undefined
 */
export function ownValue<Value>(table: Readonly<Record<string, Value>>, key: unknown): Value | undefined {
  if (typeof key !== 'string') return undefined;
  // A world's record in a recipe is a draft: asking the Proxy `hasOwn` costs a property
  // descriptor (and a child draft) per call; its current content answers without either.
  const node = nodeOf(table);
  if (node === undefined) return undefined;
  return Object.hasOwn(contentOf(node), key) ? (valueIn(node, key) as Value) : undefined;
}

/**
 * Whether `key` is one of `table`'s own keys (`key in table` without the prototype).
 *
 * @example
 * isOwnKey({ ec2: 1, elbv2: 2 }, 'ec2'); // true
 * isOwnKey({ ec2: 1, elbv2: 2 }, 'toString'); // false
 */
export function isOwnKey<Key extends string>(table: Readonly<Record<Key, unknown>>, key: unknown): key is Key {
  return typeof key === 'string' && Object.hasOwn(table, key);
}
