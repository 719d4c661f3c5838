/**
 * Generates `src/server/shapes/ec2.ts` and `src/server/shapes/elbv2.ts`: the wire shapes of
 * exactly the actions in the model's registries (`ec2Actions`, `elbv2Actions`), walked from
 * the installed AWS SDK v3 clients' Smithy schemas with `@smithy/core/schema`'s
 * `NormalizedSchema`, and reduced to what the Query protocols need (names on the wire and in
 * XML, list and map layouts, scalar kinds). The server reads these tables, never the SDK
 * (an optional peer dependency). `test/server/wire-shapes.test.ts` regenerates them in memory
 * and fails when the committed files drift from the installed SDK.
 *
 *   npx tsx scripts/generate-wire-shapes.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ec2Sdk from '@aws-sdk/client-ec2';
import * as elbv2Sdk from '@aws-sdk/client-elastic-load-balancing-v2';
import { NormalizedSchema } from '@smithy/core/schema';
import { ec2Actions, elbv2Actions } from '../src/registry.js';
import type { WireApi, WireMember, WireRef, WireScalar, WireShape } from '../src/server/shapes/types.js';

/** The two APIs: their SDK module, their registry, the Query flavour and the generated file. */
const APIS = {
  ec2: { sdk: ec2Sdk as Record<string, unknown>, actions: Object.keys(ec2Actions), ec2: true, file: 'ec2.ts', constName: 'ec2WireShapes', label: 'EC2 (`@aws-sdk/client-ec2`, ec2Query)' },
  elbv2: { sdk: elbv2Sdk as Record<string, unknown>, actions: Object.keys(elbv2Actions), ec2: false, file: 'elbv2.ts', constName: 'elbv2WireShapes', label: 'ELBv2 (`@aws-sdk/client-elastic-load-balancing-v2`, awsQuery)' },
} as const;

type ApiName = keyof typeof APIS;

interface Traits {
  xmlName?: string;
  ec2QueryName?: string;
  xmlFlattened?: unknown;
}

const traitsOf = (value: unknown): Traits => (typeof value === 'object' && value !== null ? (value as Traits) : {});

/** The scalar kind of a simple schema, or undefined for an aggregate. */
function scalarOf(ns: NormalizedSchema): WireScalar | undefined {
  if (ns.isBlobSchema()) return 'blob';
  if (ns.isTimestampSchema()) {
    const code = ns.getSchema();
    return code === 6 ? 'timestamp-http' : code === 7 ? 'timestamp-epoch' : 'timestamp';
  }
  if (ns.isStringSchema()) return 'string';
  if (ns.isBooleanSchema()) return 'boolean';
  if (ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) return 'number';
  if (ns.isDocumentSchema()) return 'document';
  return undefined;
}

const SCALARS: ReadonlySet<string> = new Set<WireScalar>(['string', 'number', 'boolean', 'timestamp', 'timestamp-http', 'timestamp-epoch', 'blob', 'document']);

/** Walks the schemas of one API into a table. */
class Walker {
  readonly shapes = new Map<string, WireShape>();

  constructor(private readonly ec2: boolean) {}

  /** The Query parameter name of a structure member (the SDK's `QueryShapeSerializer.getKey`). */
  private queryName(memberName: string, traits: Traits): string {
    if (this.ec2 && traits.ec2QueryName !== undefined) return traits.ec2QueryName;
    const key = traits.xmlName ?? memberName;
    return this.ec2 ? key.charAt(0).toUpperCase() + key.slice(1) : key;
  }

  /** A reference to the shape of `ns` (a member or a target schema). */
  ref(ns: NormalizedSchema): WireRef {
    const scalar = scalarOf(ns);
    if (scalar !== undefined) return scalar;
    const name = ns.getName();
    const named = typeof ns.getSchema() === 'object' && name !== undefined;
    if (ns.isStructSchema()) {
      if (name === undefined) throw new Error('an unnamed structure');
      if (SCALARS.has(name)) throw new Error(`a shape named like a scalar: ${name}`);
      if (!this.shapes.has(name)) {
        const members: WireMember[] = [];
        const shape: WireShape = { kind: 'structure', members };
        this.shapes.set(name, shape); // before the members: a recursive shape refers to itself
        for (const [memberName, member] of ns.structIterator()) {
          const merged = traitsOf(member.getMergedTraits());
          const own = traitsOf(member.getMemberTraits());
          members.push([memberName, this.queryName(memberName, merged), own.xmlName ?? memberName, this.ref(member)]);
        }
      }
      return name;
    }
    let shape: WireShape;
    const flat = traitsOf(ns.getMergedTraits()).xmlFlattened ? ({ flat: true } as const) : {};
    if (ns.isListSchema()) {
      const member = ns.getValueSchema();
      shape = { kind: 'list', member: this.ref(member), memberName: traitsOf(member.getMergedTraits()).xmlName ?? 'member', ...flat };
    } else if (ns.isMapSchema()) {
      const key = ns.getKeySchema();
      const value = ns.getValueSchema();
      shape = {
        kind: 'map',
        key: this.ref(key),
        value: this.ref(value),
        keyName: traitsOf(key.getMergedTraits()).xmlName ?? 'key',
        valueName: traitsOf(value.getMergedTraits()).xmlName ?? 'value',
        ...flat,
      };
    } else {
      throw new Error(`unsupported schema ${String(ns.getName(true))}`);
    }
    if (!named || name === undefined) return shape;
    if (SCALARS.has(name)) throw new Error(`a shape named like a scalar: ${name}`);
    const known = this.shapes.get(name);
    if (known === undefined) {
      this.shapes.set(name, shape);
      return name;
    }
    // A member's own traits (xmlFlattened) can change a named list: then it is written in place.
    return JSON.stringify(known) === JSON.stringify(shape) ? name : shape;
  }
}

/** The operation schema the SDK exports as `<Action>$`: `[9, namespace, name, traits, input, output]`. */
function operationOf(sdk: Record<string, unknown>, action: string): readonly unknown[] {
  const op = sdk[`${action}$`];
  if (!Array.isArray(op) || op[0] !== 9) throw new Error(`the SDK has no operation schema ${action}$`);
  return op;
}

const deref = (value: unknown): unknown => (typeof value === 'function' ? (value as () => unknown)() : value);

/**
 * The wire table of one API, walked from the installed SDK.
 *
 * @example
 * generateWireShapes('ec2').actions['DescribeVpcs']; // ['DescribeVpcsRequest', 'DescribeVpcsResult']
 */
export function generateWireShapes(api: ApiName): WireApi {
  const { sdk, actions, ec2 } = APIS[api];
  const walker = new Walker(ec2);
  const table: Record<string, readonly [WireRef | null, WireRef | null]> = {};
  for (const action of [...actions].sort()) {
    const op = operationOf(sdk, action);
    const side = (schema: unknown): WireRef | null => (deref(schema) === 'unit' ? null : walker.ref(NormalizedSchema.of(schema as never)));
    table[action] = [side(op[4]), side(op[5])];
  }
  const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
  const shapes = Object.fromEntries([...walker.shapes.entries()].sort(byName));
  const modelled = new Set<string>(actions);
  const unmodelled = Object.entries(sdk)
    .filter(([key, value]) => key.endsWith('$') && Array.isArray(value) && value[0] === 9)
    .map(([key]) => key.slice(0, -1))
    .filter((action) => !modelled.has(action))
    .sort();
  return { unmodelled, actions: table, shapes };
}

/**
 * The generated TypeScript module of one API's table (what the committed file holds).
 *
 * @example
 * writeFileSync('src/server/shapes/ec2.ts', renderWireShapes('ec2'));
 */
export function renderWireShapes(api: ApiName): string {
  const { constName, label } = APIS[api];
  const table = generateWireShapes(api);
  const lines = [
    `// Generated by scripts/generate-wire-shapes.ts from the installed AWS SDK v3: do not edit.`,
    `// Regenerate with \`npx tsx scripts/generate-wire-shapes.ts\` (test/server/wire-shapes.test.ts checks it).`,
    `import type { WireApi } from './types.js';`,
    '',
    '/**',
    ` * Wire shapes of the ${label} actions the model implements: input and output`,
    ' * shape per action, and every named shape they reach.',
    ' *',
    ' * @example',
    ` * ${constName}.actions['${Object.keys(table.actions)[0] ?? ''}']; // [input shape, output shape]`,
    ' */',
    `export const ${constName}: WireApi = {`,
    `  unmodelled: ${JSON.stringify(table.unmodelled)},`,
    '  actions: {',
    ...Object.entries(table.actions).map(([name, value]) => `    ${name}: ${JSON.stringify(value)},`),
    '  },',
    '  shapes: {',
    ...Object.entries(table.shapes).map(([name, value]) => `    ${name}: ${JSON.stringify(value)},`),
    '  },',
    '};',
    '',
  ];
  return lines.join('\n');
}

/** The committed file of an API's table. */
export function wireShapesFile(api: ApiName): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'server', 'shapes', APIS[api].file);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const api of Object.keys(APIS) as ApiName[]) {
    writeFileSync(wireShapesFile(api), renderWireShapes(api));
    console.log(`wrote ${wireShapesFile(api)}`);
  }
}
