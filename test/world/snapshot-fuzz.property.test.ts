/**
 * Snapshot fuzzing: a valid snapshot with one field changed (replaced by another value of
 * its kind, by hostile values, or removed; list items duplicated, dropped or swapped) is
 * either refused with a clear error naming a path, or restores to a world that keeps every
 * invariant and that commands can use without a raw error.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { createCloud, isCloudError, type Cloud, type World } from '../../src/index.js';
import { checkInvariants } from '../../src/testing/index.js';
import { CONSUMER, PROVIDER, runScenario, SCENARIO_ACCOUNTS } from '../fixtures/snapshot-scenario.js';

const source = createCloud({ seed: 'snapshot-scenario', accounts: SCENARIO_ACCOUNTS, timing: { endpointDeletionMs: 0, dnsVerificationMs: 600_000 } });
runScenario(source);
const text = JSON.stringify(source.snapshot());

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path to a value of the snapshot (containers included), and the values by kind. */
function survey(value: Json, path: Path = [], paths: Path[] = [], strings: Set<string> = new Set()): { paths: Path[]; strings: string[] } {
  paths.push(path);
  if (typeof value === 'string') strings.add(value);
  if (Array.isArray(value)) value.forEach((item, i) => survey(item, [...path, i], paths, strings));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) survey(item, [...path, key], paths, strings);
  return { paths, strings: [...strings] };
}

const { paths, strings } = survey(JSON.parse(text) as Json);

const hostile = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, 0, -1, 1.5, -0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, '', '__proto__', 'constructor', [], {}, [null], { __proto__: null }),
  fc.constantFrom(...strings),
  fc.integer({ min: -5, max: 70_000 }),
  fc.string({ maxLength: 12 }),
  fc.anything({ maxDepth: 2 }),
);

type Mutation = { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'duplicate' } | { kind: 'swap' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: hostile.map((value): Mutation => ({ kind: 'replace', value })) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'remove' }) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'duplicate' }) },
  { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'swap' }) },
);

function mutate(path: Path, change: Mutation): unknown {
  const root = JSON.parse(text) as Record<string, unknown>;
  if (path.length === 0) return change.kind === 'replace' ? change.value : root;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const key = path[path.length - 1] as string | number;
  const holder = parent as Record<string | number, unknown>;
  if (change.kind === 'replace') {
    Object.defineProperty(holder, key, { value: change.value, enumerable: true, writable: true, configurable: true });
  } else if (change.kind === 'remove') {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  } else if (Array.isArray(holder)) {
    const i = Number(key);
    if (change.kind === 'duplicate') holder.splice(i, 0, holder[i]);
    else if (holder.length > 1) [holder[0], holder[i]] = [holder[i], holder[0]];
  }
  return root;
}

/** A few commands a tool would run on a restored world, and the clock's timers firing. */
function exercise(cloud: Cloud): void {
  const attempt = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      if (!isCloudError(error)) throw error;
    }
  };
  for (const id of [PROVIDER, CONSUMER]) {
    const ec2 = cloud.ec2(id);
    attempt(() => ec2.describeVpcEndpoints());
    attempt(() => ec2.describeVpcEndpointServices());
    attempt(() => ec2.describeVpcEndpointServiceConfigurations());
    attempt(() => ec2.describeSecurityGroups());
    attempt(() => cloud.elbv2(id).describeLoadBalancers());
    attempt(() => cloud.elbv2(id).describeTargetGroups());
    for (const e of cloud.ec2(id).describeVpcEndpoints().VpcEndpoints) attempt(() => ec2.deleteVpcEndpoints({ VpcEndpointIds: [e.VpcEndpointId ?? ''] }));
  }
  attempt(() => cloud.clock.advance(7 * 24 * 3_600_000));
}

// A fixed seed keeps CI deterministic; SNAPSHOT_FUZZ_RUNS=20000 (any seed) searches further.
const runs = Number(process.env.SNAPSHOT_FUZZ_RUNS ?? 0);
const settings = runs > 0 ? { numRuns: runs } : { numRuns: 300, seed: 20_261_204 };

test.prop([fc.constantFrom(...paths), mutation], settings)(
  'a changed snapshot is refused at a path, or restores to a world that keeps every invariant',
  (path, change) => {
    const changed = mutate(path, change);
    let restored: Cloud;
    try {
      restored = createCloud({ from: changed as World });
    } catch (error) {
      expect(isCloudError(error), String(error)).toBe(true);
      expect((error as Error).message).toMatch(/^The snapshot is not a privatelink-model world: \$/);
      return;
    }
    expect(checkInvariants(restored), JSON.stringify({ path, change })).toEqual([]);
    exercise(restored);
    expect(checkInvariants(restored, { only: [1, 2, 4, 5, 10] })).toEqual([]);
  },
);
