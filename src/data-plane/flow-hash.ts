/**
 * The seeded hash of a TCP flow's 5-tuple. An NLB keeps a flow on one target by hashing
 * (protocol, source ip, source port, destination ip, destination port); the model does the
 * same with the world's seed, so the same flow lands on the same target while it is healthy
 * and a run is reproducible. Pure integer arithmetic: no allocation, no strings.
 *
 * @module
 */

/** IANA protocol number of TCP, the only protocol an endpoint service carries. */
export const PROTOCOL_TCP = 6;

/** One murmur3 block round: folds a 32-bit word into the running hash. */
function round(hash: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  const h = hash ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/**
 * A 32-bit unsigned hash of a flow's 5-tuple under `seed` (murmur3's rounds and finaliser).
 * Addresses are unsigned 32-bit integers, ports 0..65535.
 *
 * @example
 * const h = flowHash(42, 0x0a000105, 49152, 0x0a00020a, 443); // same inputs, same h
 * const target = targets[flowIndex(h, targets.length)];
 */
export function flowHash(
  seed: number,
  sourceIp: number,
  sourcePort: number,
  destinationIp: number,
  destinationPort: number,
  protocol: number = PROTOCOL_TCP,
): number {
  let h = seed | 0;
  h = round(h, sourceIp | 0);
  h = round(h, destinationIp | 0);
  h = round(h, ((sourcePort & 0xffff) << 16) | (destinationPort & 0xffff));
  h = round(h, protocol & 0xff);
  h ^= 16;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Maps a 32-bit hash onto `0 .. count - 1` without a division (multiply-shift, Lemire's
 * reduction); -1 when `count` is 0, so "no eligible target" stays a value, not a throw.
 *
 * @example
 * flowIndex(flowHash(42, 0x0a000105, 49152, 0x0a00020a, 443), 3); // 0, 1 or 2
 */
export function flowIndex(hash: number, count: number): number {
  if (count <= 0) return -1;
  return Math.floor(((hash >>> 0) * count) / 4294967296);
}
