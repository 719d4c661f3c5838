/**
 * The reference side of `scripts/fuzz-allocator.ts`: one key of a deliberately plain port
 * allocator (a held flag and a release time per port, availability found by a linear scan),
 * a seeded PRNG, and a ring of the last operations to print when a check fails.
 *
 * @module
 */

/**
 * mulberry32: a small seeded PRNG, uniform in [0, 1). Same seed, same stream.
 *
 * @example
 * const rnd = mulberry32(7);
 * const die = 1 + Math.floor(rnd() * 6);
 */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The obviously-right model of one (node, target ip, target port) key: which ports may be
 * handed out at a time, and what a release must answer. Held ports also sit in a dense list
 * so a random one is picked in O(1).
 *
 * @example
 * const ref = new ReferenceKey(4, 60_000, 1024);
 * ref.violation(1024, 0); // undefined: a fresh port may be handed out
 * ref.allocate(1024);
 * ref.release(1024, 5);   // true; 1024 may be handed out again from 60_005
 */
export class ReferenceKey {
  private readonly held: Uint8Array;
  private readonly releasedAt: Float64Array;
  private readonly list: Int32Array;
  private readonly position: Int32Array;
  /** Ports held now. */
  inUse = 0;
  /** When the next free port cools, as last scanned; NaN once a hand-out or release changed it. */
  private nextCool = Number.NaN;

  constructor(
    private readonly capacity: number,
    private readonly cooldownMs: number,
    private readonly firstPort: number,
  ) {
    this.held = new Uint8Array(capacity);
    this.releasedAt = new Float64Array(capacity).fill(-Infinity);
    this.list = new Int32Array(capacity);
    this.position = new Int32Array(capacity);
  }

  /**
   * Whether some port is neither held nor cooling at `now`. A linear scan for the earliest
   * time a free port is cool, remembered until the next hand-out or release.
   */
  anyAvailable(now: number): boolean {
    if (Number.isNaN(this.nextCool)) {
      let earliest = Infinity;
      for (let i = 0; i < this.capacity; i++) {
        const cool = (this.releasedAt[i] ?? 0) + this.cooldownMs;
        if (this.held[i] === 0 && cool < earliest) earliest = cool;
      }
      this.nextCool = earliest;
    }
    return this.nextCool <= now;
  }

  /** Released ports still cooling at `now`. O(capacity). */
  coolingAt(now: number): number {
    let n = 0;
    for (let i = 0; i < this.capacity; i++) {
      if (this.held[i] === 0 && (this.releasedAt[i] ?? 0) + this.cooldownMs > now) n++;
    }
    return n;
  }

  /** Why handing out `port` at `now` breaks invariant 7, or `undefined`. */
  violation(port: number, now: number): string | undefined {
    const i = port - this.firstPort;
    if (!Number.isInteger(port) || i < 0 || i >= this.capacity) return `port ${port} out of range`;
    if (this.held[i] === 1) return `port ${port} handed out while held`;
    const at = this.releasedAt[i] ?? -Infinity;
    if (at + this.cooldownMs > now) return `port ${port} reused at ${now}, released at ${at}, cooldown ${this.cooldownMs}`;
    if (this.inUse >= this.capacity) return `more than ${this.capacity} ports held`;
    return undefined;
  }

  /** Records a hand-out already checked with {@link ReferenceKey.violation}. */
  allocate(port: number): void {
    const i = port - this.firstPort;
    this.nextCool = Number.NaN;
    this.held[i] = 1;
    this.position[i] = this.inUse;
    this.list[this.inUse++] = port;
  }

  /** Records a release; answers what the allocator must answer (whether it was held). */
  release(port: number, now: number): boolean {
    const i = port - this.firstPort;
    if (!Number.isInteger(port) || i < 0 || i >= this.capacity || this.held[i] !== 1) return false;
    this.nextCool = Number.NaN;
    this.held[i] = 0;
    this.releasedAt[i] = now;
    const at = this.position[i] ?? 0;
    const last = this.list[--this.inUse] ?? 0;
    this.list[at] = last;
    this.position[last - this.firstPort] = at;
    return true;
  }

  /** The `n`-th held port (0 <= n < inUse), in no particular order. */
  heldAt(n: number): number {
    return this.list[n] ?? -1;
  }

  /** Whether `port` is held. */
  isHeld(port: number): boolean {
    return this.held[port - this.firstPort] === 1;
  }

  /** Releases every held port at `now`. */
  releaseAll(now: number): void {
    this.drain(now, () => true);
  }

  /** Releases every held port at `now`, calling `each` with it first. */
  drain(now: number, each: (port: number) => boolean): void {
    while (this.inUse > 0) {
      const port = this.heldAt(this.inUse - 1);
      each(port);
      this.release(port, now);
    }
  }
}

const KINDS = ['advance', 'allocate', 'release', 'release*', 'isHeld', 'releaseAll'] as const;
/** What a traced operation was. */
export type TraceKind = (typeof KINDS)[number];

/**
 * The last 16 operations, in typed arrays (tracing allocates nothing per operation).
 *
 * @example
 * const trace = new Trace();
 * trace.push('allocate', 0, 1024, 0);
 * console.log(trace.format()); // '    allocate slot 0 -> 1024 at t=0'
 */
export class Trace {
  private readonly kinds = new Uint8Array(16);
  private readonly slots = new Int32Array(16);
  private readonly values = new Float64Array(16);
  private readonly times = new Float64Array(16);
  private count = 0;

  /** Records one operation: its kind, slot (-1: none), value (port or dt) and time. */
  push(kind: TraceKind, slot: number, value: number, now: number): void {
    const at = this.count++ & 15;
    this.kinds[at] = KINDS.indexOf(kind);
    this.slots[at] = slot;
    this.values[at] = value;
    this.times[at] = now;
  }

  /** The recorded operations, oldest first, one per line. */
  format(): string {
    const lines: string[] = [];
    for (let n = Math.max(0, this.count - 16); n < this.count; n++) {
      const at = n & 15;
      const kind = KINDS[this.kinds[at] ?? 0] ?? 'advance';
      const value = this.values[at] ?? 0;
      const arrow = kind === 'allocate' ? ` -> ${value}` : kind === 'advance' ? ` by ${value}` : ` ${value}`;
      lines.push(`    ${kind} slot ${this.slots[at]}${arrow} at t=${this.times[at]}`);
    }
    return lines.join('\n');
  }
}
