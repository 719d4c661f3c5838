/**
 * What the port allocator is measured against. `NaivePorts` is what a user would write: a
 * `Set` of held ports, a `Map` of release times, and a rotating cursor that scans for a port
 * neither held nor cooling. `BareStack` is the practical limit: a typed-array free stack with
 * no keys, no cooldown and no double-release check.
 *
 * @module
 */

/**
 * The straightforward allocator: same capacity and cooldown semantics, O(scan) per call.
 *
 * @example
 * const naive = new NaivePorts(55_000, 60_000, 1024);
 * const port = naive.allocate(now); naive.release(port, now);
 */
export class NaivePorts {
  private readonly held = new Set<number>();
  private readonly releasedAt = new Map<number, number>();
  private cursor = 0;

  constructor(
    private readonly capacity: number,
    private readonly cooldownMs: number,
    private readonly firstPort: number,
  ) {}

  allocate(now: number): number {
    if (this.held.size >= this.capacity) return -1;
    for (let k = 0; k < this.capacity; k++) {
      const port = this.firstPort + this.cursor;
      this.cursor = this.cursor + 1 === this.capacity ? 0 : this.cursor + 1;
      if (this.held.has(port)) continue;
      const at = this.releasedAt.get(port);
      if (at !== undefined && at + this.cooldownMs > now) continue;
      this.held.add(port);
      return port;
    }
    return -1;
  }

  release(port: number, now: number): boolean {
    if (!this.held.delete(port)) return false;
    this.releasedAt.set(port, now);
    return true;
  }
}

/**
 * A bare typed-array push/pop stack: the floor any port allocator's cost is compared with.
 *
 * @example
 * const bare = new BareStack(1024, 55_000);
 * bare.push(bare.pop());
 */
export class BareStack {
  private readonly stack: Uint16Array;
  private top: number;

  constructor(firstPort: number, count: number) {
    this.stack = new Uint16Array(count);
    for (let i = 0; i < count; i++) this.stack[i] = firstPort + count - 1 - i;
    this.top = count;
  }

  pop(): number {
    return this.top === 0 ? -1 : (this.stack[--this.top] ?? -1);
  }

  push(port: number): void {
    this.stack[this.top++] = port;
  }
}
