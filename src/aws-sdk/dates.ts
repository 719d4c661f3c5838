/**
 * Timestamps as the SDK deserializer hands them out: `Date` objects. The model keeps time as
 * epoch milliseconds; this walks the command's own output schema (the static schema arrays
 * of `@smithy/core/schema` that SDK v3 clients ship) and turns every timestamp member into a
 * `Date`. Values that are already `Date`s are kept; without a schema (older SDKs) the output
 * is returned as it is.
 *
 * @module
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Schema codes of `@smithy/core/schema` (`sentinels.ts`): timestamps, list and map modifiers. */
const TIMESTAMP_FIRST = 4;
const TIMESTAMP_LAST = 7;
const LIST_MODIFIER = 64;
const MAP_MODIFIER = 128;
const MEMBER_MASK = 0b0011_1111;

/** Static schema kinds: [kind, namespace, name, traits, ...]. */
const SIMPLE = 0;
const LIST = 1;
const MAP = 2;
const STRUCT = 3;
const UNION = 4;
const ERROR = -3;
const OPERATION = 9;

/** A timestamp value as the SDK would deserialize it. */
function toDate(value: unknown): unknown {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value);
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : new Date(ms);
  }
  return value;
}

/** Resolves a lazy schema reference (`() => schema`). */
function deref(ref: unknown): unknown {
  return typeof ref === 'function' ? (ref as () => unknown)() : ref;
}

function reviveList(member: unknown, value: unknown): unknown {
  return Array.isArray(value) ? value.map((item: unknown) => revive(member, item)) : value;
}

function reviveMap(member: unknown, value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = revive(member, item);
  return out;
}

function reviveStruct(names: unknown, members: unknown, value: unknown): unknown {
  if (!isRecord(value) || !Array.isArray(names) || !Array.isArray(members)) return value;
  const out: Record<string, unknown> = { ...value };
  names.forEach((name: unknown, index) => {
    if (typeof name === 'string' && Object.hasOwn(value, name)) out[name] = revive(members[index], value[name]);
  });
  return out;
}

/** Converts the timestamps of `value` according to the schema reference `ref`. */
function revive(ref: unknown, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const schema = deref(ref);
  if (typeof schema === 'number') {
    if (schema >= TIMESTAMP_FIRST && schema <= TIMESTAMP_LAST) return toDate(value);
    if (schema >= MAP_MODIFIER && schema <= 0xff) return reviveMap(schema & MEMBER_MASK, value);
    if (schema >= LIST_MODIFIER && schema < MAP_MODIFIER) return reviveList(schema & MEMBER_MASK, value);
    return value;
  }
  if (!Array.isArray(schema)) return value;
  // A member schema with its own traits: [target, traits].
  if (schema.length === 2) return revive(schema[0], value);
  switch (schema[0]) {
    case SIMPLE:
      return revive(schema[4], value);
    case LIST:
      return reviveList(schema[4], value);
    case MAP:
      return reviveMap(schema[5], value);
    case STRUCT:
    case UNION:
    case ERROR:
      return reviveStruct(schema[4], schema[5], value);
    default:
      return value;
  }
}

/**
 * The output of an operation with its timestamp members as `Date`s, per the operation's
 * schema (`[9, namespace, name, traits, input, output]`). Unknown schema shapes leave the
 * output untouched.
 *
 * @example
 * reviveDates(DescribeLoadBalancers$, { LoadBalancers: [{ CreatedTime: 1767225600000 }] });
 * // { LoadBalancers: [{ CreatedTime: new Date('2026-01-01T00:00:00.000Z') }] }
 */
export function reviveDates(operationSchema: unknown, output: unknown): unknown {
  const schema = deref(operationSchema);
  if (!Array.isArray(schema) || schema[0] !== OPERATION) return output;
  return revive(schema[5], output);
}
