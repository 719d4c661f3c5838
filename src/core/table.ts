/**
 * A keyed table: the one structure the World uses for records keyed by an id or by user text
 * (names, DNS names, tokens). A hash trie of plain arrays: a leaf holds up to 32 keys and
 * their rows in two parallel arrays; a fuller leaf splits into a branch of 16 slots chosen
 * by the next four bits of the key's hash. A write copies the few arrays on its path
 * (copy-on-write drafts, `draft.ts`), so its cost does not grow with the table: at 100,000
 * rows a path is three 16-slot branches and a leaf of about 25 keys.
 *
 * Why arrays, measured on this model's worlds (V8, Node 20): copying an object keyed by ids
 * cost 1.8 us (every object has its own hidden class), one keyed by sixteen letters 0.45 us,
 * and one with digit keys 4.1 us (V8 keeps `'0'`..`'9'` as elements); spreading a frozen
 * array of the same size costs 35 ns. Keys stored as array elements, never as property
 * names, also make every key safe: `__proto__` or `constructor` is a key like any other.
 *
 * Plain, JSON-serialisable data. The layout depends only on the order of writes, so the same
 * calls give the same bytes; the snapshot loader checks it (`tableProblems`).
 *
 * @module
 */
import { enter, isArrayNode, nodeOf, peek, put, valueIn, valueToMove, type Node } from './draft.js';
import { hashString } from './hash.js';
import { ownValue } from './own-key.js';

/** A leaf: keys and their rows, at the same positions. */
export interface TableLeaf<Row> {
  keys: string[];
  rows: Row[];
}

/** A branch: 16 slots, each a subtree or 0. */
export type TableBranch<Row> = (TableLeaf<Row> | TableBranch<Row> | 0)[];

/** A subtree: a leaf or a branch. */
export type TableNode<Row> = TableLeaf<Row> | TableBranch<Row>;

/** A table of rows by key, and how many. Read and write it only through this module's functions. */
export interface Table<Row> {
  count: number;
  root: TableNode<Row>;
}

/**
 * What read functions accept: a table, or the empty object callers use as a stand-in for a
 * table that does not exist yet (`state?.vpcs ?? {}`).
 */
export type TableLike<Row> = Table<Row> | Readonly<Record<string, never>>;

const rootOf = <Row>(table: TableLike<Row>): TableNode<Row> | undefined => (table as Partial<Table<Row>>).root;

/** Keys a leaf holds before it splits (below the deepest level). */
export const LEAF_CAPACITY = 32;

/** Levels of branches at most: 7 x 4 bits of the 32-bit hash; the last leaves grow as needed. */
export const MAX_DEPTH = 7;

const SLOTS = 16;
const SLOT_KEYS = Array.from({ length: SLOTS }, (_, i) => String(i));

/** The slot of a key's hash at `depth` (0 = the root branch). */
export function slotAt(hash: number, depth: number): number {
  return (hash >>> (4 * depth)) & 15;
}

/** An empty table. */
export function emptyTable<Row>(): Table<Row> {
  return { count: 0, root: { keys: [], rows: [] } };
}

interface Found {
  /** The table itself. */
  table: Node;
  /** The leaf holding the key, or the branch with an empty slot where it would go. */
  leaf: Node;
  /** What holds `leaf` (a branch, or the table for the root) and under which key. */
  parent: Node;
  slot: string;
  /** Depth of `leaf` (its branches above it); -1 when `leaf` is a branch with an empty slot. */
  depth: number;
  /** Position of the key in the leaf, or -1. */
  index: number;
}

/**
 * What {@link find} found, in one record reused by every call: lookups are the commonest
 * thing a command does, and a record each was a tenth of what a create allocated. Read it
 * right after the call (no table function runs in between: a later `find` overwrites it).
 */
const FOUND: Found = { table: {}, leaf: {}, parent: {}, slot: 'root', depth: 0, index: -1 };

function found(table: Node, leaf: Node, parent: Node, slot: string, depth: number, index: number): Found {
  FOUND.table = table;
  FOUND.leaf = leaf;
  FOUND.parent = parent;
  FOUND.slot = slot;
  FOUND.depth = depth;
  FOUND.index = index;
  return FOUND;
}

function find(table: object, key: string, hash: number): Found | undefined {
  const tableNode = nodeOf(table);
  if (tableNode === undefined) return undefined;
  let parent: Node = tableNode;
  let slot = 'root';
  let node = enter(tableNode, slot);
  for (let depth = 0; node !== undefined; depth++) {
    if (!isArrayNode(node)) {
      const keys = peek(node, 'keys') as readonly string[];
      return found(tableNode, node, parent, slot, depth, keys.indexOf(key));
    }
    parent = node;
    slot = SLOT_KEYS[slotAt(hash, depth)] as string;
    node = enter(node, slot);
  }
  return found(tableNode, parent, parent, slot, -1, -1);
}

function addToCount(table: Node, delta: number): void {
  put(table, 'count', ((peek(table, 'count') as number | undefined) ?? 0) + delta);
}

/** The row for `key`, or `undefined`. O(1); in a recipe, a draft of the row. */
export function getRow<Row>(table: TableLike<Row>, key: string): Row | undefined {
  const at = find(table, key, hashString(key));
  if (at === undefined || at.index < 0) return undefined;
  const { leaf, index } = at;
  const rows = enter(leaf, 'rows');
  return rows === undefined ? undefined : (valueIn(rows, String(index)) as Row);
}

/** Whether the table holds `key`. Reads without drafting anything (nothing is returned to change). */
export function hasRow<Row>(table: TableLike<Row>, key: string): boolean {
  const tableNode = nodeOf(table);
  if (tableNode === undefined) return false;
  const hash = hashString(key);
  let node = peek(tableNode, 'root');
  for (let depth = 0; typeof node === 'object' && node !== null; depth++) {
    const at = nodeOf(node) as Node;
    if (!isArrayNode(at)) return (peek(at, 'keys') as readonly string[]).includes(key);
    node = peek(at, SLOT_KEYS[slotAt(hash, depth)] as string);
  }
  return false;
}

function splitLeaf(leaf: Node, depth: number, extraKey: string, extraRow: unknown): TableBranch<unknown> {
  const branch: TableBranch<unknown> = new Array<0>(SLOTS).fill(0);
  const keys = peek(leaf, 'keys') as readonly string[];
  const rowsNode = enter(leaf, 'rows');
  const add = (key: string, row: unknown) => {
    const i = slotAt(hashString(key), depth);
    const sub = branch[i];
    if (sub === 0 || sub === undefined) branch[i] = { keys: [key], rows: [row] };
    else if (!Array.isArray(sub)) {
      sub.keys.push(key);
      sub.rows.push(row);
    }
  };
  keys.forEach((key, i) => add(key, rowsNode === undefined ? undefined : valueToMove(rowsNode, String(i))));
  add(extraKey, extraRow);
  // A slot that took more than a leaf holds splits again, one level down.
  for (let i = 0; i < SLOTS; i++) {
    const sub = branch[i];
    if (sub !== 0 && sub !== undefined && !Array.isArray(sub) && sub.keys.length > LEAF_CAPACITY && depth + 1 < MAX_DEPTH) {
      const last = sub.keys.length - 1;
      const lastKey = sub.keys[last] as string;
      const lastRow = sub.rows[last];
      sub.keys.pop();
      sub.rows.pop();
      branch[i] = splitLeaf(nodeOf(sub) as Node, depth + 1, lastKey, lastRow);
    }
  }
  return branch;
}

/** Inserts or replaces a row. Call on a draft (or a table you own). */
export function putRow<Row>(table: Table<Row>, key: string, row: Row): void {
  writeRow(table, key, row, true);
}

/**
 * Inserts a row only when `key` is absent, and says whether it did: "check, then put" with
 * one walk of the trie instead of two. Call on a draft (or a table you own).
 *
 * @example
 * if (addRow(book.holders, ip, eniId)) book.count++;
 */
export function addRow<Row>(table: Table<Row>, key: string, row: Row): boolean {
  return writeRow(table, key, row, false);
}

function writeRow<Row>(table: Table<Row>, key: string, row: Row, replace: boolean): boolean {
  const hash = hashString(key);
  const at = find(table, key, hash);
  if (at === undefined) return false;
  const { table: tableNode, leaf, parent, slot, depth, index } = at;
  if (index >= 0) {
    if (!replace) return false;
    const rows = enter(leaf, 'rows');
    if (rows !== undefined) put(rows, String(index), row);
    return true;
  }
  addToCount(tableNode, 1);
  if (depth < 0) {
    // An empty slot of a branch: a new leaf there.
    put(leaf, slot, { keys: [key], rows: [row] });
    return true;
  }
  const keys = peek(leaf, 'keys') as readonly string[];
  if (keys.length >= LEAF_CAPACITY && depth < MAX_DEPTH) {
    put(parent, slot, splitLeaf(leaf, depth, key, row));
    return true;
  }
  put(leaf, 'keys', [...keys, key]);
  const rows = enter(leaf, 'rows');
  if (rows !== undefined) put(rows, String(keys.length), row);
  return true;
}

/** Removes a row; returns whether it existed. Call on a draft. */
export function deleteRow<Row>(table: Table<Row>, key: string): boolean {
  const at = find(table, key, hashString(key));
  if (at === undefined || at.index < 0) return false;
  const { table: tableNode, leaf, parent, slot, depth, index } = at;
  addToCount(tableNode, -1);
  const keys = peek(leaf, 'keys') as readonly string[];
  const last = keys.length - 1;
  if (last === 0 && depth > 0) {
    put(parent, slot, 0);
    return true;
  }
  // The last entry takes the removed one's place: nothing else moves.
  const nextKeys = keys.slice(0, last);
  const rows = enter(leaf, 'rows');
  if (index !== last) {
    nextKeys[index] = keys[last] as string;
    if (rows !== undefined) put(rows, String(index), valueToMove(rows, String(last)));
  }
  put(leaf, 'keys', nextKeys);
  if (rows !== undefined) put(rows, 'length', last);
  return true;
}

function* leaves<Row>(node: TableNode<Row> | 0 | undefined): IterableIterator<TableLeaf<Row>> {
  if (node === 0 || node === undefined) return;
  if (!Array.isArray(node)) {
    yield node;
    return;
  }
  for (const sub of node) yield* leaves(sub);
}

/** Every `[key, row]`, in table order. O(n); for queries, never for single-row commands. */
export function* tableEntries<Row>(table: TableLike<Row>): IterableIterator<[string, Row]> {
  for (const leaf of leaves(rootOf(table))) {
    const { keys, rows: values } = leaf;
    for (let i = 0; i < keys.length; i++) yield [keys[i] as string, values[i] as Row];
  }
}

/** Every row, in table order. O(n); for queries, never for single-row commands. */
export function* rows<Row>(table: TableLike<Row>): IterableIterator<Row> {
  for (const leaf of leaves(rootOf(table))) yield* leaf.rows;
}

/** Every key, in table order. O(n). */
export function* tableKeys<Row>(table: TableLike<Row>): IterableIterator<string> {
  for (const leaf of leaves(rootOf(table))) yield* leaf.keys;
}

/** The number of rows. O(1). */
export function rowCount<Row>(table: TableLike<Row>): number {
  return (table as Partial<Table<Row>>).count ?? 0;
}

/**
 * The table under `key` of a record of tables (per account, say), made empty on first use.
 * Call on a draft.
 *
 * @example
 * putRow(tableIn(ctx.region.loadBalancerNames, accountId), name, arn);
 */
export function tableIn<Row>(holder: Record<string, Table<Row>>, key: string): Table<Row> {
  const existing = ownValue(holder, key);
  if (existing !== undefined) return existing;
  holder[key] = emptyTable();
  return holder[key] as Table<Row>;
}

/**
 * The table stored as the row `key` of a table of tables (endpoints per VPC, say), made
 * empty on first use. Call on a draft.
 *
 * @example
 * putRow(tableAt(ctx.region.vpcEndpointsByVpc, vpcId), endpointId, endpointId);
 */
export function tableAt<Row>(tables: Table<Table<Row>>, key: string): Table<Row> {
  const existing = getRow(tables, key);
  if (existing !== undefined) return existing;
  putRow(tables, key, emptyTable<Row>());
  return getRow(tables, key) as Table<Row>;
}
