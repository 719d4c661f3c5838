/**
 * Interning of port-allocator keys. The allocator limits source ports per
 * (NLB node IP, target IP, target port); the engine resolves that triple once per route and
 * then works with a small integer slot, so the per-connection path indexes arrays instead of
 * hashing strings. An open-addressing table over typed arrays: a lookup that hits allocates
 * nothing.
 *
 * @module
 */
import { errors } from '../core/errors.js';

/** The key the port allocator counts against: one NLB node talking to one target. */
export interface PortKey {
  /** The NLB node's private IPv4 address, as an unsigned 32-bit integer. */
  readonly nodeIp: number;
  /** The target's IPv4 address, as an unsigned 32-bit integer. */
  readonly targetIp: number;
  /** The target's port (0..65535). */
  readonly targetPort: number;
}

const INITIAL_BUCKETS = 16;
const INITIAL_KEYS = 8;

/** Mixes three 32-bit words into a well-spread 32-bit hash (murmur3-style rounds). */
function hashKey(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51);
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ c;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Grows a typed array to `length`, keeping its contents. */
function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

/**
 * Maps (node IP, target IP, target port) to dense slots 0, 1, 2... in order of first use.
 * Slots are never reused or renumbered, so a caller may cache them.
 *
 * @example
 * const keys = new PortKeyIndex();
 * keys.intern(0x0a000a05, 0x0a001414, 8080); // 0 (10.0.10.5 -> 10.0.20.20:8080)
 * keys.find(0x0a000a05, 0x0a001414, 8080);   // 0, and -1 for a key never interned
 */
export class PortKeyIndex {
  /** Open-addressing buckets holding `slot + 1` (0 = empty); length a power of two. */
  private buckets = new Int32Array(INITIAL_BUCKETS);
  private nodeIps = new Int32Array(INITIAL_KEYS);
  private targetIps = new Int32Array(INITIAL_KEYS);
  private targetPorts = new Int32Array(INITIAL_KEYS);
  private count = 0;

  /** How many keys have been interned (the next slot number). */
  get size(): number {
    return this.count;
  }

  /**
   * The slot of a key, interning it when new. Throws `InvalidParameterValue` (a
   * `CloudError`) for an address that is not an unsigned 32-bit integer or a bad port.
   */
  intern(nodeIp: number, targetIp: number, targetPort: number): number {
    const found = this.find(nodeIp, targetIp, targetPort);
    if (found >= 0) return found;
    checkKey(nodeIp, targetIp, targetPort);
    if ((this.count + 1) * 2 > this.buckets.length) this.rehash(this.buckets.length * 2);
    const slot = this.count;
    if (slot === this.nodeIps.length) {
      this.nodeIps = grown(this.nodeIps, slot * 2);
      this.targetIps = grown(this.targetIps, slot * 2);
      this.targetPorts = grown(this.targetPorts, slot * 2);
    }
    this.nodeIps[slot] = nodeIp | 0;
    this.targetIps[slot] = targetIp | 0;
    this.targetPorts[slot] = targetPort | 0;
    this.count = slot + 1;
    this.place(slot);
    return slot;
  }

  /** The slot of a key already interned, or -1. Never allocates. */
  find(nodeIp: number, targetIp: number, targetPort: number): number {
    if (nodeIp >>> 0 !== nodeIp || targetIp >>> 0 !== targetIp) return -1;
    if ((targetPort & 0xffff) !== targetPort) return -1;
    const a = nodeIp | 0;
    const b = targetIp | 0;
    const c = targetPort;
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    for (let i = hashKey(a, b, c) & mask; ; i = (i + 1) & mask) {
      const entry = buckets[i] ?? 0;
      if (entry === 0) return -1;
      const slot = entry - 1;
      if (this.nodeIps[slot] === a && this.targetIps[slot] === b && this.targetPorts[slot] === c) {
        return slot;
      }
    }
  }

  /** The key behind a slot (a fresh object), or `undefined` for a slot never handed out. */
  keyOf(slot: number): PortKey | undefined {
    if (!Number.isInteger(slot) || slot < 0 || slot >= this.count) return undefined;
    return {
      nodeIp: (this.nodeIps[slot] ?? 0) >>> 0,
      targetIp: (this.targetIps[slot] ?? 0) >>> 0,
      targetPort: this.targetPorts[slot] ?? 0,
    };
  }

  /** Bytes held by the index's typed arrays. */
  get bytes(): number {
    return (
      this.buckets.byteLength +
      this.nodeIps.byteLength +
      this.targetIps.byteLength +
      this.targetPorts.byteLength
    );
  }

  private place(slot: number): void {
    const mask = this.buckets.length - 1;
    const a = this.nodeIps[slot] ?? 0;
    const b = this.targetIps[slot] ?? 0;
    const c = this.targetPorts[slot] ?? 0;
    let i = hashKey(a, b, c) & mask;
    while ((this.buckets[i] ?? 0) !== 0) i = (i + 1) & mask;
    this.buckets[i] = slot + 1;
  }

  private rehash(length: number): void {
    this.buckets = new Int32Array(length);
    for (let slot = 0; slot < this.count; slot++) this.place(slot);
  }
}

function checkKey(nodeIp: number, targetIp: number, targetPort: number): void {
  const why = 'An IPv4 address is an unsigned 32-bit integer.';
  if (nodeIp >>> 0 !== nodeIp) throw errors.invalidParameterValue('nodeIp', nodeIp, why);
  if (targetIp >>> 0 !== targetIp) throw errors.invalidParameterValue('targetIp', targetIp, why);
  if ((targetPort & 0xffff) !== targetPort) {
    throw errors.invalidParameterValue('targetPort', targetPort, 'A port is 0..65535.');
  }
}
