import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { PortAllocator } from '../../src/data-plane/port-allocator.js';
import { ReferencePorts } from './port-allocator-reference.js';

/**
 * One random step: time moves forward by `dt`, then an operation on key `key`, through its
 * slot or (`byHandle`) its handle: both forms share one state.
 */
type Op =
  | { kind: 'allocate'; key: number; byHandle: boolean; dt: number }
  | { kind: 'releaseHeld'; key: number; byHandle: boolean; pick: number; dt: number }
  | { kind: 'releaseAny'; key: number; byHandle: boolean; port: number; dt: number }
  | { kind: 'releaseAll'; dt: number };

const KEYS = 3;
const FIRST_PORT = 1024;

const opArb = (capacity: number): fc.Arbitrary<Op> => {
  const key = fc.nat({ max: KEYS - 1 });
  const dt = fc.oneof(fc.constant(0), fc.nat({ max: 5 }), fc.nat({ max: 60 }));
  const byHandle = fc.boolean();
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('allocate' as const), key, byHandle, dt }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('releaseHeld' as const), key, byHandle, pick: fc.nat(), dt }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('releaseAny' as const),
        key,
        byHandle,
        port: fc.integer({ min: FIRST_PORT - 2, max: FIRST_PORT + capacity + 1 }),
        dt,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('releaseAll' as const), dt }) },
  );
};

const scenarioArb = fc
  .record({ capacity: fc.integer({ min: 1, max: 12 }), cooldownMs: fc.nat({ max: 40 }), seed: fc.integer() })
  .chain((config) =>
    fc.record({
      config: fc.constant(config),
      ops: fc.array(opArb(config.capacity), { minLength: 1, maxLength: 300 }),
    }),
  );

/** Replays `ops` on the allocator and the reference, checking every answer against it. */
function replay(config: { capacity: number; cooldownMs: number; seed: number }, ops: readonly Op[]) {
  const ports = new PortAllocator({ ...config, firstPort: FIRST_PORT });
  const ref = new ReferencePorts({ ...config, firstPort: FIRST_PORT });
  const slots = Array.from({ length: KEYS }, (_, i) => ports.keySlot(0x0a000001, 0x0a000100 + i, 80));
  const handles = slots.map((slot) => ports.keyHandle(slot));
  let now = 0;
  for (const op of ops) {
    now += op.dt;
    if (op.kind === 'releaseAll') {
      for (const slot of slots) for (const port of ref.heldPorts(slot)) ref.release(slot, port, now);
      ports.releaseAll(now);
      continue;
    }
    const slot = slots[op.key] ?? 0;
    const handle = handles[op.key];
    if (op.kind === 'allocate') {
      const port = op.byHandle && handle ? ports.allocateOn(handle, now) : ports.allocate(slot, now);
      if (port < 0) {
        // Exhaustion only when no port is free and cool: fails invariant 7 otherwise.
        expect(ref.anyAvailable(slot, now)).toBe(false);
      } else {
        expect(ref.violation(slot, port, now)).toBeUndefined();
        ref.allocated(slot, port);
      }
    } else {
      const held = ref.heldPorts(slot);
      const port = op.kind === 'releaseHeld' ? (held[op.pick % Math.max(1, held.length)] ?? FIRST_PORT) : op.port;
      const expected = ref.release(slot, port, now);
      expect(op.byHandle && handle ? ports.releaseOn(handle, port, now) : ports.release(slot, port, now)).toBe(expected);
    }
    expect(ports.inUse(slot)).toBe(ref.inUse(slot));
    expect(ports.inUse(slot)).toBeLessThanOrEqual(config.capacity);
  }
  return { ports, ref, slots, now };
}

test.prop([scenarioArb], { numRuns: 150 })(
  'invariant 7: no port held twice, at most capacity held, none reused before its cooldown, exhaustion only when nothing is free',
  ({ config, ops }) => {
    const { ports, ref, slots } = replay(config, ops);
    let total = 0;
    for (const slot of slots) {
      total += ref.inUse(slot);
      for (let port = FIRST_PORT - 1; port <= FIRST_PORT + config.capacity; port++) {
        expect(ports.isHeld(slot, port)).toBe(ref.isHeld(slot, port));
      }
    }
    expect(ports.totalInUse()).toBe(total);
  },
);

test.prop([scenarioArb], { numRuns: 100 })(
  'invariant 8: releasing every held port (one by one) leaves the allocator empty',
  ({ config, ops }) => {
    const { ports, ref, slots, now } = replay(config, ops);
    for (const slot of slots) {
      for (const port of ref.heldPorts(slot)) expect(ports.release(slot, port, now)).toBe(true);
    }
    expect(ports.totalInUse()).toBe(0);
    expect(ports.stats(now).inUse).toBe(0);
    for (const slot of slots) {
      expect(ports.inUse(slot)).toBe(0);
      // Once every cooldown has passed, each key can hold its whole capacity again.
      const later = now + config.cooldownMs;
      const got = Array.from({ length: config.capacity }, () => ports.allocate(slot, later));
      expect(new Set(got).size).toBe(config.capacity);
      expect(got.every((p) => p >= FIRST_PORT && p < FIRST_PORT + config.capacity)).toBe(true);
      expect(ports.allocate(slot, later)).toBe(-1);
    }
  },
);
