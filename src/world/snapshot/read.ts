/**
 * Readers for snapshots: small combinators that check a value of unknown origin (JSON,
 * `structuredClone`, a hand-edited file, a fuzzer) against the shape the World declares and
 * rebuild it as fresh plain data. A reader throws {@link SnapshotProblem} naming the path of
 * the first bad field. Plain data only: no accessors, symbols, holes, cycles, class instances,
 * BigInts or non-finite numbers get through, and nothing of the input is kept.
 *
 * The readers' output types are checked against the World's types at compile time
 * (`test/world/snapshot-types.test-d.ts`), so the schema cannot drift from the model.
 *
 * @module
 */

/**
 * Where a value sits in a snapshot: a root text (`$`, `$.accounts`) or a key under another
 * path. Readers pass paths down for every field, and nearly every snapshot is valid, so a
 * path is made into text only when a problem is reported (building the text of every
 * field's path was a third of a load).
 */
export type SnapshotPath = string | PathStep;

/** A key under a parent path (see {@link SnapshotPath}). */
export class PathStep {
  constructor(
    /** The path of the container. */
    readonly parent: SnapshotPath,
    /** The key (a field or map key) or index (a list item) in it. */
    readonly key: string | number,
  ) {}
}

/**
 * A path as text, JSONPath-like: `.name` for identifiers, `["text"]` otherwise, `[i]` for
 * list items.
 *
 * @example
 * pathText(pathOf(pathOf('$', 'regions'), 'us-east-1')); // '$.regions["us-east-1"]'
 */
export function pathText(path: SnapshotPath): string {
  const keys: (string | number)[] = [];
  let at: SnapshotPath = path;
  while (typeof at !== 'string') {
    keys.push(at.key);
    at = at.parent;
  }
  let out = at;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] ?? '';
    if (typeof key === 'number') out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Why a snapshot was refused, and where. */
export class SnapshotProblem extends Error {
  /** JSONPath-like location of the bad value, e.g. `$.regions["us-east-1"].vpcs["vpc-1"].CidrBlock`. */
  readonly path: string;

  constructor(
    at: SnapshotPath,
    /** What is wrong with it. */
    readonly why: string,
  ) {
    const path = pathText(at);
    super(`${path} ${why}`);
    this.path = path;
  }
}

/** Checks `value` found at `path` and returns a fresh copy of it. */
export type Reader<T> = (value: unknown, path: SnapshotPath) => T;

/** The type a reader produces. */
export type ReadType<R> = R extends Reader<infer T> ? T : never;

/** The path of a key under `path` (made into text only if a problem is reported there). */
export function pathOf(path: SnapshotPath, key: string | number): SnapshotPath {
  return new PathStep(path, key);
}

/** Deepest nesting a World has is about 12; anything far deeper is not a world. */
const MAX_DEPTH = 64;
const open = new Set<object>();

/**
 * Reads a container: refuses cycles and absurd depth around `read` (readers of recursive
 * structures wrap their own recursion in it).
 */
export function within<T>(value: object, path: SnapshotPath, read: () => T): T {
  if (open.has(value)) throw new SnapshotProblem(path, 'refers back to an object that contains it (a cycle)');
  if (open.size >= MAX_DEPTH) throw new SnapshotProblem(path, `is nested deeper than ${MAX_DEPTH} levels`);
  open.add(value);
  try {
    return read();
  } finally {
    open.delete(value);
  }
}

/** Forgets containers of an earlier read that threw (the entry point calls it first). */
export function resetReaders(): void {
  open.clear();
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}` : `${typeof value} ${String(value)}`;
}

/** A data property's value; accessors and symbols are not data. */
function dataProperty(owner: object, key: string, path: SnapshotPath): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(owner, key);
  if (descriptor === undefined) return undefined;
  if (descriptor.get !== undefined || descriptor.set !== undefined) throw new SnapshotProblem(pathOf(path, key), 'is an accessor, not data');
  return descriptor.value;
}

function plainObject(value: unknown, path: SnapshotPath): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SnapshotProblem(path, `must be an object, found ${describe(value)}`);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new SnapshotProblem(path, 'must be a plain object');
  if (Object.getOwnPropertySymbols(value).length > 0) throw new SnapshotProblem(path, 'has symbol keys');
  return value as Record<string, unknown>;
}

/**
 * A string, optionally checked by `valid` (what it must be, for the message).
 *
 * @example
 * text(isAccountId, 'a 12-digit account id')('111111111111', '$.accounts'); // '111111111111'
 */
export function text(valid?: (s: string) => boolean, what = 'valid'): Reader<string> {
  return (value, path) => {
    if (typeof value !== 'string') throw new SnapshotProblem(path, `must be a string, found ${describe(value)}`);
    if (valid !== undefined && !valid(value)) throw new SnapshotProblem(path, `must be ${what}, found ${describe(value)}`);
    return value;
  };
}

/** Options of {@link num}. */
export interface NumberConstraints {
  /** @defaultValue false */
  integer?: boolean;
  /** @defaultValue -Number.MAX_VALUE */
  min?: number;
  /** @defaultValue Number.MAX_VALUE */
  max?: number;
}

/**
 * A finite number within bounds.
 *
 * @example
 * num({ integer: true, min: 0 })(3, '$.sequence'); // 3
 */
export function num(constraints: NumberConstraints = {}): Reader<number> {
  const { integer = false, min = -Number.MAX_VALUE, max = Number.MAX_VALUE } = constraints;
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new SnapshotProblem(path, `must be a finite number, found ${describe(value)}`);
    if (integer && !Number.isInteger(value)) throw new SnapshotProblem(path, `must be an integer, found ${value}`);
    if (value < min || value > max) throw new SnapshotProblem(path, `must be between ${min} and ${max}, found ${value}`);
    return value;
  };
}

/** A boolean. */
export const bool: Reader<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new SnapshotProblem(path, `must be true or false, found ${describe(value)}`);
  return value;
};

/**
 * One of fixed values.
 *
 * @example
 * oneOf(['active', 'failed'] as const)('active', '$.State'); // 'active'
 */
export function oneOf<T extends string | number | boolean>(values: readonly T[]): Reader<T> {
  const allowed = new Set<unknown>(values);
  return (value, path) => {
    if (!allowed.has(value)) throw new SnapshotProblem(path, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(value)}`);
    return value as T;
  };
}

/** Options of {@link list}. */
export interface ListConstraints {
  /** @defaultValue 0 */
  min?: number;
  /** @defaultValue no limit */
  max?: number;
  /** Items must differ (compared as JSON). @defaultValue false */
  unique?: boolean;
}

/**
 * A list (no holes, no extra properties), each item read by `item`.
 *
 * @example
 * list(text())(['a', 'b'], '$.Groups'); // ['a', 'b']
 */
export function list<T>(item: Reader<T>, constraints: ListConstraints = {}): Reader<T[]> {
  return (value, path) => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) throw new SnapshotProblem(path, `must be a list, found ${describe(value)}`);
    const items: unknown[] = value;
    if (constraints.max !== undefined && items.length > constraints.max) throw new SnapshotProblem(path, `holds ${items.length} items, at most ${constraints.max} allowed`);
    if (constraints.min !== undefined && items.length < constraints.min) throw new SnapshotProblem(path, `holds ${items.length} items, at least ${constraints.min} required`);
    if (Object.keys(items).length !== items.length) throw new SnapshotProblem(path, 'has holes or properties that are not items');
    return within(items, path, () => {
      const out: T[] = [];
      const seen = constraints.unique === true ? new Set<string>() : undefined;
      for (let i = 0; i < items.length; i++) {
        const at = pathOf(path, i);
        const read = item(dataProperty(items, String(i), path), at);
        if (seen !== undefined) {
          const key = JSON.stringify(read);
          if (seen.has(key)) throw new SnapshotProblem(at, 'repeats an earlier item');
          seen.add(key);
        }
        out.push(read);
      }
      return out;
    });
  };
}

/** Required fields of a struct: a reader per key. */
export type Fields = Record<string, Reader<unknown>>;

/** What {@link struct} produces: required fields, then optional ones (absent, never `undefined`). */
export type StructType<Required extends Fields, Optional extends Fields> = { [K in keyof Required]: ReadType<Required[K]> } & {
  [K in keyof Optional]?: ReadType<Optional[K]>;
};

/**
 * An object with exactly these fields: every required one, any optional one, nothing else.
 *
 * @example
 * struct({ Key: text(), Value: text() })({ Key: 'team', Value: 'a' }, '$.Tags[0]');
 */
export function struct<Required extends Fields, Optional extends Fields = Record<never, Reader<unknown>>>(
  required: Required,
  optional?: Optional,
): Reader<StructType<Required, Optional>> {
  const readers = new Map<string, Reader<unknown>>([...Object.entries(required), ...Object.entries(optional ?? {})]);
  return (value, path) => {
    const source = plainObject(value, path);
    for (const key of Object.keys(required)) if (!Object.hasOwn(source, key)) throw new SnapshotProblem(pathOf(path, key), 'is missing');
    return within(source, path, () => {
      const out: Record<string, unknown> = {};
      // In the input's order: a restored world serialises to the same text as the saved one.
      for (const key of Object.keys(source)) {
        const read = readers.get(key);
        if (read === undefined) throw new SnapshotProblem(pathOf(path, key), 'is not a field of this record');
        const field = dataProperty(source, key, path);
        if (field === undefined && !Object.hasOwn(required, key)) continue;
        out[key] = read(field, pathOf(path, key));
      }
      return out as StructType<Required, Optional>;
    });
  };
}

/**
 * An object used as a map: every key checked by `key`, every value by `value`.
 *
 * @example
 * dict(text(isRegionName), regionState)(world.regions, '$.regions');
 */
export function dict<T>(key: Reader<string>, value: Reader<T>): Reader<Record<string, T>> {
  return (input, path) => {
    const source = plainObject(input, path);
    return within(source, path, () => {
      const out: Record<string, T> = {};
      for (const name of Object.keys(source)) {
        const at = pathOf(path, name);
        key(name, at);
        // Defined, not assigned: a key such as `__proto__` stays an ordinary key.
        Object.defineProperty(out, name, { value: value(dataProperty(source, name, path), at), enumerable: true, writable: true, configurable: true });
      }
      return out;
    });
  };
}
