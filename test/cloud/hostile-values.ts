/**
 * Hostile values for the hostile-input property test: wrong types, holes, prototype names
 * as keys and as values, huge strings and arrays, unicode and lone surrogates, nested
 * garbage, odd numbers (NaN, -0, 2^53, Infinity), symbols, functions, null-prototype
 * objects, mixed with real names of the seeded world (so deeper checks are reached) and with
 * values shaped as a field of that name usually is.
 */
import { fc } from '@fast-check/vitest';

/** Names `Object.prototype` (or a thenable check) answers to. */
export const PROTOTYPE_NAMES = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__', 'toJSON', 'then',
] as const;

/** Fields nested in request lists and structures (filters, tags, rules, targets, actions...). */
export const NESTED_FIELDS = [
  'Name', 'Values', 'Key', 'Value', 'ResourceType', 'Tags', 'Id', 'Port', 'AvailabilityZone', 'IpProtocol', 'FromPort',
  'ToPort', 'IpRanges', 'CidrIp', 'UserIdGroupPairs', 'GroupId', 'UserId', 'Description', 'Type', 'TargetGroupArn',
  'ForwardConfig', 'TargetGroups', 'SubnetId', 'PrivateIPv4Address', 'AllocationId', 'DnsRecordIpType', 'Ipv6Ranges',
  'PrefixListIds', 'GroupName',
] as const;

const ODD_NUMBERS = [
  Number.NaN, -0, 0, 1, -1, 0.5, 4, 5, 400, 401, 1000, 1001, 65_535, 65_536, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2,
  -(2 ** 53), Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 1e308, 8.64e15,
  Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
];

const ODD_STRINGS = [
  '', ' ', '\u0000', '\uD800', '\uDFFF', '\u202E', '\uFEFF', 'é', '𝕏', '*', '?', '%s', "'", '"', '\\', '${x}', '../..',
  'null', 'undefined', 'NaN', 'true', '-1', '1e308', 'x'.repeat(65), 'arn:aws:iam::', 'vpc-', 'vpc-00000000', 'aws:x',
];

/** A string of `n` characters, built lazily so shrinking stays cheap. */
const huge = (n: number) => fc.constant(n).map((length) => 'a'.repeat(length));

/** Hostile strings, mixed with `real` names of the world. */
export function hostileString(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(...real).map((s) => `${s}${s.slice(-3)}`) },
    { weight: 1, arbitrary: fc.oneof(huge(100_000), huge(1_000_000)) },
  );
}

/** Arrays no request should carry: holes, sparse slots, huge lengths. */
const oddArrays = fc.constantFrom(
  () => [,],
  () => new Array(3),
  () => ['x', , 'y'],
  () => [undefined],
  () => [null],
  () => new Array(100_000).fill('vpc-0123456789abcdef0'),
  () => Object.assign(new Array(2 ** 32 - 1), { 0: 'x' }),
).map((make) => make() as unknown);

/** Objects with prototype names as their own keys (as `JSON.parse` makes them), or no prototype. */
const protoKeyed = fc.constantFrom(
  () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown,
  () => JSON.parse('[{"__proto__":"x","Name":"vpc-id","Values":["x"]}]') as unknown,
  () => Object.assign(Object.create(null) as object, { Key: 'k', Value: 'v' }),
  () => ({ toString: 1, valueOf: 2 }),
  () => ({ then: () => undefined }),
).map((make) => make());

const leaves = (real: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: hostileString(real) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null, undefined) },
    { weight: 1, arbitrary: oddArrays },
    { weight: 1, arbitrary: protoKeyed },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(Symbol('hostile'), () => 1, 10n, new Date(Number.NaN), new Map([[1, 2]])) },
    {
      weight: 1,
      arbitrary: fc.anything({
        maxDepth: 2,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    },
  );

/** A value shaped as a field named `name` usually is (lists for plurals, numbers for ports...). */
function shapedFor(name: string, real: readonly string[], value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const text = hostileString(real);
  if (name === 'Filters') return fc.array(fc.record({ Name: text, Values: fc.array(text, { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 3 });
  if (name === 'Tags') return fc.array(fc.record({ Key: text, Value: text }, { requiredKeys: [] }), { maxLength: 3 });
  if (name === 'TagSpecifications') {
    return fc.array(fc.record({ ResourceType: text, Tags: fc.array(fc.record({ Key: text, Value: text }), { maxLength: 2 }) }), { maxLength: 2 });
  }
  if (/(Ids|Arns|Names|Principals|Subnets|Groups|Events|Types)$/.test(name)) return fc.array(fc.oneof(text, value), { maxLength: 4 });
  if (/(Port|Results|Size|Count)$/.test(name)) return fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.integer({ min: 0, max: 70_000 }));
  if (/^(DryRun|Enable|AcceptanceRequired|PrivateDnsEnabled|Reset|Remove)/.test(name)) return fc.oneof(fc.boolean(), value);
  return fc.oneof(text, value);
}

/**
 * Hostile values, nested up to a few levels: structures keyed by `fields` (and prototype
 * names) whose values are themselves hostile, lists of them, and leaves.
 */
export function hostileValue(real: readonly string[], fields: readonly string[]): fc.Arbitrary<unknown> {
  const keys = fc.constantFrom(...fields, ...NESTED_FIELDS, ...PROTOTYPE_NAMES);
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaves(real),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
    ),
  }));
  return value;
}

/** A request for an action reading `fields`: garbage, or a structure of those fields with shaped or hostile values. */
export function hostileRequest(real: readonly string[], fields: readonly string[]): fc.Arbitrary<unknown> {
  const value = hostileValue(real, fields);
  const field = fc.constantFrom(...fields, ...PROTOTYPE_NAMES).chain((name) => fc.tuple(fc.constant(name), shapedFor(name, real, value)));
  return fc.oneof(
    { weight: 1, arbitrary: value },
    {
      weight: 6,
      arbitrary: fc.array(field, { maxLength: 7 }).map((entries) => Object.fromEntries(entries) as unknown),
    },
  );
}

type Path = readonly (string | number)[];

/** Every path into a plain value: keys of objects, indexes of arrays. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

/** One change to a request: set a path (an own key, even `__proto__`) or delete it (a hole in a list). */
type Mutation = { path: Path; set: true; value: unknown } | { path: Path; set: false };

function applyMutation(root: Record<string, unknown>, m: Mutation): void {
  let parent: unknown = root;
  for (const step of m.path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return;
    parent = (parent as Record<string | number, unknown>)[step];
  }
  const key = m.path[m.path.length - 1];
  if (typeof parent !== 'object' || parent === null || key === undefined) return;
  if (!m.set) Reflect.deleteProperty(parent, key);
  else Object.defineProperty(parent, key, { value: m.value, enumerable: true, writable: true, configurable: true });
}

/**
 * A valid `base` request with up to three mutations: a field (or a list element, or a field
 * of one) set to a hostile value, deleted (a hole, for a list element), or added under
 * another field name or a prototype name. No mutation at all is the valid request itself.
 */
export function mutatedRequest(base: Record<string, unknown>, real: readonly string[], fields: readonly string[]): fc.Arbitrary<unknown> {
  const value = hostileValue(real, fields);
  const paths = pathsOf(base);
  const added = fc.constantFrom(...fields, ...PROTOTYPE_NAMES).chain((name) =>
    shapedFor(name, real, value).map((v): Mutation => ({ path: [name], set: true, value: v })),
  );
  const mutation =
    paths.length === 0
      ? added
      : fc.oneof(
          fc.tuple(fc.constantFrom(...paths), value).map(([path, v]): Mutation => ({ path, set: true, value: v })),
          fc.constantFrom(...paths).map((path): Mutation => ({ path, set: false })),
          added,
        );
  return fc.array(mutation, { maxLength: 3 }).map((mutations) => {
    const request = structuredClone(base);
    for (const m of mutations) applyMutation(request, m);
    return request as unknown;
  });
}
