/**
 * What the hostile-input property test checks after every call, written apart from the
 * model: the error codes the model declares (read from `CloudErrorCode` in the source), the
 * built-in prototypes untouched, the world plain JSON data (no holes, no `undefined` slots,
 * no non-finite numbers), and the fields each registered action's request declares (read
 * from its source file, so a new action is attacked on its own fields at once).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCloudError } from '../../src/index.js';

const SRC = join(import.meta.dirname, '../../src');

/** Every code of the `CloudErrorCode` union, read from `src/core/errors.ts`. */
export function declaredErrorCodes(): ReadonlySet<string> {
  const text = readFileSync(join(SRC, 'core/errors.ts'), 'utf8');
  const union = /export type CloudErrorCode =([^;]+);/.exec(text)?.[1] ?? '';
  return new Set([...union.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? ''));
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/**
 * The PascalCase fields declared in the source file of each action (`CreateVpc` ->
 * `create-vpc.ts`): its request, nested and response shapes. Empty when no file matches.
 */
export function actionFields(actionNames: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const files = sourceFiles(SRC);
  const out = new Map<string, readonly string[]>();
  for (const name of actionNames) {
    // Both APIs may have an action of the name (`DescribeTags`): the fields of every one.
    const text = files.filter((f) => f.endsWith(`/${kebab(name)}.ts`)).map((f) => readFileSync(f, 'utf8')).join('\n');
    out.set(name, [...new Set([...text.matchAll(/^\s+([A-Z][A-Za-z0-9]*)\??:/gm)].map((m) => m[1] ?? ''))]);
  }
  return out;
}

const PROTOTYPES: readonly object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];

type Fingerprint = readonly (readonly [object, PropertyKey, unknown, unknown, unknown])[];

/** Every own property of the built-in prototypes, with its value or accessors. */
export function prototypeFingerprint(): Fingerprint {
  return PROTOTYPES.flatMap((proto) =>
    Reflect.ownKeys(proto).map((key) => {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      return [proto, key, d?.value, d?.get, d?.set] as const;
    }),
  );
}

/** The first difference between two fingerprints, or `undefined`. */
export function prototypeChange(before: Fingerprint, after: Fingerprint): string | undefined {
  if (before.length !== after.length) return `prototype keys ${before.length} -> ${after.length}`;
  const i = before.findIndex((entry, k) => entry.some((part, j) => !Object.is(part, after[k]?.[j])));
  return i < 0 ? undefined : `prototype property ${String(before[i]?.[1])} changed`;
}

/** A path in the world that is not plain JSON data, or `undefined`. */
export function nonPlainData(value: unknown, path = 'world'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value) || value[i] === undefined) return `${path}[${i}] is a hole`;
      const bad = nonPlainData(value[i], `${path}[${i}]`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return `${path} is ${typeof value}`;
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const bad = nonPlainData(child, `${path}.${key}`);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

/** What a call did: returned, or threw a model error with a declared code, or something else. */
export type Outcome = { kind: 'ok' } | { kind: 'cloud'; code: string } | { kind: 'raw'; error: unknown };

/** Runs `call` and classifies what happened. */
export function outcomeOf(call: () => unknown): Outcome {
  try {
    call();
    return { kind: 'ok' };
  } catch (error) {
    return isCloudError(error) ? { kind: 'cloud', code: error.code } : { kind: 'raw', error };
  }
}
