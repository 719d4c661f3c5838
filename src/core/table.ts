/**
 * A keyed table split into three levels of 16 buckets each. Immer copies an object when one
 * of its keys changes, so a flat record of 100,000 endpoints would make every create O(n),
 * and one level of 256 buckets would copy 256 keys on every write however small the table.
 * Three levels of 16 (chosen by a hash of the key) copy 16 + 16 + 16 + n/4096 keys per
 * write: cheap for small tables and about 72 keys at 100,000 rows, while staying plain,
 * JSON-serialisable data.
 *
 * @module
 */
import { hashString } from './hash.js';

/** A table of rows keyed by id: `{ [a]: { [b]: { [c]: { [id]: row } } } }`. Plain data. */
export type Table<Row> = Record<string, Record<string, Record<string, Record<string, Row>>>>;

const HEX = '0123456789abcdef';

/** The three bucket names a key lives in: one hex digit each. */
export function bucketOf(key: string): [string, string, string] {
  const h = hashString(key);
  return [HEX.charAt(h & 15), HEX.charAt((h >>> 4) & 15), HEX.charAt((h >>> 8) & 15)];
}

/** An empty table. */
export function emptyTable<Row>(): Table<Row> {
  return {};
}

/** The row for `key`, or `undefined`. O(1). */
export function getRow<Row>(table: Table<Row>, key: string): Row | undefined {
  const [a, b, c] = bucketOf(key);
  const bucket = table[a]?.[b]?.[c];
  return bucket !== undefined && Object.hasOwn(bucket, key) ? bucket[key] : undefined;
}

/** Inserts or replaces a row. Call on an immer draft (or a table you own). */
export function putRow<Row>(table: Table<Row>, key: string, row: Row): void {
  const [a, b, c] = bucketOf(key);
  const first = table[a];
  if (first === undefined) {
    table[a] = { [b]: { [c]: { [key]: row } } };
    return;
  }
  const second = first[b];
  if (second === undefined) {
    first[b] = { [c]: { [key]: row } };
    return;
  }
  const bucket = second[c];
  if (bucket === undefined) second[c] = { [key]: row };
  else bucket[key] = row;
}

/** Removes a row; returns whether it existed. Call on an immer draft. */
export function deleteRow<Row>(table: Table<Row>, key: string): boolean {
  const [a, b, c] = bucketOf(key);
  const first = table[a];
  const second = first?.[b];
  const bucket = second?.[c];
  if (first === undefined || second === undefined || bucket === undefined || !Object.hasOwn(bucket, key)) return false;
  delete bucket[key];
  if (Object.keys(bucket).length > 0) return true;
  delete second[c];
  if (Object.keys(second).length > 0) return true;
  delete first[b];
  if (Object.keys(first).length === 0) delete table[a];
  return true;
}

function* buckets<Row>(table: Table<Row>): IterableIterator<Record<string, Row>> {
  for (const first of Object.values(table)) for (const second of Object.values(first)) yield* Object.values(second);
}

/** Every `[key, row]`, in no particular order. O(n); for queries, never for single-row commands. */
export function* tableEntries<Row>(table: Table<Row>): IterableIterator<[string, Row]> {
  for (const bucket of buckets(table)) yield* Object.entries(bucket);
}

/** Every row, in no particular order. O(n); for queries, never for single-row commands. */
export function* rows<Row>(table: Table<Row>): IterableIterator<Row> {
  for (const bucket of buckets(table)) yield* Object.values(bucket);
}

/** The number of rows. O(n) key counting; for tests and reports. */
export function rowCount<Row>(table: Table<Row>): number {
  let n = 0;
  for (const bucket of buckets(table)) n += Object.keys(bucket).length;
  return n;
}
