/**
 * Readers for the World's two container structures: keyed tables (`core/table.ts`: a hash
 * trie whose layout follows from the keys and the order of writes) and the timer queue
 * (`world/timers.ts`: a sorted list in chunks). A snapshot must hold them exactly as the
 * model builds them, because lookups trust the layout: a key in the wrong slot would be a
 * row no lookup finds.
 *
 * @module
 */
import { hashString } from '../../core/hash.js';
import { LEAF_CAPACITY, MAX_DEPTH, slotAt, type Table, type TableBranch, type TableLeaf, type TableNode } from '../../core/table.js';
import { TIMER_CHUNK, timerBefore, type Timer, type TimerQueue } from '../timers.js';
import { list, num, pathOf, SnapshotProblem, struct, text, within, type Reader, type SnapshotPath } from './read.js';

const SLOTS = 16;

/** A value kept as it is (a table's rows and a branch's slots are read by the walk itself). */
const anything: Reader<unknown> = (v) => v;
/** The shapes of a leaf and a branch, made once (every leaf of every table is read by them). */
const leafShape = struct({ keys: list(text(), { unique: true }), rows: list(anything) });
const branchShape = list(anything);
const tableShape = struct({ count: num({ integer: true, min: 0 }), root: anything });

interface TableRead<Row> {
  row: Reader<Row>;
  keyOf: ((row: Row) => string) | undefined;
  path: SnapshotPath;
  count: number;
}

function readLeaf<Row>(value: unknown, at: SnapshotPath, depth: number, slots: readonly number[], read: TableRead<Row>): TableLeaf<Row> {
  const leaf = leafShape(value, at);
  if (leaf.keys.length !== leaf.rows.length) throw new SnapshotProblem(at, `has ${leaf.keys.length} keys but ${leaf.rows.length} rows`);
  if (depth < MAX_DEPTH && leaf.keys.length > LEAF_CAPACITY) throw new SnapshotProblem(at, `holds ${leaf.keys.length} keys, a leaf holds at most ${LEAF_CAPACITY}`);
  if (depth > 0 && leaf.keys.length === 0) throw new SnapshotProblem(at, 'is an empty leaf below the root (an empty slot is 0)');
  const rows = leaf.keys.map((key, i) => {
    const where = pathOf(read.path, key);
    const hash = hashString(key);
    slots.forEach((slot, d) => {
      if (slotAt(hash, d) !== slot) throw new SnapshotProblem(where, 'is filed under a slot its key does not hash to');
    });
    const row = read.row(leaf.rows[i], where);
    if (read.keyOf !== undefined && read.keyOf(row) !== key) throw new SnapshotProblem(where, `is filed under a key that is not its own (${JSON.stringify(read.keyOf(row))})`);
    return row;
  });
  read.count += rows.length;
  return { keys: leaf.keys, rows };
}

function readNode<Row>(value: unknown, at: SnapshotPath, depth: number, slots: readonly number[], read: TableRead<Row>): TableNode<Row> {
  if (!Array.isArray(value)) return readLeaf(value, at, depth, slots, read);
  if (depth >= MAX_DEPTH) throw new SnapshotProblem(at, `branches deeper than ${MAX_DEPTH} levels`);
  const items = branchShape(value, at);
  if (items.length !== SLOTS) throw new SnapshotProblem(at, `is a branch of ${items.length} slots, a branch has ${SLOTS}`);
  const branch: TableBranch<Row> = within(value, at, () =>
    items.map((item, slot) => (item === 0 ? 0 : readNode(item, pathOf(at, slot), depth + 1, [...slots, slot], read))),
  );
  if (branch.every((sub) => sub === 0)) throw new SnapshotProblem(at, 'is a branch with nothing in it');
  return branch;
}

/**
 * A keyed table of rows read by `row`; `keyOf` says which key a row must be filed under.
 *
 * @example
 * tableOf(vpcRecord, (vpc) => vpc.VpcId)(state.vpcs, '$.regions["us-east-1"].vpcs');
 */
export function tableOf<Row>(row: Reader<Row>, keyOf?: (row: Row) => string): Reader<Table<Row>> {
  return (value, path) => {
    const shape = tableShape(value, path);
    const read: TableRead<Row> = { row, keyOf, path, count: 0 };
    const root = readNode(shape.root, pathOf(path, 'root'), 0, [], read);
    if (read.count !== shape.count) throw new SnapshotProblem(pathOf(path, 'count'), `is ${shape.count}, but the table holds ${read.count} rows`);
    return { count: shape.count, root };
  };
}

/**
 * The timer queue: chunks of 1..64 timers, in (due time, sequence) order throughout; kinds
 * from `kinds`, due times from `minimumAt` on being allowed in the past (they fire at once).
 *
 * @example
 * timerQueueOf(timer)(world.timers, '$.timers');
 */
export function timerQueueOf(timer: Reader<Timer>): Reader<TimerQueue> {
  return (value, path) => {
    const queue = struct({ count: num({ integer: true, min: 0 }), chunks: list(list(timer, { max: TIMER_CHUNK })) })(value, path);
    let previous: Timer | undefined;
    let count = 0;
    const seqs = new Set<number>();
    queue.chunks.forEach((chunk, c) => {
      if (chunk.length === 0) throw new SnapshotProblem(pathOf(pathOf(path, 'chunks'), c), 'is an empty chunk');
      chunk.forEach((t, i) => {
        const at = pathOf(pathOf(pathOf(path, 'chunks'), c), i);
        if (previous !== undefined && !timerBefore(previous, t)) throw new SnapshotProblem(at, 'is not after the timer before it (due time, then sequence)');
        if (seqs.has(t.seq)) throw new SnapshotProblem(at, `repeats sequence number ${t.seq}`);
        seqs.add(t.seq);
        previous = t;
        count++;
      });
    });
    if (count !== queue.count) throw new SnapshotProblem(pathOf(path, 'count'), `is ${queue.count}, but the queue holds ${count} timers`);
    return queue;
  };
}
