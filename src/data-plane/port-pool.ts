/**
 * The source ports of one (NLB node, target ip, target port) key: which are held, which are
 * cooling down, and which port to hand out next. Sized by use, not by capacity: a key that
 * used 10 ports costs about a hundred bytes of arrays, 55,000 ports about 600 KB.
 *
 * Ports are minted lazily in a rotated order (`firstPort + (offset + i) mod capacity`, the
 * offset seeded per key). A released port joins a FIFO ring with its expiry time; the ring's
 * head is the port released longest ago, so "is any released port reusable?" is one
 * comparison. Expiry times never decrease (a release dated before the previous one is
 * treated as happening with it), which keeps the ring sorted and only ever delays reuse.
 *
 * @module
 */

const INITIAL_RING = 8;

/**
 * The port bookkeeping of one key, on growable typed arrays. Allocation-free except when an
 * array doubles. {@link PortAllocator} owns one per key; use that class rather than this one.
 *
 * @example
 * const pool = new PortPool(1024, 4, 0, 60_000);
 * pool.allocate(0);       // 1024
 * pool.release(1024, 5);  // true: cooling until 60_005
 * pool.allocate(10);      // 1025 (1024 still cools)
 */
export class PortPool {
  /** Bit `i` set when the port minted `i`-th is held (a bitmap, so it stays in L1 cache). */
  private held = new Int32Array(1);
  /** Released ports, oldest at `head`; a power-of-two ring. */
  private ring = new Uint16Array(INITIAL_RING);
  /** When each ring entry becomes reusable (release time + cooldown). */
  private expiries = new Float64Array(INITIAL_RING);
  private mask = INITIAL_RING - 1;
  private head = 0;
  /** Entries in the ring (released ports, cooling or already cool). */
  private released = 0;
  /** Ports handed out at least once: held ones plus the ring's. */
  private minted = 0;

  constructor(
    private readonly firstPort: number,
    private readonly capacity: number,
    private readonly offset: number,
    private readonly cooldownMs: number,
  ) {}

  /** Ports held now. */
  get inUse(): number {
    return this.minted - this.released;
  }

  /** A free port, or -1 when every port is held or still cooling at `now`. */
  allocate(now: number): number {
    const head = this.head;
    if (this.released > 0 && (this.expiries[head] ?? Infinity) <= now) {
      const port = this.ring[head] ?? 0;
      this.head = (head + 1) & this.mask;
      this.released--;
      // Branch-free rotation: a mispredicted branch here costs more than the whole call.
      let index = port - this.firstPort - this.offset;
      index += (index >> 31) & this.capacity;
      this.held[index >> 5] = (this.held[index >> 5] ?? 0) | (1 << (index & 31));
      return port;
    }
    const index = this.minted;
    if (index === this.capacity) return -1;
    if (index >> 5 === this.held.length) this.growHeld();
    this.held[index >> 5] = (this.held[index >> 5] ?? 0) | (1 << (index & 31));
    this.minted = index + 1;
    let rotated = index + this.offset - this.capacity;
    rotated += (rotated >> 31) & this.capacity;
    return this.firstPort + rotated;
  }

  /** Releases a held port at `now`; false (and nothing changes) when it is not held. */
  release(port: number, now: number): boolean {
    const relative = port - this.firstPort;
    if (relative >>> 0 !== relative || relative >= this.capacity) return false;
    let index = relative - this.offset;
    index += (index >> 31) & this.capacity;
    const word = this.held[index >> 5] ?? 0;
    const bit = 1 << (index & 31);
    if ((word & bit) === 0) return false;
    this.held[index >> 5] = word ^ bit;
    if (this.released > this.mask) this.growRing();
    const tail = (this.head + this.released) & this.mask;
    const expiry = now + this.cooldownMs;
    const previous = this.expiries[(tail - 1) & this.mask] ?? 0;
    this.ring[tail] = port;
    // Never earlier than the entry before it: the ring stays sorted even if time went back.
    this.expiries[tail] = this.released > 0 && previous > expiry ? previous : expiry;
    this.released++;
    return true;
  }

  /** Whether `port` is held now. */
  isHeld(port: number): boolean {
    const relative = port - this.firstPort;
    if (relative >>> 0 !== relative || relative >= this.capacity) return false;
    const index = this.indexOf(port);
    return ((this.held[index >> 5] ?? 0) & (1 << (index & 31))) !== 0;
  }

  /** Released ports still cooling at `now`. */
  coolingAt(now: number): number {
    let n = this.released;
    while (n > 0 && (this.expiries[(this.head + this.released - n) & this.mask] ?? Infinity) <= now) {
      n--;
    }
    return n;
  }

  /** Ports this key has ever handed out (what its memory is sized by). */
  get tracked(): number {
    return this.minted;
  }

  /** Bytes held by this pool's typed arrays. */
  get bytes(): number {
    return this.held.byteLength + this.ring.byteLength + this.expiries.byteLength;
  }

  /** Releases every held port at `now`, in mint order; returns how many. */
  releaseAll(now: number): number {
    let count = 0;
    for (let index = 0; index < this.minted && this.inUse > 0; index++) {
      if (this.release(this.portOf(index), now)) count++;
    }
    return count;
  }

  /** Forgets every port, held or cooling, and gives the memory back. */
  reset(): void {
    this.held = new Int32Array(1);
    this.ring = new Uint16Array(INITIAL_RING);
    this.expiries = new Float64Array(INITIAL_RING);
    this.mask = INITIAL_RING - 1;
    this.head = 0;
    this.released = 0;
    this.minted = 0;
  }

  /** Mint order -> port: the rotation by this key's offset. */
  private portOf(index: number): number {
    const rotated = index + this.offset;
    return this.firstPort + (rotated >= this.capacity ? rotated - this.capacity : rotated);
  }

  /** Port (known to be in range) -> mint order. */
  private indexOf(port: number): number {
    const index = port - this.firstPort - this.offset;
    return index < 0 ? index + this.capacity : index;
  }

  private growHeld(): void {
    const next = new Int32Array(this.held.length * 2);
    next.set(this.held);
    this.held = next;
  }

  private growRing(): void {
    const length = this.ring.length * 2;
    const ring = new Uint16Array(length);
    const expiries = new Float64Array(length);
    for (let i = 0; i < this.released; i++) {
      const from = (this.head + i) & this.mask;
      ring[i] = this.ring[from] ?? 0;
      expiries[i] = this.expiries[from] ?? 0;
    }
    this.ring = ring;
    this.expiries = expiries;
    this.mask = length - 1;
    this.head = 0;
  }
}
