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
 * before it, and with a limit only the page's items are chosen (a heap of `limit` entries)
 * and sorted, so paging through 100,000 records costs O(n log limit) per page, not
 * O(n log n). Items with equal keys keep their input order, as a stable sort would.
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
  const more = limit !== undefined && keys.length > limit;
  const chosen = more ? smallest(keys, limit) : keys.map((_, i) => i);
  chosen.sort((a, b) => compareEntries(keys, a, b));
  const page = chosen.map((i) => items[at[i] as number] as Item);
  const last = chosen[chosen.length - 1];
  return more && last !== undefined ? { items: page, nextToken: encode(seed, scope, keys[last] as string) } : { items: page };
}

/** Orders positions in `keys` by key, then by position (the order a stable sort keeps). */
function compareEntries(keys: readonly string[], a: number, b: number): number {
  const ka = keys[a] as string;
  const kb = keys[b] as string;
  return ka < kb ? -1 : ka > kb ? 1 : a - b;
}

/**
 * The positions of the `count` first entries of `keys` in {@link compareEntries} order, in
 * no particular order: a max-heap of `count` positions, each later entry replacing the
 * heap's largest when it comes before it. O(n log count).
 */
function smallest(keys: readonly string[], count: number): number[] {
  const heap: number[] = [];
  const above = (a: number, b: number) => compareEntries(keys, heap[a] as number, heap[b] as number) > 0;
  const swap = (a: number, b: number) => {
    const t = heap[a] as number;
    heap[a] = heap[b] as number;
    heap[b] = t;
  };
  for (let i = 0; i < keys.length; i++) {
    if (heap.length < count) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0 && above(c, (c - 1) >> 1); c = (c - 1) >> 1) swap(c, (c - 1) >> 1);
      continue;
    }
    if (compareEntries(keys, i, heap[0] as number) >= 0) continue;
    heap[0] = i;
    for (let p = 0; ; ) {
      const l = 2 * p + 1;
      const r = l + 1;
      let top = p;
      if (l < heap.length && above(l, top)) top = l;
      if (r < heap.length && above(r, top)) top = r;
      if (top === p) break;
      swap(p, top);
      p = top;
    }
  }
  return heap;
}
