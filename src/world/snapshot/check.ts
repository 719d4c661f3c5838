/**
 * The small vocabulary the snapshot's cross-record checks are written in: a failed check is
 * a {@link SnapshotProblem} at the path of the record that breaks the rule.
 *
 * @module
 */
import { getRow, type TableLike } from '../../core/table.js';
import { pathOf, SnapshotProblem, type SnapshotPath } from './read.js';

/** Where a region's records live in a snapshot. */
export function tablePath(region: string, table: string, key?: string): SnapshotPath {
  const at = pathOf(pathOf(pathOf('$', 'regions'), region), table);
  return key === undefined ? at : pathOf(at, key);
}

/**
 * Refuses the snapshot at `path` unless `rule` holds.
 *
 * @example
 * expect(vpc.OwnerId === subnet.OwnerId, at, `belongs to ${subnet.OwnerId}, its VPC to ${vpc.OwnerId}`);
 */
export function expect(rule: boolean, path: SnapshotPath, problem: string): asserts rule {
  if (!rule) throw new SnapshotProblem(path, problem);
}

/**
 * The row `key` of `table`, or a refusal at `path` saying what is missing.
 *
 * @example
 * const vpc = mustFind(state.vpcs, subnet.VpcId, at, 'VPC');
 */
export function mustFind<Row>(table: TableLike<Row>, key: string, path: SnapshotPath, what: string): Row {
  const row = getRow(table, key);
  if (row === undefined) throw new SnapshotProblem(path, `refers to ${what} ${key}, which the snapshot does not hold`);
  return row;
}

/** Adds one to `key`'s count in a tally. */
export function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
