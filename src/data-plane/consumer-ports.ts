/**
 * The consumer's side of a TCP 5-tuple: (TCP, consumer ip, consumer port, endpoint interface
 * ip, listener port). While a connection is open no other connection may have the same
 * 5-tuple, and a port the host picks by itself (an ephemeral port, Linux's default range
 * 32768-60999: 28,232 ports) is one it holds for no open connection. A host with all of
 * them held cannot open another connection without naming its port: the consumer's own
 * limit, unrelated to the NLB's 55,000 source ports per target (`port-allocator.ts`).
 *
 * A host is a (source network, ip) pair: two VPCs may use the same addresses for different
 * hosts. Open connections are kept per (host, port) as a doubly linked list over connection
 * slots, so checking a 5-tuple walks only the connections that share host and port (none or
 * one, usually), and closing is O(1).
 *
 * @module
 */
import { HostPortMap } from './host-port-map.js';

/** The first port of the ephemeral range (Linux's `ip_local_port_range` default). */
export const FIRST_EPHEMERAL_PORT = 32_768;
/** Ports in the ephemeral range 32768-60999. */
export const EPHEMERAL_PORT_COUNT = 28_232;
/** What `pick` returns when the host holds every ephemeral port. */
export const NO_EPHEMERAL_PORT = -1;

/** Whether `port` is in the ephemeral range a consumer host picks its ports from. */
const isEphemeralPort = (port: number): boolean => port >= FIRST_EPHEMERAL_PORT && port < FIRST_EPHEMERAL_PORT + EPHEMERAL_PORT_COUNT;

const INITIAL_SLOTS = 64;

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

/**
 * Consumer ports held by open connections, per host.
 *
 * @example
 * const consumers = new ConsumerPorts();
 * const host = consumers.host('subnet-0123456789abcdef0', 0x0a0101fe); // 10.1.1.254
 * const port = consumers.pick(host);                                   // 32768
 * consumers.hold(0, host, port, 0x0a010150, 443);                      // connection slot 0
 * consumers.isOpen(host, port, 0x0a010150, 443);                       // true
 * consumers.release(0);
 */
export class ConsumerPorts {
  /** network key -> ip -> host id. */
  private readonly hostIds = new Map<string, Map<number, number>>();
  private hostCount = 0;
  /** Ephemeral ports each host holds (distinct ports, not connections). */
  private heldEphemeral = new Int32Array(16);
  /** Where the next automatic port is looked for (0-based in the range), shared by hosts. */
  private cursor = 0;
  /** (host, port) -> the newest connection slot holding it (head of the slot list). */
  private readonly heads = new HostPortMap();
  // Per connection slot: its 5-tuple and its neighbours in the (host, port) list.
  private hostOf = new Int32Array(INITIAL_SLOTS).fill(-1);
  private portOf = new Int32Array(INITIAL_SLOTS);
  private endpointIpOf = new Int32Array(INITIAL_SLOTS);
  private destinationPortOf = new Int32Array(INITIAL_SLOTS);
  private next = new Int32Array(INITIAL_SLOTS);
  private prev = new Int32Array(INITIAL_SLOTS);

  /** The id of the host at `ip` in a source network, interned on first use. */
  host(networkKey: string, ip: number): number {
    let byIp = this.hostIds.get(networkKey);
    if (byIp === undefined) {
      byIp = new Map();
      this.hostIds.set(networkKey, byIp);
    }
    const known = byIp.get(ip);
    if (known !== undefined) return known;
    const id = this.hostCount++;
    byIp.set(ip, id);
    if (id === this.heldEphemeral.length) this.heldEphemeral = grown(this.heldEphemeral, id * 2);
    return id;
  }

  /**
   * An ephemeral port `host` holds for no open connection, or `NO_EPHEMERAL_PORT` (-1).
   * Ports are handed out in turn from one cursor shared by every host, and a port the host
   * holds is skipped: no check at all while the host holds none, one map lookup per port
   * skipped otherwise. Skips are rare unless the host holds most of the range; at worst (it
   * holds all but one, far from the cursor) a pick checks the whole range once.
   */
  pick(host: number): number {
    const held = this.heldEphemeral[host] ?? 0;
    if (held >= EPHEMERAL_PORT_COUNT) return NO_EPHEMERAL_PORT;
    let i = this.cursor;
    if (held > 0) {
      while (this.heads.get(host, FIRST_EPHEMERAL_PORT + i) >= 0) i = i + 1 === EPHEMERAL_PORT_COUNT ? 0 : i + 1;
    }
    this.cursor = i + 1 === EPHEMERAL_PORT_COUNT ? 0 : i + 1;
    return FIRST_EPHEMERAL_PORT + i;
  }

  /** Whether an open connection has this 5-tuple (TCP implied). */
  isOpen(host: number, port: number, endpointIp: number, destinationPort: number): boolean {
    const ip = endpointIp | 0;
    for (let s = this.heads.get(host, port); s >= 0; s = this.next[s] ?? -1) {
      if (this.endpointIpOf[s] === ip && this.destinationPortOf[s] === destinationPort) return true;
    }
    return false;
  }

  /** Records the 5-tuple of the connection in `slot` (a connection-table slot). */
  hold(slot: number, host: number, port: number, endpointIp: number, destinationPort: number): void {
    if (slot >= this.hostOf.length) this.grow(slot);
    const head = this.heads.put(host, port, slot);
    if (head >= 0) this.prev[head] = slot;
    else if (isEphemeralPort(port)) {
      this.heldEphemeral[host] = (this.heldEphemeral[host] ?? 0) + 1;
    }
    this.hostOf[slot] = host;
    this.portOf[slot] = port;
    this.endpointIpOf[slot] = endpointIp | 0;
    this.destinationPortOf[slot] = destinationPort;
    this.next[slot] = head;
    this.prev[slot] = -1;
  }

  /** Frees the 5-tuple of the connection in `slot`; false when the slot held none. */
  release(slot: number): boolean {
    const host = this.hostOf[slot] ?? -1;
    if (host < 0) return false;
    this.hostOf[slot] = -1;
    const port = this.portOf[slot] ?? 0;
    const next = this.next[slot] ?? -1;
    const prev = this.prev[slot] ?? -1;
    if (next >= 0) this.prev[next] = prev;
    if (prev >= 0) this.next[prev] = next;
    else if (next >= 0) this.heads.put(host, port, next);
    else {
      this.heads.delete(host, port);
      if (isEphemeralPort(port)) {
        this.heldEphemeral[host] = (this.heldEphemeral[host] ?? 0) - 1;
      }
    }
    return true;
  }

  /** Ephemeral ports `host` holds now. */
  heldBy(host: number): number {
    return this.heldEphemeral[host] ?? 0;
  }

  /** (host, port) pairs held now, over every host. */
  get heldPairs(): number {
    return this.heads.size;
  }

  private grow(slot: number): void {
    let length = this.hostOf.length;
    while (length <= slot) length *= 2;
    const hostOf = new Int32Array(length).fill(-1);
    hostOf.set(this.hostOf);
    this.hostOf = hostOf;
    this.portOf = grown(this.portOf, length);
    this.endpointIpOf = grown(this.endpointIpOf, length);
    this.destinationPortOf = grown(this.destinationPortOf, length);
    this.next = grown(this.next, length);
    this.prev = grown(this.prev, length);
  }
}
