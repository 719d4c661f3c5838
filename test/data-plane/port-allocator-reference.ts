/**
 * A deliberately simple model of the port allocator, for property tests and the fuzz script:
 * one flag and one release time per port of each key, scanned linearly. Slow and obviously
 * right; the real allocator must agree with it on every operation (invariants 7 and 8).
 *
 * @module
 */

/** Per-key state of the reference model. */
interface KeyState {
  held: Uint8Array;
  releasedAt: Float64Array;
  inUse: number;
}

/**
 * The reference allocator: which ports may be handed out, and what a release must answer.
 *
 * @example
 * const ref = new ReferencePorts({ capacity: 4, cooldownMs: 10, firstPort: 1024 });
 * ref.violation(0, 1024, 0); // undefined: a fresh port may be handed out
 */
export class ReferencePorts {
  private readonly keys: KeyState[] = [];

  constructor(readonly config: { capacity: number; cooldownMs: number; firstPort: number }) {}

  private key(slot: number): KeyState {
    let state = this.keys[slot];
    if (state === undefined) {
      const { capacity } = this.config;
      state = {
        held: new Uint8Array(capacity),
        releasedAt: new Float64Array(capacity).fill(-Infinity),
        inUse: 0,
      };
      this.keys[slot] = state;
    }
    return state;
  }

  /** Whether some port of `slot` may be handed out at `now`. O(capacity). */
  anyAvailable(slot: number, now: number): boolean {
    const state = this.key(slot);
    for (let i = 0; i < this.config.capacity; i++) {
      if (state.held[i] === 0 && (state.releasedAt[i] ?? 0) + this.config.cooldownMs <= now) return true;
    }
    return false;
  }

  /** Why handing out `port` on `slot` at `now` breaks invariant 7, or `undefined`. */
  violation(slot: number, port: number, now: number): string | undefined {
    const state = this.key(slot);
    const i = port - this.config.firstPort;
    if (!Number.isInteger(port) || i < 0 || i >= this.config.capacity) return `port ${port} out of range`;
    if (state.held[i] === 1) return `port ${port} handed out twice on slot ${slot}`;
    const at = state.releasedAt[i] ?? -Infinity;
    if (at + this.config.cooldownMs > now) {
      return `port ${port} reused at ${now}, released at ${at} (cooldown ${this.config.cooldownMs})`;
    }
    if (state.inUse >= this.config.capacity) return `more than ${this.config.capacity} ports held`;
    return undefined;
  }

  /** Records a hand-out already checked with {@link violation}. */
  allocated(slot: number, port: number): void {
    const state = this.key(slot);
    state.held[port - this.config.firstPort] = 1;
    state.inUse++;
  }

  /** Records a release; returns what the allocator must answer (whether it was held). */
  release(slot: number, port: number, now: number): boolean {
    const state = this.key(slot);
    const i = port - this.config.firstPort;
    if (!Number.isInteger(port) || i < 0 || i >= this.config.capacity || state.held[i] !== 1) return false;
    state.held[i] = 0;
    state.releasedAt[i] = now;
    state.inUse--;
    return true;
  }

  /** Whether `port` is held on `slot`. */
  isHeld(slot: number, port: number): boolean {
    return this.key(slot).held[port - this.config.firstPort] === 1;
  }

  /** Ports held on `slot`. */
  inUse(slot: number): number {
    return this.key(slot).inUse;
  }

  /** Every held port of `slot`, ascending. */
  heldPorts(slot: number): number[] {
    const state = this.key(slot);
    const out: number[] = [];
    for (let i = 0; i < this.config.capacity; i++) if (state.held[i] === 1) out.push(this.config.firstPort + i);
    return out;
  }
}
