/**
 * Comparing two values as their JSON texts would compare, without writing the texts when the
 * values share structure: worlds are frozen and structurally shared, so two worlds that grew
 * from the same one are mostly the same objects, and only what differs is walked.
 *
 * @module
 */

/** A plain array or object (what JSON writes by its own keys, with no `toJSON` of its own). */
function plainContainer(value: object): boolean {
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !Object.hasOwn(value, 'toJSON');
}

/**
 * Whether `a` and `b` are the same plain JSON data, the same keys in the same order: when
 * it says `true`, `JSON.stringify(a) === JSON.stringify(b)`. It may say `false` for values
 * JSON would write alike (`-0` and `0`, a key holding `undefined` and no key, a `toJSON`
 * object or class instance anywhere they differ): compare the texts then.
 *
 * @example
 * sameJsonData(cloud.world, replayed.world) || JSON.stringify(cloud.world) === JSON.stringify(replayed.world);
 */
export function sameJsonData(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (!plainContainer(a) || !plainContainer(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJsonData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined || key !== others[i]) return false;
    if (!sameJsonData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
