/**
 * A keyed table split into buckets. Immer copies an object when one of its keys changes, so
 * a flat record of 100,000 endpoints would make every create O(n). Two levels (256 buckets
 * chosen by a hash of the key) keep one write near O(sqrt n) copies while staying plain,
 * JSON-serialisable data.
 *
 * @module
 */
import { hashString } from './hash.js';

/** A table of rows keyed by id: `{ [bucket]: { [id]: row } }`. Plain data. */
export type Table<Row> = Record<string, Record<string, Row>>;

const BUCKETS = 256;

/** The bucket a key lives in: two lowercase hex digits. */
export function bucketOf(key: string): string {
  return (hashString(key) % BUCKETS).toString(16).padStart(2, '0');
}

/** An empty table. */
export function emptyTable<Row>(): Table<Row> {
  return {};
}

/** The row for `key`, or `undefined`. O(1). */
export function getRow<Row>(table: Table<Row>, key: string): Row | undefined {
  const bucket = table[bucketOf(key)];
  return bucket !== undefined && Object.hasOwn(bucket, key) ? bucket[key] : undefined;
}

/** Inserts or replaces a row. Call on an immer draft (or a table you own). */
export function putRow<Row>(table: Table<Row>, key: string, row: Row): void {
  const name = bucketOf(key);
  const bucket = table[name];
  if (bucket === undefined) table[name] = { [key]: row };
  else bucket[key] = row;
}

/** Removes a row; returns whether it existed. Call on an immer draft. */
export function deleteRow<Row>(table: Table<Row>, key: string): boolean {
  const name = bucketOf(key);
  const bucket = table[name];
  if (bucket === undefined || !Object.hasOwn(bucket, key)) return false;
  delete bucket[key];
  if (Object.keys(bucket).length === 0) delete table[name];
  return true;
}

/** Every row, in no particular order. O(n); for queries, never for single-row commands. */
export function* rows<Row>(table: Table<Row>): IterableIterator<Row> {
  for (const bucket of Object.values(table)) yield* Object.values(bucket);
}

/** The number of rows. O(buckets). */
export function rowCount<Row>(table: Table<Row>): number {
  let n = 0;
  for (const bucket of Object.values(table)) n += Object.keys(bucket).length;
  return n;
}
