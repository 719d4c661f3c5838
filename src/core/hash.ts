/**
 * Seeded, platform-independent hashing: the single source of every "random" value in the
 * model. Everything is derived from (seed, purpose, counter) so that the same seed and the
 * same calls give byte-identical worlds, and a value never depends on call timing.
 *
 * @module
 */

/** The running state of {@link hashString}: two 32-bit words. */
type HashState = readonly [number, number];

/** Absorbs `text` into (h1, h2); the result is left in `out1`/`out2` (no allocation per call). */
let out1 = 0;
let out2 = 0;
function absorb(h1: number, h2: number, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  out1 = h1;
  out2 = h2;
}

function squeeze(a: number, b: number): number {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** A 32-bit string hash (cyrb53's mixing, low word), stable across platforms. */
export function hashString(text: string, salt = 0): number {
  absorb(0xdeadbeef ^ salt, 0x41c6ce57 ^ salt, text);
  return squeeze(out1, out2);
}

/**
 * States after absorbing `<seed>\u0000`, per seed and salt. Every seeded value hashes the
 * seed first, and a seed may be long (a snapshot can carry any string): absorbing it once
 * keeps each id O(1) in the seed's length. Bounded: a fuzzer makes a world per run.
 */
const seedStates = new Map<string, Map<number, HashState>>();
const SEED_CACHE_LIMIT = 64;

function seedState(seed: string, salt: number): HashState {
  let bySalt = seedStates.get(seed);
  if (bySalt === undefined) {
    if (seedStates.size >= SEED_CACHE_LIMIT) seedStates.clear();
    bySalt = new Map();
    seedStates.set(seed, bySalt);
  }
  let state = bySalt.get(salt);
  if (state === undefined) {
    absorb(0xdeadbeef ^ salt, 0x41c6ce57 ^ salt, `${seed}\u0000`);
    state = [out1, out2];
    bySalt.set(salt, state);
  }
  return state;
}

/**
 * `hashString(`${seed}\u0000${rest}`, salt)`, with the seed's part computed once per seed.
 *
 * @example
 * seededHash('42', 'ip\u0000eni-1') === hashString('42\u0000ip\u0000eni-1'); // true
 */
export function seededHash(seed: string, rest: string, salt = 0): number {
  const [h1, h2] = seedState(seed, salt);
  absorb(h1, h2, rest);
  return squeeze(out1, out2);
}

/** Final mixer of murmur3: spreads the bits of a 32-bit integer. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

type SaltedHash = (salt: number) => number;

// Digests are joined, not built with `+=`: flat strings, not ropes (see `flat-string.ts`).
function hexOf(hash: SaltedHash, length: number): string {
  const blocks: string[] = [];
  for (let made = 0; made < length; made += 8) {
    const block = hash((made / 8) * 0x9e3779b9).toString(16).padStart(8, '0');
    blocks.push(made + 8 <= length ? block : block.slice(0, length - made));
  }
  return blocks.join('');
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function alnumOf(hash: SaltedHash, length: number): string {
  const chars: string[] = [];
  for (let i = 0; i < length; i++) chars.push(ALNUM.charAt(hash(i + 1) % ALNUM.length));
  return chars.join('');
}

/** `length` lowercase hex characters derived from `text`; each 8-character block re-salted. */
export function hexDigest(text: string, length: number): string {
  return hexOf((salt) => hashString(text, salt), length);
}

/** {@link hexDigest} of `${seed}\u0000${rest}`, the seed's part computed once per seed. */
export function seededHex(seed: string, rest: string, length: number): string {
  return hexOf((salt) => seededHash(seed, rest, salt), length);
}

/** `length` characters of lowercase letters and digits derived from `text`. */
export function alnumDigest(text: string, length: number): string {
  return alnumOf((salt) => hashString(text, salt), length);
}

/** {@link alnumDigest} of `${seed}\u0000${rest}`, the seed's part computed once per seed. */
export function seededAlnum(seed: string, rest: string, length: number): string {
  return alnumOf((salt) => seededHash(seed, rest, salt), length);
}

/**
 * A small deterministic PRNG (mulberry32) for local choices such as shuffles. It is created
 * from a string key, used, and dropped: nothing long-lived carries hidden state.
 */
export function createRng(key: string): () => number {
  let state = hashString(key);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher-Yates shuffle returning a new array; `items` is not touched. */
export function shuffled<T>(items: readonly T[], key: string): T[] {
  const out = items.slice();
  const next = createRng(key);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
