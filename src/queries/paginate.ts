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
  const sorted = [...items].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  let start = 0;
  if (paging.token !== undefined) {
    const after = decode(seed, scope, paging.token, style);
    start = sorted.findIndex((item) => keyOf(item) > after);
    if (start < 0) start = sorted.length;
  }
  if (paging.limit === undefined) return { items: sorted.slice(start) };
  const page = sorted.slice(start, start + paging.limit);
  const last = page[page.length - 1];
  const more = start + paging.limit < sorted.length;
  return more && last !== undefined ? { items: page, nextToken: encode(seed, scope, keyOf(last)) } : { items: page };
}
