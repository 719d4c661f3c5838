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

/** Whether `value` is frozen with only data properties (no getter could answer differently later). */
function immutable(value: object): boolean {
  if (!Object.isFrozen(value)) return false;
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

function walk(value: unknown, seen: Set<object>): Walk {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) ? true : [];
  if (typeof value !== 'object') return [];
  if (settled.has(value)) return true;
  if (seen.has(value)) return [];
  const isArray = Array.isArray(value);
  const proto: unknown = Object.getPrototypeOf(value);
  if (!isArray && proto !== Object.prototype && proto !== null) return [];
  seen.add(value);
  let frozen = true;
  // JSON writes an array's indexes only, an object's own enumerable string keys.
  const keys: (string | number)[] = isArray ? [...value.keys()].filter((i) => i in value) : Object.keys(value);
  const record = value as Record<string | number, unknown>;
  for (const key of keys) {
    const child = walk(record[key], seen);
    if (typeof child !== 'boolean') {
      seen.delete(value);
      child.push(key);
      return child;
    }
    frozen &&= child;
  }
  seen.delete(value);
  frozen &&= immutable(value);
  if (frozen) settled.add(value);
  return frozen;
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
  const found = walk(value, new Set());
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
