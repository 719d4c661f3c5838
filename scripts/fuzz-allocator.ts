/**
 * `npm run fuzz:allocator`: millions of random operations on the source-port allocator
 * (`src/data-plane/port-allocator.ts`), each answer checked against a plain reference model
 * (a held flag and a release time per port, scanned linearly): docs/design.md invariants 7 and 8.
 *
 *   npm run fuzz:allocator                       5,000,000 ops, a fresh seed (printed)
 *   npm run fuzz:allocator -- --ops 50000000 --seed 7
 *
 * The run is a sequence of episodes with seeds S, S+1, S+2...: each picks a capacity (mostly
 * small, so exhaustion is common; sometimes the real 55,000), a cooldown, 1-4 keys and a
 * length, then allocates, releases (held, double, foreign and out-of-range ports) and moves
 * the simulated clock forward, checking every answer. It ends by releasing everything
 * (invariant 8) and refilling each key to capacity. A violation prints the episode's seed
 * and op count to replay it alone, the last operations, and exits 1.
 */
import { DEFAULT_PORT_CAPACITY, PortAllocator } from '../src/data-plane/port-allocator.js';
import type { PortKeyHandle } from '../src/data-plane/port-table.js';
import { ReferenceKey, Trace, mulberry32 } from './fuzz-allocator-model.js';

const FIRST_PORT = 1024;
const NODE = 0x0a000a05;

function numberFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]?.replace(/_/g, ''));
  if (!Number.isSafeInteger(value)) {
    console.error(`--${name} expects an integer, got ${process.argv[i + 1]}`);
    process.exit(2);
  }
  return value;
}

const totalOps = numberFlag('ops', 5_000_000);
const seed = numberFlag('seed', Date.now() % 1_000_000_007);

/** Runs one episode of at most `budget` operations; returns the operations performed. */
function episode(episodeSeed: number, budget: number): number {
  const rnd = mulberry32(episodeSeed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const roll = rnd();
  const capacity = roll < 0.75 ? 1 + pick(32) : roll < 0.97 ? 33 + pick(992) : DEFAULT_PORT_CAPACITY;
  const cooldownMs = [0, 1, 7, 60, 1_000, 60_000][pick(6)] ?? 0;
  const keyCount = 1 + pick(4);
  const length = Math.min(budget, capacity === DEFAULT_PORT_CAPACITY ? 250_000 : 1_000 + pick(60_000));
  const ports = new PortAllocator({ capacity, cooldownMs, firstPort: FIRST_PORT, seed: pick(2 ** 31) });
  const slots: number[] = [];
  // Odd operations go through the key's handle, even ones through its slot: one state.
  const handles: PortKeyHandle[] = [];
  const refs: ReferenceKey[] = [];
  for (let k = 0; k < keyCount; k++) {
    slots.push(ports.keySlot(NODE + (k & 1), 0x0a001400 + k, 80 + (k >> 1)));
    handles.push(ports.keyHandle(slots[k] as number));
    refs.push(new ReferenceKey(capacity, cooldownMs, FIRST_PORT));
  }
  // Allocation's share of the operations: high runs keys full (exhaustion), low keeps them sparse.
  const allocateEnd = 0.08 + (0.35 + 0.3 * rnd()) * 0.85;
  const releaseEnd = allocateEnd + (0.9999 - allocateEnd) * 0.85;
  const foreignEnd = allocateEnd + (0.9999 - allocateEnd) * 0.93;
  const trace = new Trace();
  let now = rnd() < 0.5 ? 0 : 1_767_225_600_000;
  const fail = (op: number, message: string): never => {
    console.error(`\nVIOLATION in episode seed ${episodeSeed}, op ${op}: ${message}`);
    console.error(`  config: capacity ${capacity}, cooldownMs ${cooldownMs}, keys ${keyCount}`);
    console.error(`  last operations:\n${trace.format()}`);
    console.error(`  replay: npm run fuzz:allocator -- --seed ${episodeSeed} --ops ${op + 1}`);
    process.exit(1);
  };
  const checkTotals = (op: number) => {
    const stats = ports.stats(now);
    let inUse = 0;
    let cooling = 0;
    for (let k = 0; k < keyCount; k++) {
      const ref = refs[k] as ReferenceKey;
      const slot = slots[k] as number;
      inUse += ref.inUse;
      cooling += ref.coolingAt(now);
      if (ports.inUse(slot) !== ref.inUse) fail(op, `inUse(${slot}) ${ports.inUse(slot)}, reference ${ref.inUse}`);
      if (ports.inUse(slot) > capacity) fail(op, `more than ${capacity} ports held on slot ${slot}`);
    }
    if (ports.totalInUse() !== inUse || stats.inUse !== inUse) {
      fail(op, `totalInUse ${ports.totalInUse()}, stats.inUse ${stats.inUse}, reference ${inUse}`);
    }
    if (stats.cooling !== cooling) fail(op, `stats.cooling ${stats.cooling}, reference ${cooling}`);
  };

  let op = 0;
  if (capacity === DEFAULT_PORT_CAPACITY) {
    // The real limit: fill one key to 55,000 (each port checked), then see the 55,001st fail.
    const slot = slots[0] as number;
    const ref = refs[0] as ReferenceKey;
    for (; op < capacity; op++) {
      const port = ports.allocate(slot, now);
      const why = port < 0 ? `allocate ${op + 1} of ${capacity} failed` : ref.violation(port, now);
      if (why !== undefined) fail(op, why);
      ref.allocate(port);
    }
    if (ports.allocate(slot, now) !== -1) fail(op, `port ${capacity + 1} handed out`);
  }
  for (; op < length; op++) {
    const k = pick(keyCount);
    const slot = slots[k] as number;
    const handle = handles[k] as PortKeyHandle;
    const ref = refs[k] as ReferenceKey;
    const what = rnd();
    if (what < 0.08) {
      const dt = [0, 1, cooldownMs - 1, cooldownMs, pick(cooldownMs + 1), pick(10 * cooldownMs + 10)][pick(6)] ?? 0;
      now += Math.max(0, dt);
      trace.push('advance', -1, dt, now);
    } else if (what < allocateEnd) {
      const port = op & 1 ? ports.allocateOn(handle, now) : ports.allocate(slot, now);
      trace.push('allocate', slot, port, now);
      if (port < 0) {
        if (ref.anyAvailable(now)) fail(op, `allocate answered ${port} on slot ${slot} while a port was free and cool`);
      } else {
        const why = ref.violation(port, now);
        if (why !== undefined) fail(op, `slot ${slot}: ${why}`);
        ref.allocate(port);
      }
    } else if (what < releaseEnd) {
      const port = ref.inUse > 0 ? ref.heldAt(pick(ref.inUse)) : FIRST_PORT + pick(capacity);
      const answer = op & 1 ? ports.releaseOn(handle, port, now) : ports.release(slot, port, now);
      trace.push('release', slot, port, now);
      if (answer !== ref.release(port, now)) fail(op, `release(${slot}, ${port}) answered ${answer}`);
    } else if (what < foreignEnd) {
      const port = FIRST_PORT - 2 + pick(capacity + 4);
      const answer = ports.release(slot, port, now);
      trace.push('release*', slot, port, now);
      if (answer !== ref.release(port, now)) fail(op, `release(${slot}, ${port}) answered ${answer}`);
    } else if (what < 0.9999) {
      const port = FIRST_PORT - 1 + pick(capacity + 2);
      trace.push('isHeld', slot, port, now);
      if (ports.isHeld(slot, port) !== ref.isHeld(port)) fail(op, `isHeld(${slot}, ${port}) disagrees`);
    } else {
      ports.releaseAll(now);
      trace.push('releaseAll', -1, -1, now);
      for (const r of refs) r.releaseAll(now);
    }
    if ((op & 0x3fff) === 0x3fff) checkTotals(op);
  }

  // Invariant 8: releasing everything (one by one, or all at once) leaves the allocator empty.
  checkTotals(length);
  if (rnd() < 0.5) {
    ports.releaseAll(now);
    for (const r of refs) r.releaseAll(now);
  } else {
    refs.forEach((r, k) => r.drain(now, (port) => ports.release(slots[k] as number, port, now) || fail(length, `release of held ${port} answered false`)));
  }
  if (ports.totalInUse() !== 0) fail(length, `totalInUse ${ports.totalInUse()} after releasing everything`);
  checkTotals(length);
  // After one cooldown every key can hold its whole capacity again, and not one port more.
  const later = now + cooldownMs;
  if (capacity <= 4096) {
    for (const slot of slots) {
      const seen = new Set<number>();
      for (let i = 0; i < capacity; i++) seen.add(ports.allocate(slot, later));
      if (seen.size !== capacity || seen.has(-1)) fail(length, `slot ${slot} refilled to ${seen.size} of ${capacity} distinct ports`);
      if (ports.allocate(slot, later) !== -1) fail(length, `slot ${slot} handed out more than ${capacity} ports`);
    }
  }
  return length;
}

const started = process.hrtime.bigint();
let done = 0;
let episodes = 0;
let lastReport = started;
console.log(`fuzz:allocator seed ${seed}, ${totalOps.toLocaleString('en-US')} operations`);
while (done < totalOps) {
  done += episode(seed + episodes, totalOps - done);
  episodes++;
  const t = process.hrtime.bigint();
  if (t - lastReport > 5_000_000_000n) {
    lastReport = t;
    console.log(`  ${done.toLocaleString('en-US')} ops, ${episodes} episodes, ${rate(done, t)} ops/s`);
  }
}
console.log(`ok: ${done.toLocaleString('en-US')} ops in ${episodes} episodes (seeds ${seed}..${seed + episodes - 1}), ${rate(done, process.hrtime.bigint())} ops/s, no violation`);

function rate(ops: number, t: bigint): string {
  return (ops / (Number(t - started) / 1e9)).toExponential(2);
}
