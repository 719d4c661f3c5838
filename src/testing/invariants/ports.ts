/**
 * Invariants 7 and 8 on the data plane's port allocator: every open connection holds its
 * source port on its (NLB node, target ip, target port) key, no two hold the same one, no
 * key holds more than the capacity or a port outside its range (7); and the allocator holds
 * exactly the ports of open connections, nothing more, so closing every connection leaves
 * it empty (8).
 *
 * @module
 */
import type { Connection } from '../../data-plane/types.js';
import type { PortAllocator } from '../../data-plane/port-allocator.js';
import { parseIpv4 } from '../../network/cidr.js';
import { violation, type InvariantViolation } from './violation.js';

const keyText = (nodeIp: number, targetIp: number, targetPort: number) => `${nodeIp}/${targetIp}/${targetPort}`;

/** Slot of every interned key, by key text. */
function slotsByKey(ports: PortAllocator): Map<string, number> {
  const slots = new Map<string, number>();
  const keys = ports.stats(0).keys;
  for (let slot = 0; slot < keys; slot++) {
    const key = ports.keyOf(slot);
    if (key !== undefined) slots.set(keyText(key.nodeIp, key.targetIp, key.targetPort), slot);
  }
  return slots;
}

/**
 * Checks invariants 7 and 8 on `ports` against the open `connections`.
 *
 * @example
 * checkPorts(cloud.dataPlane.ports, cloud.connections());
 */
export function checkPorts(ports: PortAllocator, connections: readonly Connection[]): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const slots = slotsByKey(ports);
  const perSlot = new Map<number, number>();
  const taken = new Map<string, number>();
  for (const c of connections) {
    const id = String(c.id);
    const label = `${c.nodeIp} -> ${c.target.ip}:${c.target.port}`;
    const slot = slots.get(keyText(parseIpv4(c.nodeIp) ?? -1, parseIpv4(c.target.ip) ?? -1, c.target.port));
    if (slot === undefined) {
      out.push(violation(7, [id, label], `connection ${c.id} (${label}) has no key in the port allocator`));
      continue;
    }
    const port = c.sourcePort;
    if (port < ports.firstPort || port >= ports.firstPort + ports.capacity) {
      out.push(violation(7, [id, label], `connection ${c.id} uses source port ${port}, outside ${ports.firstPort}..${ports.firstPort + ports.capacity - 1}`));
    }
    const held = `${slot}:${port}`;
    const other = taken.get(held);
    if (other !== undefined) out.push(violation(7, [String(other), id, label], `connections ${other} and ${c.id} both hold source port ${port} toward ${label}`));
    taken.set(held, c.id);
    if (!ports.isHeld(slot, port)) out.push(violation(8, [id, label], `connection ${c.id} is open but its source port ${port} toward ${label} is not held`));
    perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  }
  for (const [text, slot] of slots) {
    const inUse = ports.inUse(slot);
    const open = perSlot.get(slot) ?? 0;
    if (inUse > ports.capacity) out.push(violation(7, [text], `key ${text} holds ${inUse} ports, more than the capacity ${ports.capacity}`));
    if (inUse !== open) out.push(violation(8, [text], `key ${text} holds ${inUse} ports but ${open} open connections use it: ${inUse > open ? 'ports leaked' : 'ports missing'}`));
  }
  const total = ports.totalInUse();
  if (total !== connections.length) {
    out.push(violation(8, ['allocator'], `the allocator holds ${total} ports for ${connections.length} open connections`));
  }
  return out;
}
