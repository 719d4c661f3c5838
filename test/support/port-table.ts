/**
 * Test access to `PortTable` with chosen offsets (`PortAllocator` derives each key's offset
 * from a hash), and `OneKey`, one key of a table with its slot bound, so a test reads like
 * the rule it checks.
 */
import { PortTable } from '../../src/data-plane/port-table.js';

/** A `PortTable` whose keys a test adds by offset. */
export class TestPortTable extends PortTable {
  /** Adds a key whose range starts `offset` ports after `firstPort`; its slot. */
  key(offset: number): number {
    return this.addKey(offset);
  }

  /** The sequence number the slot's next release gets. */
  sequenceOf(slot: number): number {
    return this.nextSequence(slot);
  }
}

/** One key of a table. */
export class OneKey {
  readonly slot: number;

  constructor(
    readonly table: TestPortTable,
    offset: number,
  ) {
    this.slot = table.key(offset);
  }

  allocate(now: number): number {
    return this.table.allocate(this.slot, now);
  }

  release(port: number, now: number): boolean {
    return this.table.release(this.slot, port, now);
  }

  isHeld(port: number): boolean {
    return this.table.isHeld(this.slot, port);
  }

  coolingAt(now: number): number {
    return this.table.cooling(this.slot, now);
  }

  get inUse(): number {
    return this.table.inUse(this.slot);
  }

  get tracked(): number {
    return this.table.tracked(this.slot);
  }

  get bytes(): number {
    return this.table.blockBytes(this.slot);
  }

  get nextSequence(): number {
    return this.table.sequenceOf(this.slot);
  }
}

/** A table of its own with one key: ports `firstPort..firstPort+capacity-1` from `offset`. */
export function oneKey(firstPort: number, capacity: number, offset: number, cooldownMs: number): OneKey {
  return new OneKey(new TestPortTable(firstPort, capacity, cooldownMs), offset);
}
