/**
 * The open connections, by id, with what closing one needs (its allocator slot), and the
 * matching rules that decide which connections a control-plane cut closes.
 *
 * @module
 */
import type { DomainEvent } from '../world/events.js';
import type { Connection, ConnectionFilter, DataTransferSummary } from './types.js';

/** An open connection and its port allocator slot. */
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

/**
 * Open connections keyed by id (ids grow from 1 and are never reused).
 *
 * @example
 * const table = new ConnectionTable();
 * table.add(connection, slot); table.remove(connection.id);
 */
export class ConnectionTable {
  private readonly open = new Map<number, TableEntry>();
  private lastId = 0;
  private sameZoneBytes = 0;
  private crossZoneBytes = 0;

  /** The id for the next connection. */
  nextId(): number {
    return ++this.lastId;
  }

  /** Records an open connection. */
  add(connection: Connection, slot: number): void {
    this.open.set(connection.id, { connection, slot });
  }

  /** Removes and returns an open connection, or `undefined`. */
  remove(id: number): TableEntry | undefined {
    const entry = this.open.get(id);
    if (entry !== undefined) this.open.delete(id);
    return entry;
  }

  /** How many connections are open. */
  get size(): number {
    return this.open.size;
  }

  /** Open connections matching a filter, oldest first (fresh array of live records). */
  list(filter: ConnectionFilter): Connection[] {
    const out: Connection[] = [];
    for (const { connection } of this.open.values()) if (matchesFilter(connection, filter)) out.push(connection);
    return out;
  }

  /** Adds bytes to a connection's counters and the totals; false if it is not open. */
  transfer(id: number, sent: number, received: number): boolean {
    const entry = this.open.get(id);
    if (entry === undefined) return false;
    entry.connection.bytesSent += sent;
    entry.connection.bytesReceived += received;
    if (entry.connection.crossZone) this.crossZoneBytes += sent + received;
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
    for (const [id, entry] of this.open) {
      if (cutsConnection(event, entry.connection)) {
        cut.push(entry);
        this.open.delete(id);
      }
    }
    return cut;
  }
}
