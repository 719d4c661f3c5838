/**
 * Seeded, platform-independent hashing: the single source of every "random" value in the
 * model. Everything is derived from (seed, purpose, counter) so that the same seed and the
 * same calls give byte-identical worlds, and a value never depends on call timing.
 *
 * @module
 */

/** A 32-bit string hash (cyrb53's mixing, low word), stable across platforms. */
export function hashString(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
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

/** `length` lowercase hex characters derived from `text`; each 8-character block re-salted. */
export function hexDigest(text: string, length: number): string {
  let out = '';
  for (let block = 0; out.length < length; block++) {
    out += hashString(text, block * 0x9e3779b9).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** `length` characters of lowercase letters and digits derived from `text`. */
export function alnumDigest(text: string, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[hashString(text, i + 1) % alphabet.length];
  }
  return out;
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
