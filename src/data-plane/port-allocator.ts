/**
 * The NLB's source-port allocator. Per unique (NLB node IP, target IP, target port) an NLB
 * supports 55,000 simultaneous connections, "or about 55,000 connections per minute"; past
 * that, port allocation errors for new connections to that target only (AWS-BEHAVIOUR.md,
 * rule 19). Invariant 7: no port held twice at once for one key, at most `capacity` held, a
 * released port not reused before its cooldown.
 *
 * Port range: AWS does not document which source ports a node uses. The model draws each
 * key's ports from exactly `capacity` ports starting at `firstPort` (default 1024..56023).
 * With the pool as large as the limit, "55,000 simultaneous" and "55,000 per cooldown
 * minute" are one and the same limit, as the documentation words it.
 *
 * The hot path (`allocate`, `release`) works on typed arrays shared by all keys (see
 * `port-arena.ts`), never allocates (except when a key's block doubles) and never throws for
 * a normal outcome: exhaustion is `-1`. Memory follows the ports each key has used, not the
 * capacity: 100,000 keys with a dozen ports each take about 25 MB.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { mix32 } from '../core/hash.js';
import { PortKeyIndex, type PortKey } from './port-key-index.js';
import { PortArena } from './port-arena.js';
import { PortPool } from './port-pool.js';

/** AWS's documented limit of simultaneous connections per NLB node and target. */
export const DEFAULT_PORT_CAPACITY = 55_000;
/** How long a released source port rests before reuse, in simulated milliseconds. */
export const DEFAULT_PORT_COOLDOWN_MS = 60_000;
/** The lowest source port handed out (the registered-port range starts here). */
export const DEFAULT_FIRST_PORT = 1024;
/** What `allocate` returns when every port of the key is held or still cooling. */
export const PORT_EXHAUSTED = -1;

/** Options of a {@link PortAllocator}. */
export interface PortAllocatorConstraints {
  /**
   * Most ports one key may hold at once, and the size of its port range (1..64512).
   * @defaultValue 55_000
   */
  capacity?: number;
  /**
   * Simulated milliseconds a released port rests before it is handed out again (>= 0).
   * @defaultValue 60_000
   */
  cooldownMs?: number;
  /**
   * The first port of every key's range; the range is `firstPort .. firstPort + capacity - 1`.
   * @defaultValue 1024
   */
  firstPort?: number;
  /**
   * Seeds where each key's rotation of the range starts, so keys do not all begin at 1024.
   * @defaultValue 0
   */
  seed?: number;
}

/** Totals over every key, for tests and benchmarks. */
export interface PortAllocatorStats {
  /** Keys interned. */
  keys: number;
  /** Ports held now. */
  inUse: number;
  /** Released ports not yet reusable at the `now` given to `stats`. */
  cooling: number;
  /** Ports ever handed out, summed over keys: what memory is sized by. */
  trackedPorts: number;
  /** Bytes the allocator holds: its typed arrays (free blocks included) and per-key objects. */
  bytes: number;
}

/**
 * Source ports per (NLB node, target ip, target port), with capacity and cooldown. Intern a
 * key once with `keySlot`, then `allocate` / `release` on the slot.
 *
 * @example
 * const ports = new PortAllocator({ seed: 42 });
 * const slot = ports.keySlot(0x0a000a05, 0x0a001414, 8080); // 10.0.10.5 -> 10.0.20.20:8080
 * const port = ports.allocate(slot, cloud.clock.now());     // a port, or -1 when exhausted
 * ports.release(slot, port, cloud.clock.now());             // true; reusable 60 s later
 */
export class PortAllocator {
  /** Most ports one key holds at once. */
  readonly capacity: number;
  /** Simulated milliseconds before a released port is reused. */
  readonly cooldownMs: number;
  /** First port of each key's range. */
  readonly firstPort: number;
  private readonly seed: number;
  private readonly keys = new PortKeyIndex();
  private readonly arena = new PortArena();
  private readonly pools: PortPool[] = [];
  private held = 0;

  constructor(options: PortAllocatorConstraints = {}) {
    const capacity = options.capacity ?? DEFAULT_PORT_CAPACITY;
    const cooldownMs = options.cooldownMs ?? DEFAULT_PORT_COOLDOWN_MS;
    const firstPort = options.firstPort ?? DEFAULT_FIRST_PORT;
    const seed = options.seed ?? 0;
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 64_512) {
      throw errors.invalidParameterValue('capacity', capacity, 'Expecting 1..64512 ports.');
    }
    if (!Number.isFinite(cooldownMs) || cooldownMs < 0) {
      throw errors.invalidParameterValue('cooldownMs', cooldownMs, 'Expecting a finite ms >= 0.');
    }
    if (!Number.isInteger(firstPort) || firstPort < 1 || firstPort + capacity - 1 > 65_535) {
      throw errors.invalidParameterValue('firstPort', firstPort, 'The range must end by 65535.');
    }
    if (!Number.isInteger(seed)) throw errors.invalidParameterValue('seed', seed, 'Expecting an integer.');
    this.capacity = capacity;
    this.cooldownMs = cooldownMs;
    this.firstPort = firstPort;
    this.seed = seed | 0;
  }

  /**
   * The slot of a key, interned on first use (allocation-free when it exists). Slots are
   * dense and stable for the allocator's life; cache one per route.
   */
  keySlot(nodeIp: number, targetIp: number, targetPort: number): number {
    const found = this.keys.find(nodeIp, targetIp, targetPort);
    if (found >= 0) return found;
    const slot = this.keys.intern(nodeIp, targetIp, targetPort);
    // `| 0` keeps the offset a small integer: a double here slows every call by half.
    const offset = (mix32(mix32(nodeIp ^ this.seed) ^ mix32(targetIp + targetPort)) % this.capacity) | 0;
    this.pools.push(new PortPool(this.firstPort, this.capacity, offset, this.cooldownMs, this.arena));
    return slot;
  }

  /** The key behind a slot (a fresh object), or `undefined`. */
  keyOf(slot: number): PortKey | undefined {
    return this.keys.keyOf(slot);
  }

  /**
   * A source port for a new connection on `slot` at simulated time `now`, or
   * `PORT_EXHAUSTED` (-1) when every port is held or still cooling. A slot that
   * `keySlot` never returned, or a `now` that is not a finite number, is misuse:
   * `InvalidParameterValue`.
   */
  allocate(slot: number, now: number): number {
    const pool = this.pools[slot];
    if (pool === undefined) throw unknownSlot(slot);
    if (now - now !== 0) throw badTime(now); // NaN or ±Infinity
    const port = pool.allocate(now);
    if (port >= 0) this.held++;
    return port;
  }

  /**
   * Returns `port` at `now`; it becomes reusable at `now + cooldownMs`. False, and nothing
   * changes, when the port is not held (double release, never allocated, unknown slot). A
   * `now` that is not a finite number is misuse: `InvalidParameterValue`.
   */
  release(slot: number, port: number, now: number): boolean {
    const pool = this.pools[slot];
    if (pool === undefined) return false;
    if (now - now !== 0) throw badTime(now);
    if (!pool.release(port, now)) return false;
    this.held--;
    return true;
  }

  /** Whether `port` is held on `slot` now. */
  isHeld(slot: number, port: number): boolean {
    const pool = this.pools[slot];
    return pool !== undefined && pool.isHeld(port);
  }

  /** Ports held on `slot` now (0 for an unknown slot). */
  inUse(slot: number): number {
    return this.pools[slot]?.inUse ?? 0;
  }

  /** Released ports of `slot` still cooling at `now`. */
  cooling(slot: number, now: number): number {
    return this.pools[slot]?.coolingAt(now) ?? 0;
  }

  /** Ports held now, over every key. O(1). */
  totalInUse(): number {
    return this.held;
  }

  /** Releases every held port at `now` (they cool down as usual); slots stay valid. */
  releaseAll(now: number): void {
    for (const pool of this.pools) this.held -= pool.releaseAll(now);
  }

  /** Forgets every held and cooling port and frees their memory; slots stay valid. */
  reset(): void {
    for (const pool of this.pools) pool.reset();
    this.arena.clear();
    this.held = 0;
  }

  /** Totals over every key; `now` decides which released ports still count as cooling. */
  stats(now: number): PortAllocatorStats {
    let cooling = 0;
    let trackedPorts = 0;
    for (const pool of this.pools) {
      cooling += pool.coolingAt(now);
      trackedPorts += pool.tracked;
    }
    const bytes = this.keys.bytes + this.arena.bytes + this.pools.length * BYTES_PER_POOL_OBJECT;
    return { keys: this.pools.length, inUse: this.held, cooling, trackedPorts, bytes };
  }
}

/** About what one key's pool object weighs in V8's heap (15 fields), for `stats().bytes`. */
const BYTES_PER_POOL_OBJECT = 80;

function badTime(now: number) {
  return errors.invalidParameterValue('now', now, 'Expecting simulated epoch milliseconds, a finite number.');
}

function unknownSlot(slot: number) {
  return errors.invalidParameterValue('slot', slot, 'Call keySlot(nodeIp, targetIp, targetPort) first.');
}
