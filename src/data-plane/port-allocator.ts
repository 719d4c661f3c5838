/**
 * The NLB's source-port allocator. Per unique (NLB node IP, target IP, target port) an NLB
 * supports 55,000 simultaneous connections, "or about 55,000 connections per minute"; past
 * that, port allocation errors for new connections to that target only (docs/aws-behaviour.md,
 * rule 12). Invariant 7: no port held twice at once for one key, at most `capacity` held, a
 * released port not reused before its cooldown.
 *
 * Port range: AWS does not document which source ports a node uses. The model draws each
 * key's ports from exactly `capacity` ports starting at `firstPort` (default 1024..56023).
 * With the pool as large as the limit, "55,000 simultaneous" and "55,000 per cooldown
 * minute" are one and the same limit, as the documentation words it.
 *
 * The hot path (`allocate` / `release` on a slot, or `allocateOn` / `releaseOn` on a key
 * handle, which skips the slot lookup) works on typed arrays shared by all keys (see
 * `port-table.ts`), never allocates (except when a key mints past its block) and never throws
 * for a normal outcome: exhaustion is `-1`. Memory follows the ports each key has used, not
 * the capacity: 100,000 keys that used a dozen ports each take about 44 MB.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { mix32 } from '../core/hash.js';
import { PortKeyIndex, type PortKey } from './port-key-index.js';
import { PORT_EXHAUSTED, PortTable } from './port-table.js';

export { PORT_EXHAUSTED };

/** AWS's documented limit of simultaneous connections per NLB node and target. */
export const DEFAULT_PORT_CAPACITY = 55_000;
/** How long a released source port rests before reuse, in simulated milliseconds. */
export const DEFAULT_PORT_COOLDOWN_MS = 60_000;
/** The lowest source port handed out (the registered-port range starts here). */
export const DEFAULT_FIRST_PORT = 1024;
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
  /** Bytes the allocator holds: its typed arrays, free blocks and reserve included. */
  bytes: number;
}

/**
 * Source ports per (NLB node, target ip, target port), with capacity and cooldown. Intern a
 * key once with `keySlot`, then `allocate` / `release` on the slot (inherited from
 * {@link PortTable}, so the engine's call is one call deep). A caller that keeps using one
 * key, as the engine does per route target, resolves it once with `keyHandle` and calls
 * `allocateOn` / `releaseOn`: same state, no slot lookup per call.
 *
 * @example
 * const ports = new PortAllocator({ seed: 42 });
 * const slot = ports.keySlot(0x0a000a05, 0x0a001414, 8080); // 10.0.10.5 -> 10.0.20.20:8080
 * const port = ports.allocate(slot, cloud.clock.now());     // a port, or -1 when exhausted
 * ports.release(slot, port, cloud.clock.now());             // true; reusable 60 s later
 * const key = ports.keyHandle(slot);                        // for a hot loop on one key
 * ports.releaseOn(key, ports.allocateOn(key, cloud.clock.now()), cloud.clock.now());
 */
export class PortAllocator extends PortTable {
  private readonly seed: number;
  private readonly index = new PortKeyIndex();

  constructor(options: PortAllocatorConstraints = {}) {
    super(...checkedShape(options));
    const seed = options.seed ?? 0;
    if (!Number.isInteger(seed)) throw errors.invalidParameterValue('seed', seed, 'Expecting an integer.');
    this.seed = seed | 0;
  }

  /**
   * The slot of a key, interned on first use (allocation-free when it exists). Slots are
   * dense and stable for the allocator's life; cache one per route.
   */
  keySlot(nodeIp: number, targetIp: number, targetPort: number): number {
    const found = this.index.find(nodeIp, targetIp, targetPort);
    if (found >= 0) return found;
    const slot = this.index.intern(nodeIp, targetIp, targetPort);
    const offset = mix32(mix32(nodeIp ^ this.seed) ^ mix32(targetIp + targetPort)) % this.capacity;
    this.addKey(offset);
    return slot;
  }

  /** The key behind a slot (a fresh object), or `undefined`. */
  keyOf(slot: number): PortKey | undefined {
    return this.index.keyOf(slot);
  }

  /** Totals over every key; `now` decides which released ports still count as cooling. */
  stats(now: number): PortAllocatorStats {
    let cooling = 0;
    let trackedPorts = 0;
    for (let slot = 0; slot < this.keyCount; slot++) {
      cooling += this.cooling(slot, now);
      trackedPorts += this.tracked(slot);
    }
    const bytes = this.index.bytes + this.bytes;
    return { keys: this.keyCount, inUse: this.totalInUse(), cooling, trackedPorts, bytes };
  }
}

/** The options as `PortTable` arguments, or `InvalidParameterValue` for one out of range. */
function checkedShape(options: PortAllocatorConstraints): [firstPort: number, capacity: number, cooldownMs: number] {
  const capacity = options.capacity ?? DEFAULT_PORT_CAPACITY;
  const cooldownMs = options.cooldownMs ?? DEFAULT_PORT_COOLDOWN_MS;
  const firstPort = options.firstPort ?? DEFAULT_FIRST_PORT;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 64_512) {
    throw errors.invalidParameterValue('capacity', capacity, 'Expecting 1..64512 ports.');
  }
  if (!Number.isFinite(cooldownMs) || cooldownMs < 0) {
    throw errors.invalidParameterValue('cooldownMs', cooldownMs, 'Expecting a finite ms >= 0.');
  }
  if (!Number.isInteger(firstPort) || firstPort < 1 || firstPort + capacity - 1 > 65_535) {
    throw errors.invalidParameterValue('firstPort', firstPort, 'The range must end by 65535.');
  }
  return [firstPort, capacity, cooldownMs];
}
