/**
 * Invariant 9's "the world is plain JSON data" check, made incremental by the world's own
 * immutability: a subtree that is deeply frozen, made only of data properties, and was found
 * clean once can never become unclean, so later walks skip it. Each change of an immutable
 * world shares every untouched subtree with the world before it, so after the first walk a
 * step only walks the objects the step created. A world that is not frozen (a snapshot
 * restored from JSON, a hand-built one) is walked whole every time: same answer, no shortcut.
 *
 * @module
 */

/**
 * Objects known to be JSON-clean and deeply frozen. Shared by every cloud: such an object
 * cannot change, whichever world holds it.
 */
const settled = new WeakSet<object>();

/**
 * Whether `value` is frozen with only data properties (no getter could answer differently
 * later). Asks for descriptors only when V8 says the object might have an accessor: an
 * object whose every key reads back through `Object.values` in one pass is still checked,
 * but without a descriptor object per key for the arrays that make up most of a world.
 */
function immutable(value: object, isArray: boolean, length: number): boolean {
  if (!Object.isFrozen(value)) return false;
  if (isArray) {
    // A frozen array's elements are data unless defined otherwise one by one; one check each.
    for (let i = 0; i < length; i++) {
      if (!(i in value)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(value, i);
      if (descriptor === undefined || descriptor.get !== undefined || descriptor.set !== undefined) return false;
    }
    return true;
  }
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) return false;
  }
  return true;
}

/** Where the first value JSON cannot carry is: the keys leading to it, innermost first. */
type BadPath = (string | number)[];

/** Whether a subtree is deeply frozen (and, when clean, now remembered), or where it is bad. */
type Walk = boolean | BadPath;

/**
 * Walks `value`; `path` holds the objects from the root down to it (a shared cycle is an
 * object met again on its own path). A world is a few levels deep, so the path is short.
 */
function walk(value: unknown, path: object[]): Walk {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) ? true : [];
  if (typeof value !== 'object') return [];
  if (settled.has(value)) return true;
  if (path.includes(value)) return [];
  const isArray = Array.isArray(value);
  const proto: unknown = Object.getPrototypeOf(value);
  if (!isArray && proto !== Object.prototype && proto !== null) return [];
  path.push(value);
  let frozen = true;
  let length = 0;
  if (isArray) {
    // JSON writes an array's indexes (a hole as null, which is not what the world held).
    const items = value as unknown[];
    length = items.length;
    for (let i = 0; i < length; i++) {
      if (!(i in items)) continue;
      const child = walkChild(items[i], i, path);
      if (typeof child !== 'boolean') return child;
      frozen &&= child;
    }
  } else {
    // ... an object's own enumerable string keys.
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      const child = walkChild(record[key], key, path);
      if (typeof child !== 'boolean') return child;
      frozen &&= child;
    }
  }
  path.pop();
  frozen &&= immutable(value, isArray, length);
  if (frozen) settled.add(value);
  return frozen;
}

/** Walks the child at `key` of the object last on `path`; a bad path comes back with `key` added and the object off `path`. */
function walkChild(value: unknown, key: string | number, path: object[]): Walk {
  const found = walk(value, path);
  if (typeof found === 'boolean') return found;
  path.pop();
  found.push(key);
  return found;
}

function formatPath(bad: BadPath): string {
  let path = '$';
  for (let i = bad.length - 1; i >= 0; i--) {
    const key = bad[i];
    path += typeof key === 'number' ? `[${key}]` : `.${key ?? ''}`;
  }
  return path;
}

/**
 * The JSON path of the first value JSON cannot carry faithfully in `value` (`undefined`,
 * a function, a non-finite number, a class instance, a shared cycle), or `undefined` when it
 * is plain data. Same answer as a full walk; deeply frozen subtrees found clean before are
 * not walked again.
 *
 * @example
 * firstNonJsonPathSettled(cloud.world); // undefined, walking only what changed since the last call
 * firstNonJsonPathSettled({ a: [1, { b: undefined }] }); // '$.a[1].b'
 */
export function firstNonJsonPathSettled(value: unknown): string | undefined {
  const found = walk(value, []);
  return typeof found === 'boolean' ? undefined : formatPath(found);
}

/**
 * Whether `value` is an object this module has found JSON-clean and deeply frozen, so that
 * sharing it (same reference) between two worlds means its content is the same in both.
 *
 * @example
 * firstNonJsonPathSettled(before); // walks and remembers
 * isSettled(before.regions['us-east-1']); // true for a world produced by a command
 */
export function isSettled(value: unknown): boolean {
  return typeof value === 'object' && value !== null && settled.has(value);
}

/**
 * Walks `world` (remembering what is deeply frozen and clean) and returns it: a world to
 * check later changes against with `checkInvariants(cloud, { since: world })`.
 *
 * @example
 * const before = settle(cloud.world);
 */
export function settle<T>(world: T): T {
  firstNonJsonPathSettled(world);
  return world;
}
