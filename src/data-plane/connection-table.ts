/**
 * The open connections, by id, with what closing one needs (its allocator slot), and the
 * matching rules that decide which connections a control-plane cut closes.
 *
 * @module
 */
import type { DomainEvent } from '../world/events.js';
import type { Connection, ConnectionFilter, DataTransferSummary } from './types.js';

/** A connection a cut removed, and its port allocator slot. */
export interface TableEntry {
  connection: Connection;
  slot: number;
}

function matchesFilter(c: Connection, f: ConnectionFilter): boolean {
  return (
    (f.accountId === undefined || c.accountId === f.accountId) &&
    (f.endpointId === undefined || c.endpointId === f.endpointId) &&
    (f.serviceId === undefined || c.serviceId === f.serviceId) &&
    (f.loadBalancerArn === undefined || c.loadBalancerArn === f.loadBalancerArn) &&
    (f.targetGroupArn === undefined || c.targetGroupArn === f.targetGroupArn) &&
    (f.targetIp === undefined || c.target.ip === f.targetIp) &&
    (f.availabilityZoneId === undefined ||
      c.availabilityZoneId === f.availabilityZoneId ||
      c.target.availabilityZoneId === f.availabilityZoneId)
  );
}

/** Whether a domain event cuts the path of a connection. */
export function cutsConnection(event: DomainEvent, c: Connection): boolean {
  if (event.type === 'ResourceDeleted') return event.resourceType === 'vpc-endpoint' && c.endpointId === event.resourceId;
  if (event.type !== 'DataPathCut' || event.region !== c.region) return false;
  const scope = event.scope;
  switch (scope.kind) {
    case 'endpoint':
      return c.endpointId === scope.endpointId;
    case 'loadBalancer':
      return c.loadBalancerArn === scope.loadBalancerArn && (scope.serviceId === undefined || c.serviceId === scope.serviceId);
    case 'target':
      return c.targetGroupArn === scope.targetGroupArn && c.target.id === scope.targetId && c.target.port === scope.port;
    case 'zone':
      return c.availabilityZoneId === scope.zoneId || c.target.availabilityZoneId === scope.zoneId;
    case 'endpointZone':
      return c.endpointId === scope.endpointId && c.availabilityZoneId === scope.zoneId;
    case 'vpcPeering':
      return c.path.kind === 'peering' && c.path.vpcPeeringConnectionId === scope.vpcPeeringConnectionId;
    case 'onPremisesNetwork':
      return c.path.kind === 'on-premises' && c.path.networkId === scope.networkId;
  }
}

/** Open connections a table holds at most (ids encode a slot below this). */
const SLOT_SPACE = 2 ** 24;

/**
 * The table slot an id encodes (meaningful while the connection is open): what the engine
 * keys per-connection typed arrays by.
 *
 * @example
 * slotOfId(table.nextId()); // 0 for a new table's first connection
 */
export function slotOfId(id: number): number {
  return (id - 1) % SLOT_SPACE;
}

/**
 * Open connections in reusable slots. An id encodes its slot and the slot's generation
 * (`generation * 2^24 + slot`), so finding a connection is an array read and a check, with
 * no hash map on the hot path; ids still never repeat.
 *
 * @example
 * const table = new ConnectionTable();
 * const id = table.nextId(); table.add({ ...connection, id }, slot); table.remove(id);
 */
export class ConnectionTable {
  private readonly entries: (Connection | undefined)[] = [];
  /** Allocator slot of each entry's connection (parallel to `entries`: no wrapper object). */
  private readonly allocatorSlots: number[] = [];
  private readonly generations: number[] = [];
  private readonly free: number[] = [];
  private reserved = -1;
  private open = 0;
  private sameZoneBytes = 0;
  private crossZoneBytes = 0;

  /** Reserves a slot and returns the id the next `add` must use. */
  nextId(): number {
    if (this.reserved < 0) {
      const slot = this.free.pop() ?? this.entries.length;
      if (slot >= SLOT_SPACE) return -1;
      if (slot === this.entries.length) {
        this.entries.push(undefined);
        this.allocatorSlots.push(-1);
        this.generations.push(0);
      }
      this.reserved = slot;
    }
    return (this.generations[this.reserved] ?? 0) * SLOT_SPACE + this.reserved + 1;
  }

  private slotOf(id: number): number {
    const slot = slotOfId(id);
    return this.entries[slot]?.id === id ? slot : -1;
  }

  /** Records an open connection under the id `nextId` gave. */
  add(connection: Connection, slot: number): void {
    const at = this.reserved;
    this.reserved = -1;
    this.entries[at] = connection;
    this.allocatorSlots[at] = slot;
    this.open++;
  }

  /**
   * Removes an open connection and returns its allocator slot, or -1 when it is not open.
   * `removed` receives the connection (for cuts) without allocating on the close path.
   */
  remove(id: number): number {
    const at = this.slotOf(id);
    if (at < 0) return -1;
    const slot = this.allocatorSlots[at] ?? -1;
    this.entries[at] = undefined;
    this.generations[at] = (this.generations[at] ?? 0) + 1;
    this.free.push(at);
    this.open--;
    return slot;
  }

  /** The NLB source port of an open connection, or -1. */
  sourcePortOf(id: number): number {
    const at = this.slotOf(id);
    return at < 0 ? -1 : (this.entries[at]?.sourcePort ?? -1);
  }

  /** How many connections are open. */
  get size(): number {
    return this.open;
  }

  /** Open connections matching a filter, oldest first (fresh array of live records). */
  list(filter: ConnectionFilter): Connection[] {
    const out: Connection[] = [];
    for (const connection of this.entries) if (connection !== undefined && matchesFilter(connection, filter)) out.push(connection);
    return out.sort((a, b) => a.openedAt - b.openedAt || a.id - b.id);
  }

  /** Adds bytes to a connection's counters and the totals; false if it is not open. */
  transfer(id: number, sent: number, received: number): boolean {
    const at = this.slotOf(id);
    const connection = at < 0 ? undefined : this.entries[at];
    if (connection === undefined) return false;
    connection.bytesSent += sent;
    connection.bytesReceived += received;
    if (connection.crossZone) this.crossZoneBytes += sent + received;
    else this.sameZoneBytes += sent + received;
    return true;
  }

  /** Totals of bytes carried. */
  summary(): DataTransferSummary {
    return { sameZoneBytes: this.sameZoneBytes, crossZoneBytes: this.crossZoneBytes };
  }

  /** Removes and returns every connection `event` cuts. O(open connections), only on cuts. */
  cut(event: DomainEvent): TableEntry[] {
    if (event.type !== 'DataPathCut' && event.type !== 'ResourceDeleted') return [];
    const cut: TableEntry[] = [];
    for (const connection of this.entries) {
      if (connection !== undefined && cutsConnection(event, connection)) cut.push({ connection, slot: this.remove(connection.id) });
    }
    return cut;
  }
}
