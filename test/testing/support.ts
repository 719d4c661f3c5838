/**
 * Helpers of the testing-kit tests: corrupting worlds (through a restored snapshot or a
 * system change) and wrapping a cloud's facades to make them answer wrongly.
 */
import { type Cloud, type Ec2Facade, type Elbv2Facade, type Identity, type World } from '../../src/index.js';
import type { InvariantSubject } from '../../src/testing/index.js';
import { getRow, type Table } from '../../src/core/table.js';
import { deepFreeze } from '../../src/core/draft.js';

/** The value, or a test failure when it is missing. */
export function must<T>(value: T | undefined | null, what = 'a value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

/**
 * `cloud` as an invariant subject whose world is a copy of its world that `mutate`
 * corrupted. (A corrupted snapshot cannot be restored: `createCloud({ from })` refuses it.)
 */
export function restoredWith(cloud: Cloud, mutate: (world: World) => void): InvariantSubject {
  const world = structuredClone(cloud.snapshot());
  mutate(world);
  return patched(cloud, {}, deepFreeze(world));
}

/** The row of a table with `key` (in a copied world, for corrupting it). */
export function row<Row>(table: Table<Row>, key: string): Row {
  return must(getRow(table, key), `row ${key}`);
}

/** `cloud` as an invariant subject whose EC2 / ELBv2 facades answer through `patch`. */
export function patched(
  cloud: Cloud,
  patch: { ec2?: (real: Ec2Facade, identity: Identity) => Partial<Ec2Facade>; elbv2?: (real: Elbv2Facade, identity: Identity) => Partial<Elbv2Facade> },
  world: World = cloud.world,
): InvariantSubject {
  return {
    world,
    ec2: (identity) => {
      const real = cloud.ec2(identity);
      return { ...real, ...(patch.ec2?.(real, identity) ?? {}) };
    },
    elbv2: (identity) => {
      const real = cloud.elbv2(identity);
      return { ...real, ...(patch.elbv2?.(real, identity) ?? {}) };
    },
    connections: (filter) => cloud.connections(filter),
    dataPlane: cloud.dataPlane,
  };
}
