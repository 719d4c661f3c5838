/**
 * Invariant 9 on the current world: it is plain JSON data (no `undefined`, functions,
 * non-finite numbers, class instances or shared cycles; walked incrementally, see
 * `json-carry.ts`), and snapshot -> JSON -> restore gives back the same world, byte for
 * byte, which answers describes the same way.
 *
 * @module
 */
import { createCloud, type Cloud } from '../../cloud.js';
import { isCloudError } from '../../core/errors.js';
import type { World } from '../../world/world.js';
import { knownAccounts, regionsOf } from '../_internals/world-scan.js';
import { firstNonJsonPathSettled } from './json-carry.js';
import { violation, type InvariantViolation } from './violation.js';

/**
 * The JSON path of the first value JSON cannot carry faithfully, or `undefined`.
 *
 * @example
 * firstNonJsonPath({ a: [1, { b: undefined }] }); // '$.a[1].b'
 */
export const firstNonJsonPath: (value: unknown) => string | undefined = firstNonJsonPathSettled;

/** How a snapshot is restored (the model's `createCloud({ from })`; replaceable in tests of this check). */
export type Restore = (snapshot: World) => Pick<Cloud, 'snapshot' | 'ec2'>;

const restoreCloud: Restore = (snapshot) => createCloud({ from: snapshot });

/**
 * Checks invariant 9 on `world`.
 *
 * @example
 * checkSnapshot(cloud.world); // [] when snapshot -> JSON -> restore is identity
 */
export function checkSnapshot(world: World, restore: Restore = restoreCloud): InvariantViolation[] {
  const bad = firstNonJsonPathSettled(world);
  if (bad !== undefined) return [violation(9, [bad], `the world holds a value JSON cannot carry at ${bad}`)];
  const text = JSON.stringify(world);
  let restored: Pick<Cloud, 'snapshot' | 'ec2'>;
  try {
    restored = restore(JSON.parse(text) as World);
  } catch (error) {
    // The loader refuses a world that breaks the model's own consistency rules.
    if (!isCloudError(error)) throw error;
    return [violation(9, [error.code], `the snapshot does not restore: ${error.message}`)];
  }
  const again = JSON.stringify(restored.snapshot());
  if (again !== text) return [violation(9, [firstDifference(text, again)], 'snapshot -> JSON -> restore -> snapshot differs from the original')];
  const out: InvariantViolation[] = [];
  const original = restoreCloud(world);
  for (const [region, state] of regionsOf(world)) {
    for (const accountId of knownAccounts(world, state)) {
      const before = JSON.stringify(original.ec2({ accountId, region }).describeVpcEndpoints());
      const after = JSON.stringify(restored.ec2({ accountId, region }).describeVpcEndpoints());
      if (before !== after) out.push(violation(9, [accountId, region], `after restore, DescribeVpcEndpoints as ${accountId} answers differently`));
    }
  }
  return out;
}

/** Where two JSON texts first differ, as a short excerpt. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `offset ${i}: ${a.slice(Math.max(0, i - 40), i + 40)}`;
}
