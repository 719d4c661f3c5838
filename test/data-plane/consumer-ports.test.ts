/**
 * `ConsumerPorts` on its own: hosts by (network, ip), automatic ports that skip the ones a
 * host holds, the 5-tuple check, exhaustion of the ephemeral range, and release.
 */
import { describe, expect, it } from 'vitest';
import { ConsumerPorts, EPHEMERAL_PORT_COUNT, FIRST_EPHEMERAL_PORT, NO_EPHEMERAL_PORT } from '../../src/data-plane/consumer-ports.js';

const HOST_IP = 0x0a0101fe; // 10.1.1.254
const ENI_A = 0x0a010150; // 10.1.1.80
const ENI_B = 0x0a010250; // 10.1.2.80
const LAST_EPHEMERAL = FIRST_EPHEMERAL_PORT + EPHEMERAL_PORT_COUNT - 1;

describe('ConsumerPorts', () => {
  it('a host is a (network, ip) pair: the same address in another network is another host', () => {
    const c = new ConsumerPorts();
    const a = c.host('subnet-a', HOST_IP);
    expect(c.host('subnet-a', HOST_IP)).toBe(a);
    expect(c.host('subnet-b', HOST_IP)).not.toBe(a);
    expect(c.host('subnet-a', HOST_IP + 1)).not.toBe(a);
    // an address above 2^31 is a key like any other
    expect(c.host('onprem-1', 0xc0a80101)).toBe(c.host('onprem-1', 0xc0a80101));
  });

  it('hands out 32768, 32769... from one cursor, and skips only ports the asking host holds', () => {
    const c = new ConsumerPorts();
    const h = c.host('subnet-a', HOST_IP);
    const other = c.host('subnet-a', HOST_IP - 1);
    c.hold(0, h, FIRST_EPHEMERAL_PORT + 1, ENI_A, 443);
    expect(c.pick(h)).toBe(FIRST_EPHEMERAL_PORT);
    expect(c.pick(h)).toBe(FIRST_EPHEMERAL_PORT + 2); // 32769 is held by h
    c.hold(1, h, FIRST_EPHEMERAL_PORT + 3, ENI_A, 443);
    expect(c.pick(other)).toBe(FIRST_EPHEMERAL_PORT + 3); // held by h, not by other
    expect(c.pick(h)).toBe(FIRST_EPHEMERAL_PORT + 4);
  });

  it('wraps at 60999 and skips held ports across the wrap', () => {
    const c = new ConsumerPorts();
    const h = c.host('subnet-a', HOST_IP);
    c.hold(0, h, FIRST_EPHEMERAL_PORT, ENI_A, 443);
    for (let i = 1; i < EPHEMERAL_PORT_COUNT - 1; i++) c.pick(h);
    expect(c.pick(h)).toBe(LAST_EPHEMERAL);
    expect(c.pick(h)).toBe(FIRST_EPHEMERAL_PORT + 1);
  });

  it('answers NO_EPHEMERAL_PORT when the host holds all 28,232, and a port again once one is released', () => {
    const c = new ConsumerPorts();
    const h = c.host('subnet-a', HOST_IP);
    for (let slot = 0; slot < EPHEMERAL_PORT_COUNT; slot++) c.hold(slot, h, c.pick(h), ENI_A, 443);
    expect(c.heldBy(h)).toBe(EPHEMERAL_PORT_COUNT);
    expect(c.pick(h)).toBe(NO_EPHEMERAL_PORT);
    expect(c.pick(c.host('subnet-a', HOST_IP - 1))).toBeGreaterThanOrEqual(FIRST_EPHEMERAL_PORT);
    expect(c.release(12_345)).toBe(true);
    expect(c.pick(h)).toBe(FIRST_EPHEMERAL_PORT + 12_345);
  });

  it('counts ports, not connections: a port shared by two tuples is held until both close', () => {
    const c = new ConsumerPorts();
    const h = c.host('subnet-a', HOST_IP);
    c.hold(0, h, FIRST_EPHEMERAL_PORT, ENI_A, 443);
    c.hold(1, h, FIRST_EPHEMERAL_PORT, ENI_B, 443);
    c.hold(2, h, 1024, ENI_A, 443); // outside the ephemeral range: not counted there
    expect(c.heldBy(h)).toBe(1);
    expect(c.heldPairs).toBe(2);
    c.release(0);
    expect(c.heldBy(h)).toBe(1);
    expect(c.isOpen(h, FIRST_EPHEMERAL_PORT, ENI_B, 443)).toBe(true);
    c.release(1);
    expect(c.heldBy(h)).toBe(0);
    c.release(2);
    expect(c.heldPairs).toBe(0);
  });

  it('isOpen compares every field of the tuple', () => {
    const c = new ConsumerPorts();
    const h = c.host('subnet-a', HOST_IP);
    const g = c.host('subnet-a', HOST_IP - 1);
    c.hold(0, h, 40_000, ENI_A, 443);
    expect(c.isOpen(h, 40_000, ENI_A, 443)).toBe(true);
    expect(c.isOpen(g, 40_000, ENI_A, 443)).toBe(false);
    expect(c.isOpen(h, 40_001, ENI_A, 443)).toBe(false);
    expect(c.isOpen(h, 40_000, ENI_B, 443)).toBe(false);
    expect(c.isOpen(h, 40_000, ENI_A, 8443)).toBe(false);
    // an interface address above 2^31 (stored as a negative int32) still matches itself
    c.hold(1, h, 40_000, 0xc0a80150, 443);
    expect(c.isOpen(h, 40_000, 0xc0a80150, 443)).toBe(true);
  });

  it('unlinks from the head, the middle and the tail of a (host, port) list', () => {
    const c = new ConsumerPorts();
    const h = c.host('subnet-a', HOST_IP);
    const enis = [ENI_A, ENI_B, ENI_A + 1, ENI_A + 2];
    enis.forEach((eni, slot) => c.hold(slot, h, 40_000, eni, 443)); // list: 3, 2, 1, 0
    const open = () => enis.map((eni) => c.isOpen(h, 40_000, eni, 443));
    c.release(2); // middle
    expect(open()).toEqual([true, true, false, true]);
    c.release(3); // head
    expect(open()).toEqual([true, true, false, false]);
    c.release(0); // tail
    expect(open()).toEqual([false, true, false, false]);
    expect(c.release(3)).toBe(false); // released twice: nothing happens
    c.release(1);
    expect(c.heldPairs).toBe(0);
  });

  it('grows its per-connection arrays for slots far apart', () => {
    const c = new ConsumerPorts();
    const h = c.host('subnet-a', HOST_IP);
    c.hold(100_000, h, 50_000, ENI_A, 443);
    expect(c.isOpen(h, 50_000, ENI_A, 443)).toBe(true);
    expect(c.release(99_999)).toBe(false);
    expect(c.release(100_000)).toBe(true);
  });
});
