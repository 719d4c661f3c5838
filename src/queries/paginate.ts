/**
 * Pagination shared by every describe action. Results are ordered by a stable key, and a
 * token names the last key returned (keyset pagination), so resources created or deleted
 * between pages never cause a loss or a repeat. Tokens are signed with the seed and the
 * action: a token the model did not issue is AWS's `InvalidNextToken`.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { seededHex } from '../core/hash.js';
import type { Params } from '../core/params.js';

/** One page of results and the token for the next, if any. */
export interface Page<Item> {
  items: Item[];
  nextToken?: string;
}

/** A request's paging, as read by `readEc2Paging` or `readElbPaging`. */
export interface Paging {
  limit: number | undefined;
  token: string | undefined;
  /** The name of the token field, for the error message. */
  tokenField: string;
}

/**
 * How an EC2 describe bounds `MaxResults`, as its API reference documents it: VPCs, subnets,
 * security groups and peering connections take 5 to 1,000 (Valid Range); the endpoint and
 * endpoint service describes take at least 5 and cut a larger value to 1,000 ("If the value
 * is greater than 1,000, we return only 1,000 items").
 */
export interface MaxResultsRange {
  min: number;
  max: number;
  /** A value above `max` is accepted and cut to `max` (up to the largest 32-bit integer). */
  capAbove: boolean;
}

/** `MaxResults` 5..1000, anything else refused. */
export const MAX_RESULTS_5_TO_1000: MaxResultsRange = { min: 5, max: 1000, capAbove: false };

/** `MaxResults` of at least 5, cut to 1,000. */
export const MAX_RESULTS_5_CAPPED_AT_1000: MaxResultsRange = { min: 5, max: 1000, capAbove: true };

/** The largest value of a Smithy `Integer` (32-bit signed), what `MaxResults` is on the wire. */
const INT32_MAX = 2 ** 31 - 1;

/**
 * EC2 paging: `MaxResults` within the action's documented range (else AWS's
 * `InvalidParameterValue`, "Expecting a value between 5 and 1000") and `NextToken`.
 *
 * @example
 * parse: (p) => ({ paging: readEc2Paging(p, MAX_RESULTS_5_CAPPED_AT_1000) })
 */
export function readEc2Paging(params: Params, range: MaxResultsRange = MAX_RESULTS_5_TO_1000): Paging {
  const raw = params.raw('MaxResults');
  let limit: number | undefined;
  if (raw !== undefined) {
    const ceiling = range.capAbove ? INT32_MAX : range.max;
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < range.min || raw > ceiling) {
      throw errors.invalidMaxResults(raw, range.min, range.max);
    }
    limit = Math.min(raw, range.max);
  }
  return { limit, token: params.optionalString('NextToken'), tokenField: 'NextToken' };
}

/** ELBv2 paging: `PageSize` (1..400) and `Marker`. */
export function readElbPaging(params: Params): Paging {
  return {
    limit: params.optionalInteger('PageSize', 1, 400),
    token: params.optionalString('Marker'),
    tokenField: 'Marker',
  };
}

function sign(seed: string, scope: string, key: string): string {
  return seededHex(seed, `page\u0000${scope}\u0000${key}`, 12);
}

function encode(seed: string, scope: string, key: string): string {
  return Buffer.from(JSON.stringify({ k: key, s: sign(seed, scope, key) }), 'utf8').toString('base64url');
}

function decode(seed: string, scope: string, token: string, style: 'ec2' | 'elbv2'): string {
  const bad = () =>
    style === 'ec2' ? errors.invalidNextToken(token) : errors.validationError(`Invalid value for marker: '${token}'`);
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) {
      const { k, s } = parsed as Record<string, unknown>;
      if (typeof k === 'string' && s === sign(seed, scope, k)) return k;
    }
  } catch {
    // fall through: not one of ours
  }
  throw bad();
}

/**
 * Sorts `items` by `keyOf`, resumes after the token's key, and cuts a page.
 *
 * A page costs what it reads, not a sort of the whole list: the token's key drops what came
 * before it, and the rest is walked in key order through a heap (built in O(n), each item
 * taken in O(log n)) only until the page is full, so paging through 100,000 records costs
 * O(n + page log n) per page, not O(n log n) (a request without a limit gets everything,
 * sorted once). Items with equal keys keep their input order, as a stable sort would.
 *
 * @param scope names the action (tokens do not carry over between actions).
 */
export function paginate<Item>(
  items: readonly Item[],
  keyOf: (item: Item) => string,
  paging: Paging,
  seed: string,
  scope: string,
  style: 'ec2' | 'elbv2' = 'ec2',
): Page<Item> {
  return paginateViews(items, keyOf, (item) => ({ view: item }), paging, seed, scope, style);
}

/**
 * What a describe returns for one record: its view (rendered), or `undefined` when a filter
 * drops it.
 */
export type Viewed<View> = { view: View } | undefined;

/**
 * Like {@link paginate} over the views `view` keeps, calling `view` (render, then filter) only
 * on records in key order until the page is full and one more is known to follow: a describe
 * renders what it returns, not every record it could list. `keyOf` must give a record the
 * key its view would have (the id the page is sorted by).
 *
 * @example
 * paginateViews(records, (n) => n.NetworkInterfaceId, (n) => { const v = render(n); return keep(v) ? { view: v } : undefined; }, paging, seed, scope);
 */
export function paginateViews<Item, View>(
  items: readonly Item[],
  keyOf: (item: Item) => string,
  view: (item: Item) => Viewed<View>,
  paging: Paging,
  seed: string,
  scope: string,
  style: 'ec2' | 'elbv2' = 'ec2',
): Page<View> {
  const after = paging.token === undefined ? undefined : decode(seed, scope, paging.token, style);
  const keys: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i] as Item);
    if (after !== undefined && !(key > after)) continue;
    keys.push(key);
    at.push(i);
  }
  const limit = paging.limit;
  const page: View[] = [];
  let lastKey: string | undefined;
  // Without a limit everything is returned: one sort is cheaper than taking it all from the heap.
  const order = limit === undefined ? keys.map((_, i) => i).sort((a, b) => compareEntries(keys, a, b)) : inKeyOrder(keys);
  for (const position of order) {
    const seen = view(items[at[position] as number] as Item);
    if (seen === undefined) continue;
    // One more kept view past a full page: there is a next page, after the page's last key.
    if (limit !== undefined && page.length === limit) {
      return lastKey === undefined ? { items: page } : { items: page, nextToken: encode(seed, scope, lastKey) };
    }
    page.push(seen.view);
    lastKey = keys[position];
  }
  return { items: page };
}

/** Orders positions in `keys` by key, then by position (the order a stable sort keeps). */
function compareEntries(keys: readonly string[], a: number, b: number): number {
  const ka = keys[a] as string;
  const kb = keys[b] as string;
  return ka < kb ? -1 : ka > kb ? 1 : a - b;
}

/**
 * The positions of `keys` in {@link compareEntries} order, lazily: a min-heap built in O(n),
 * each position taken in O(log n), so a caller that stops after k pays O(n + k log n).
 */
function* inKeyOrder(keys: readonly string[]): IterableIterator<number> {
  const heap = keys.map((_, i) => i);
  const before = (a: number, b: number) => compareEntries(keys, heap[a] as number, heap[b] as number) < 0;
  const siftDown = (from: number, size: number) => {
    for (let p = from; ; ) {
      const l = 2 * p + 1;
      const r = l + 1;
      let top = p;
      if (l < size && before(l, top)) top = l;
      if (r < size && before(r, top)) top = r;
      if (top === p) return;
      const t = heap[p] as number;
      heap[p] = heap[top] as number;
      heap[top] = t;
      p = top;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i, heap.length);
  for (let size = heap.length; size > 0; size--) {
    const next = heap[0] as number;
    heap[0] = heap[size - 1] as number;
    siftDown(0, size - 1);
    yield next;
  }
}
