/**
 * A map from (consumer host, consumer port) to one integer, over typed arrays: what the
 * engine asks on every connect ("does this host hold this port?") and changes on every
 * connect and close, so lookups, inserts and deletes allocate nothing (the arrays grow by
 * doubling, rarely). Open addressing with linear probing and backward-shift deletion, so
 * no tombstones pile up under connect/close churn.
 *
 * @module
 */

import { mix32 } from '../core/hash.js';

const INITIAL_BUCKETS = 16;

/** Spreads (host, port) over 32 bits: murmur3's finaliser over a multiplicative mix. */
function hashHostPort(host: number, port: number): number {
  return mix32(Math.imul(host ^ 0x5bd1e995, 0x9e3779b1) ^ port);
}

/**
 * (host id, port 1..65535) -> a non-negative integer. Port 0 marks an empty bucket, which is
 * why port 0 is not a key (TCP never connects from it).
 *
 * @example
 * const map = new HostPortMap();
 * map.put(0, 32768, 7); // -1: there was none
 * map.get(0, 32768);    // 7
 * map.delete(0, 32768); // true
 */
export class HostPortMap {
  private hosts = new Int32Array(INITIAL_BUCKETS);
  private ports = new Int32Array(INITIAL_BUCKETS);
  private values = new Int32Array(INITIAL_BUCKETS);
  private count = 0;

  /** How many keys are held. */
  get size(): number {
    return this.count;
  }

  /** The value of (host, port), or -1. */
  get(host: number, port: number): number {
    const at = this.find(host, port);
    return at < 0 ? -1 : (this.values[at] ?? -1);
  }

  /** Sets (host, port) to `value` (>= 0); returns the value it replaced, or -1 when new. */
  put(host: number, port: number, value: number): number {
    const mask = this.ports.length - 1;
    let i = hashHostPort(host, port) & mask;
    for (let p = this.ports[i] ?? 0; p !== 0; p = this.ports[i] ?? 0) {
      if (p === port && this.hosts[i] === host) {
        const old = this.values[i] ?? -1;
        this.values[i] = value;
        return old;
      }
      i = (i + 1) & mask;
    }
    this.hosts[i] = host;
    this.ports[i] = port;
    this.values[i] = value;
    this.count++;
    if (this.count * 2 > this.ports.length) this.rehash(this.ports.length * 2);
    return -1;
  }

  /** Removes (host, port); false when it was not there. */
  delete(host: number, port: number): boolean {
    let hole = this.find(host, port);
    if (hole < 0) return false;
    const mask = this.ports.length - 1;
    // Backward shift: move up every later entry of the run whose home is not between the
    // hole and itself, so lookups never meet a gap inside their run.
    for (let i = (hole + 1) & mask; (this.ports[i] ?? 0) !== 0; i = (i + 1) & mask) {
      const home = hashHostPort(this.hosts[i] ?? 0, this.ports[i] ?? 0) & mask;
      if (((i - home) & mask) >= ((i - hole) & mask)) {
        this.hosts[hole] = this.hosts[i] ?? 0;
        this.ports[hole] = this.ports[i] ?? 0;
        this.values[hole] = this.values[i] ?? 0;
        hole = i;
      }
    }
    this.ports[hole] = 0;
    this.count--;
    return true;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.hosts.byteLength + this.ports.byteLength + this.values.byteLength;
  }

  private find(host: number, port: number): number {
    const ports = this.ports;
    const mask = ports.length - 1;
    for (let i = hashHostPort(host, port) & mask; ; i = (i + 1) & mask) {
      const p = ports[i] ?? 0;
      if (p === 0) return -1;
      if (p === port && this.hosts[i] === host) return i;
    }
  }

  private rehash(length: number): void {
    const { hosts, ports, values } = this;
    this.hosts = new Int32Array(length);
    this.ports = new Int32Array(length);
    this.values = new Int32Array(length);
    const mask = length - 1;
    for (let j = 0; j < ports.length; j++) {
      const port = ports[j] ?? 0;
      if (port === 0) continue;
      const host = hosts[j] ?? 0;
      let i = hashHostPort(host, port) & mask;
      while ((this.ports[i] ?? 0) !== 0) i = (i + 1) & mask;
      this.hosts[i] = host;
      this.ports[i] = port;
      this.values[i] = values[j] ?? 0;
    }
  }
}
