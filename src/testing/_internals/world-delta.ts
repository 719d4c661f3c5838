/**
 * What changed between two worlds of one cloud, for the invariant checks that re-check only
 * what a step touched. The world is immutable: a change replaces the objects on the path to
 * what it changed and shares everything else, so an unchanged part is the same object in
 * both. Reference equality is trusted only for parts known to be deeply frozen (see
 * `json-carry.ts`); anything else counts as changed, which costs time, never a missed check.
 *
 * @module
 */
import { tableEntries, type Table } from '../../core/table.js';
import type { RegionState, World } from '../../world/world.js';
import { firstNonJsonPathSettled, isSettled } from '../invariants/json-carry.js';

/** The tables of a region state (keyed rows), as opposed to its plain indexes. */
export type RegionTableKey = {
  [K in keyof RegionState]: RegionState[K] extends Table<infer _Row> ? K : never;
}[keyof RegionState];

/** What changed in one region. */
export interface RegionDelta {
  readonly region: string;
  readonly before: RegionState | undefined;
  readonly after: RegionState | undefined;
  /**
   * Whether the earlier world was settled, so an unchanged part is the same object in both
   * (otherwise every row counts as changed and new, and no field can be shown unchanged).
   */
  readonly trusted: boolean;
  /** Whether `key` differs (or cannot be shown equal) between the two states. */
  changed(key: keyof RegionState): boolean;
  /** Ids of rows of table `key` added, replaced or removed. */
  changedIds(key: RegionTableKey): string[];
  /** Ids of rows of table `key` added or removed (not those only replaced). */
  membership(key: RegionTableKey): string[];
}

/** What changed between two worlds. */
export interface WorldDelta {
  /** Whether world-level `key` (accounts, failed zones, IAM policies...) changed. */
  changed(key: keyof World): boolean;
  /** The regions whose state changed, in name order. */
  readonly regions: readonly RegionDelta[];
}

/** Whether `a` and `b` are one value known not to have changed. */
type Same = (a: unknown, b: unknown) => boolean;

/** When `before` is settled, all of it is deeply frozen: one reference is one content. */
const settledSame: Same = (a, b) => a === b;
const neverSame: Same = () => false;

interface RowChanges {
  changed: string[];
  membership: string[];
}

function changedRows<Row>(same: Same, before: Table<Row> | undefined, after: Table<Row> | undefined): RowChanges {
  const out: RowChanges = { changed: [], membership: [] };
  if (same(before, after)) return out;
  const old = new Map(before === undefined ? [] : tableEntries(before));
  for (const [id, row] of after === undefined ? [] : tableEntries(after)) {
    // Untrusted, a row may have been anything before: count it as new.
    if (!old.has(id) || same === neverSame) out.membership.push(id);
    if (!same(old.get(id), row)) out.changed.push(id);
    old.delete(id);
  }
  out.changed.push(...old.keys());
  out.membership.push(...old.keys());
  return out;
}

function regionDelta(same: Same, region: string, before: RegionState | undefined, after: RegionState | undefined): RegionDelta {
  const rows = new Map<RegionTableKey, RowChanges>();
  const rowsOf = (key: RegionTableKey): RowChanges => {
    let found = rows.get(key);
    if (found === undefined) {
      found = changedRows<unknown>(same, before?.[key], after?.[key]);
      rows.set(key, found);
    }
    return found;
  };
  return {
    region,
    before,
    after,
    trusted: same === settledSame,
    changed: (key) => !same(before?.[key], after?.[key]),
    changedIds: (key) => rowsOf(key).changed,
    membership: (key) => rowsOf(key).membership,
  };
}

/**
 * The delta from `before` to `after` (two worlds of the same cloud, `before` the older) and
 * settles `after` (walks what is new in it, remembered for the next step). `before` must
 * have been settled while it was current (any invariant check settles the world it checks):
 * otherwise nothing shows it unchanged since, and everything counts as changed.
 *
 * @example
 * checkInvariants(cloud); // settles the current world
 * const previous = cloud.world;
 * // ... calls ...
 * const delta = worldDelta(previous, cloud.world);
 * for (const r of delta.regions) if (r.changed('vpcEndpoints')) console.log(r.changedIds('vpcEndpoints'));
 */
export function worldDelta(before: World, after: World): WorldDelta {
  const same = isSettled(before) ? settledSame : neverSame;
  firstNonJsonPathSettled(after);
  const names = [...new Set([...Object.keys(before.regions), ...Object.keys(after.regions)])].sort();
  const regions = names
    .filter((name) => !same(before.regions[name], after.regions[name]))
    .map((name) => regionDelta(same, name, before.regions[name], after.regions[name]));
  return { changed: (key) => !same(before[key], after[key]), regions };
}
