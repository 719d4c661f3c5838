/**
 * The data-plane engine: the only mutable room. It reads the current World (never writes
 * it), compiles what it needs once per world version, and keeps the open connections and
 * the port allocator. Control-plane events that cut a path close the connections through
 * it and release their ports.
 *
 * @module
 */
import { errors } from '../core/errors.js';
import { hashString } from '../core/hash.js';
import type { DomainEvent } from '../world/events.js';
import type { World } from '../world/world.js';
import { ConnectionTable, slotOfId } from './connection-table.js';
import { ConsumerPorts, EPHEMERAL_PORT_COUNT, FIRST_EPHEMERAL_PORT, NO_EPHEMERAL_PORT } from './consumer-ports.js';
import { flowHash, flowIndex } from './flow-hash.js';
import { PortAllocator, PORT_EXHAUSTED } from './port-allocator.js';
import { encodeProxyHeader } from './proxy-protocol.js';
import { RouteCache, type ResolvedRoute } from './route-cache.js';
import { compiledRulesAdmit } from '../network/security-group-admits.js';
import { portRoute, type InterfaceRoute, type PortRoute } from './routes.js';
import type { ResolvedSource } from './source.js';
import type { ConnectFailureReason, Connection, ConnectionPath, ConnectionFilter, ConnectRequest, ConnectResult, DataTransferSummary } from './types.js';

/** Options of the engine. */
export interface DataPlaneOptions {
  /** Simultaneous connections per (NLB node, target ip, target port). @defaultValue 55_000 */
  portCapacity?: number;
}

/** Source groups for the NLB's check: PrivateLink traffic comes from no interface of its VPC, so no group-referencing rule matches it. */
const NO_GROUPS: readonly string[] = [];

const fail = (reason: ConnectFailureReason, message: string): ConnectResult => ({ ok: false, reason, message });

const EPHEMERAL_RANGE = `${EPHEMERAL_PORT_COUNT.toLocaleString('en-US')} ports of its ephemeral range (${FIRST_EPHEMERAL_PORT}-${FIRST_EPHEMERAL_PORT + EPHEMERAL_PORT_COUNT - 1})`;

/**
 * The engine behind `cloud.connect`, `cloud.close` and `cloud.connections`.
 *
 * @example
 * const r = cloud.connect({ from: { accountId, subnetId }, host: dnsName, port: 443 });
 * if (r.ok) cloud.close(r.connection.id); else console.log(r.reason, r.message);
 */
export class DataPlane {
  /** The port allocator (exposed for invariant checks). */
  readonly ports: PortAllocator;
  /** The consumer hosts' ports and open 5-tuples (exposed for invariant checks). */
  readonly consumers = new ConsumerPorts();
  private readonly table = new ConnectionTable();
  private readonly routes = new RouteCache();
  private readonly seed: number;

  constructor(
    private readonly readWorld: () => World,
    options: DataPlaneOptions = {},
  ) {
    const world = readWorld();
    this.seed = hashString(world.seed);
    this.ports = new PortAllocator({
      capacity: options.portCapacity ?? 55_000,
      cooldownMs: world.timings.portCooldownMs,
      seed: this.seed,
    });
  }

  /** Opens a TCP connection, or says why it cannot. */
  connect(request: ConnectRequest): ConnectResult {
    const world = this.readWorld();
    this.routes.use(world);
    if (typeof request !== 'object' || request === null) throw errors.invalidParameterValue('request', request);
    const { host, port } = request;
    if (typeof host !== 'string' || host === '') throw errors.invalidParameterValue('host', host, 'Expected a DNS name.');
    checkedPort(port, 'port');
    const source = this.routes.source(world, request.from);
    if (source.host < 0) source.host = this.consumers.host(source.networkKey, source.ip);
    const given = request.from.port;
    const consumerPort = given === undefined ? this.consumers.pick(source.host) : checkedPort(given, 'from.port');
    const route = this.routes.resolve(world, host, source);
    if (route === undefined) return fail('NameNotResolved', `${host} does not resolve from ${source.networkKey}: check the name, or enable private DNS on an endpoint in this VPC.`);
    if (route.region !== source.region) return fail('NotReachable', `The endpoint is in ${route.region}; endpoint services are regional and the source is in ${source.region}.`);
    const path = route.path;
    if (path === undefined) {
      return fail('NotReachable', `No path from ${source.networkKey} to ${route.endpoint.VpcId}: use the endpoint's VPC, a peered VPC, or an attached on-premises network.`);
    }
    // The host picks its port once it has a route, before it sends anything (as connect(2)).
    if (consumerPort === NO_EPHEMERAL_PORT) {
      return fail('EphemeralPortsExhausted', `${source.ipText} holds all ${EPHEMERAL_RANGE} for open connections, so it cannot pick a source port: close some, connect from more hosts (from.ip), or give from.port.`);
    }
    if (!route.available) {
      return fail('EndpointNotAvailable', `Endpoint ${route.endpointId} is ${route.endpoint.State}; it carries traffic only when available (the provider may need to accept it).`);
    }
    if (!compiledRulesAdmit(route.rules, source.ip, source.groupIds, port)) {
      return fail('SecurityGroupDenied', `The security groups of ${route.endpointId} do not admit TCP ${port} from ${source.ipText}: add an inbound rule.`);
    }
    if (route.awsServiceName !== undefined) {
      return fail('AwsServiceNotModelled', `Endpoint ${route.endpointId} is available and reaches the AWS service ${route.awsServiceName} on TCP ${port}; the model does not simulate AWS services behind their endpoints, so no connection is opened.`);
    }
    return this.route(world, route, path, source, consumerPort, given !== undefined, port);
  }

  private route(world: World, route: ResolvedRoute, path: ConnectionPath, source: ResolvedSource, consumerPort: number, explicit: boolean, port: number): ConnectResult {
    const zoneId = route.pinnedZoneId;
    let zone: InterfaceRoute | undefined;
    let lane: PortRoute | null = null;
    let listeners = 0;
    let up = 0;
    let refused = '';
    const count = route.interfaceCount;
    const first = count === 1 ? 0 : flowIndex(flowHash(this.seed, source.ip, consumerPort, 0, port), count);
    for (let i = 0; i < count; i++) {
      // The route is its own first interface: a one-interface name reads no other object.
      const candidate = count === 1 ? route : route.interfaces[(i + first) % count];
      if (candidate === undefined || !candidate.node.up) continue;
      up++;
      // The NLB's groups see PrivateLink traffic from the client's address (AWS: "the source
      // of the traffic is the private IP address of the client, not the endpoint interface").
      const guard = candidate.node.rules;
      if (guard !== null && !compiledRulesAdmit(guard, source.ip, NO_GROUPS, port)) {
        refused = candidate.node.loadBalancerArn;
        continue;
      }
      const p = portRoute(world, route.region, candidate.node, port);
      if (p !== null) listeners++;
      if (p !== null && p.targets.length > 0) {
        zone = candidate;
        lane = p;
        break;
      }
    }
    if (zone === undefined || lane === null) {
      if (up === 0) return fail('NotReachable', `No Availability Zone of ${route.endpointId} is up${zoneId ? ` in ${zoneId}` : ''}: use another AZ's name or the regional name.`);
      if (listeners === 0 && refused !== '') {
        return fail('LoadBalancerSecurityGroupDenied', `The security groups of load balancer ${refused} do not admit TCP ${port} from ${source.ipText}, and it enforces them on PrivateLink traffic: add an inbound rule for the client's address, or set EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic to off.`);
      }
      if (listeners === 0) return fail('NoListener', `The service's load balancer has no listener on port ${port}.`);
      return fail('NoHealthyTarget', `No healthy target is eligible${zoneId ? ` in ${zoneId}` : ''}: register healthy targets there, or enable cross-zone load balancing.`);
    }
    // A port the host picked is one it holds for nothing; only a given one can repeat a tuple.
    if (explicit && this.consumers.isOpen(source.host, consumerPort, zone.eniIp, port)) {
      return fail('ConsumerPortInUse', `${source.ipText}:${consumerPort} already has an open connection to ${zone.eniIpText}:${port}, and a TCP connection is unique by its 5-tuple: close it, use another from.port, or omit from.port to let the host pick a free one.`);
    }
    const targets = lane.targets;
    const target = targets[flowIndex(flowHash(this.seed, source.ip, consumerPort, zone.eniIp, port), targets.length)];
    if (target === undefined) return fail('NoHealthyTarget', 'No healthy target is eligible.');
    // The route keeps its key's handle, so the hot call skips the slot lookup.
    const node = zone.node;
    const ports = target.ports ?? (target.ports = this.ports.keyHandle(this.ports.keySlot(node.nodeIp, target.ip, target.port)));
    const sourcePort = this.ports.allocateOn(ports, world.now);
    if (sourcePort === PORT_EXHAUSTED) {
      return fail('PortAllocationError', `Target ${target.ipText}:${target.port} has ${this.ports.capacity} simultaneous connections from node ${node.nodeIpText} (or ports still cooling down): register more targets in the target group.`);
    }
    const id = this.table.nextId();
    if (id < 0) {
      this.ports.releaseOn(ports, sourcePort, world.now);
      return fail('PortAllocationError', 'The model holds at most 16,777,216 open connections: close some first.');
    }
    const connection: Connection = {
      id,
      region: route.region,
      accountId: source.accountId,
      endpointId: route.endpointId,
      serviceId: route.serviceId,
      availabilityZoneId: node.zoneId,
      endpointIp: zone.eniIpText,
      loadBalancerArn: node.loadBalancerArn,
      targetGroupArn: lane.targetGroupArn,
      nodeIp: node.nodeIpText,
      sourcePort,
      path,
      consumer: { ip: source.ipText, port: consumerPort },
      target: target.view,
      seenSourceIp: node.nodeIpText,
      crossZone: target.zoneId !== undefined && target.zoneId !== node.zoneId,
      openedAt: world.now,
      bytesSent: 0,
      bytesReceived: 0,
    };
    if (lane.proxyProtocol) {
      connection.proxyProtocolHeader = encodeProxyHeader({
        sourceIp: source.ip,
        sourcePort: consumerPort,
        destinationIp: zone.eniIp,
        destinationPort: port,
        vpcEndpointId: route.endpointId,
      });
    }
    this.table.add(connection, ports.slot);
    this.consumers.hold(slotOfId(id), source.host, consumerPort, zone.eniIp, port);
    return { ok: true, connection };
  }

  /** Closes a connection and releases its port (it cools down); false if it was not open. */
  close(id: number): boolean {
    if (typeof id !== 'number') throw errors.invalidParameterValue('connectionId', id, 'Expected a connection id.');
    const port = this.table.sourcePortOf(id);
    const slot = this.table.remove(id);
    if (slot < 0) return false;
    this.ports.release(slot, port, this.readWorld().now);
    this.consumers.release(slotOfId(id));
    return true;
  }

  /** Open connections matching `filter`, oldest first. */
  connections(filter: ConnectionFilter = {}): Connection[] {
    return this.table.list(filter);
  }

  /** Adds bytes carried by a connection (for data transfer accounting). */
  transfer(id: number, bytesSent: number, bytesReceived: number): void {
    if (typeof id !== 'number') throw errors.invalidParameterValue('connectionId', id, 'Expected a connection id.');
    for (const [name, v] of [['bytesSent', bytesSent], ['bytesReceived', bytesReceived]] as const) {
      // Whole bytes, small enough that the running totals stay exact.
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw errors.invalidParameterValue(name, v, 'Expected a whole number of bytes >= 0.');
    }
    if (!this.table.transfer(id, bytesSent, bytesReceived)) {
      throw errors.invalidParameterValue('connectionId', id, 'No such open connection.');
    }
  }

  /** Bytes carried so far, same-zone and cross-zone (closed connections included). */
  dataTransfer(): DataTransferSummary {
    return this.table.summary();
  }

  /** Reacts to committed control-plane events: closes what a cut path carried. */
  handle(events: readonly DomainEvent[]): void {
    const now = this.readWorld().now;
    for (const event of events) {
      for (const entry of this.table.cut(event)) {
        this.ports.release(entry.slot, entry.connection.sourcePort, now);
        this.consumers.release(slotOfId(entry.connection.id));
      }
    }
  }
}

/** A TCP port 1..65535 given as `name`, else `InvalidParameterValue` naming it. */
function checkedPort(given: unknown, name: 'port' | 'from.port'): number {
  if (typeof given !== 'number' || !Number.isInteger(given) || given < 1 || given > 65_535) {
    throw errors.invalidParameterValue(name, given, 'Expected a TCP port 1..65535.');
  }
  return given;
}
