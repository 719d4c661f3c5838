/**
 * Invariants 7 and 8 on the data plane: the port allocator holds exactly the ports of open
 * connections (never one twice, never beyond capacity, never outside its range), and no
 * connection survives the cut of its path. Paths are cut behind the data plane's back with
 * `cloud.change` (no events), as a buggy action would.
 */
import { describe, expect, it } from 'vitest';
import { deleteRow, getRow, rows, tableEntries } from '../../src/core/table.js';
import { PortAllocator } from '../../src/data-plane/port-allocator.js';
import { parseIpv4 } from '../../src/network/cidr.js';
import type { Connection } from '../../src/index.js';
import { checkInvariants } from '../../src/testing/index.js';
import { checkPorts } from '../../src/testing/invariants/ports.js';
import { regionForWrite, type RegionState } from '../../src/world/world.js';
import { buildDataPath, type DataPath } from '../data-plane/fixtures.js';
import { REGION } from '../fixtures/topology.js';
import { must } from './support.js';

function connected(count = 2): { path: DataPath; connections: Connection[] } {
  const path = buildDataPath();
  const connections: Connection[] = [];
  for (let i = 0; i < count; i++) {
    const r = path.cloud.connect({ from: { accountId: path.consumer.identity.accountId, subnetId: path.consumer.subnetA }, host: path.regionalName, port: 443 });
    if (!r.ok) throw new Error(r.message);
    connections.push(r.connection);
  }
  return { path, connections };
}

const edit = (path: DataPath, apply: (state: RegionState, world: Parameters<Parameters<DataPath['cloud']['change']>[0]>[0]['world']) => void) =>
  path.cloud.change((ctx) => apply(regionForWrite(ctx.world, REGION), ctx.world));

describe('invariant 8: no connection outlives its path', () => {
  it('holds while connections are open and after closing them all', () => {
    const { path, connections } = connected();
    expect(checkInvariants(path.cloud)).toEqual([]);
    for (const c of connections) path.cloud.close(c.id);
    expect(path.cloud.dataPlane.ports.totalInUse()).toBe(0);
    expect(checkInvariants(path.cloud)).toEqual([]);
  });

  const cuts: [string, (path: DataPath, c: Connection) => void, string][] = [
    ['its endpoint is rejected', (p) => edit(p, (s) => void Object.assign(must(getRow(s.vpcEndpoints, p.endpointId)), { State: 'rejected' })), 'is rejected'],
    ['its endpoint leaves the AZ', (p, c) => edit(p, (s) => {
      const e = must(getRow(s.vpcEndpoints, p.endpointId));
      e.zones = e.zones.filter((z) => z.AvailabilityZoneId !== c.availabilityZoneId);
    }), 'left'],
    ['its AZ fails', (p, c) => edit(p, (_s, w) => void (w.failedZones[`${REGION}/${c.availabilityZoneId}`] = true)), 'failed'],
    ['its load balancer is deleted', (p) => edit(p, (s) => void deleteRow(s.loadBalancers, p.provider.loadBalancerArn)), 'was deleted'],
    ['its load balancer leaves the service', (p) => edit(p, (s) => void Object.assign(must(getRow(s.endpointServices, p.provider.serviceId)), { NetworkLoadBalancerArns: [] })), 'removed from'],
    ['its target fails its health checks', (p, c) => edit(p, (s) => {
      const tg = must(getRow(s.targetGroups, p.targetGroupArn));
      for (const t of rows(tg.targets)) if (t.Id === c.target.id) t.health = 'unhealthy';
    }), 'is unhealthy'],
    ['its target is deregistered', (p, c) => edit(p, (s) => {
      const tg = must(getRow(s.targetGroups, p.targetGroupArn));
      for (const [key, t] of [...tableEntries(tg.targets)]) if (t.Id === c.target.id) deleteRow(tg.targets, key);
    }), 'no longer registered'],
  ];
  for (const [when, cut, words] of cuts) {
    it(`reports a connection still open when ${when}`, () => {
      const { path, connections } = connected(1);
      const c = must(connections[0]);
      cut(path, c);
      const found = checkInvariants(path.cloud, { only: [8] });
      expect(found).toEqual([expect.objectContaining({ invariant: 8, ids: [String(c.id), path.endpointId] })]);
      expect(found[0]?.message).toContain(words);
    });
  }

  it('does not count a deleted target group as a cut (its listener went first)', () => {
    const { path } = connected(1);
    edit(path, (s) => void deleteRow(s.targetGroups, path.targetGroupArn));
    expect(checkInvariants(path.cloud, { only: [8] })).toEqual([]);
  });

  it('reports a connection through a VPC peering or an on-premises link that is gone', () => {
    const path = buildDataPath();
    const consumer = path.cloud.ec2(path.consumer.identity);
    const { NetworkId } = path.cloud.network.attachOnPremisesNetwork({ accountId: path.consumer.identity.accountId, region: REGION, vpcId: path.consumer.vpcId, cidrBlock: '192.168.0.0/16', link: 'direct-connect' });
    consumer.authorizeSecurityGroupIngress({ GroupId: path.consumer.defaultSecurityGroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '192.168.0.0/16' }] }] });
    const r = path.cloud.connect({ from: { accountId: path.consumer.identity.accountId, network: NetworkId, ip: '192.168.1.1' }, host: path.regionalName, port: 443 });
    if (!r.ok) throw new Error(r.message);
    expect(checkInvariants(path.cloud, { only: [8] })).toEqual([]);
    edit(path, (s) => void deleteRow(s.onPremisesNetworks, NetworkId));
    expect(checkInvariants(path.cloud, { only: [8] })[0]?.message).toContain(`on-premises network ${NetworkId} was detached`);
  });
});

describe('a connection through a VPC peering', () => {
  it('is reported when the peering ends behind the data plane', () => {
    const path = buildDataPath();
    const consumer = path.cloud.ec2(path.consumer.identity);
    const peerVpc = consumer.createVpc({ CidrBlock: '10.60.0.0/16' }).Vpc.VpcId;
    const peerSubnet = consumer.createSubnet({ VpcId: peerVpc, CidrBlock: '10.60.1.0/24', AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId;
    const id = must(consumer.createVpcPeeringConnection({ VpcId: peerVpc, PeerVpcId: path.consumer.vpcId }).VpcPeeringConnection.VpcPeeringConnectionId);
    consumer.acceptVpcPeeringConnection({ VpcPeeringConnectionId: id });
    consumer.authorizeSecurityGroupIngress({ GroupId: path.consumer.defaultSecurityGroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.60.0.0/16' }] }] });
    const r = path.cloud.connect({ from: { accountId: path.consumer.identity.accountId, subnetId: peerSubnet }, host: path.regionalName, port: 443 });
    if (!r.ok) throw new Error(r.message);
    expect(r.connection.path).toEqual({ kind: 'peering', vpcPeeringConnectionId: id });
    expect(checkInvariants(path.cloud, { only: [8] })).toEqual([]);
    edit(path, (s) => void Object.assign(must(getRow(s.vpcPeeringConnections, id)), { Status: 'deleted' }));
    expect(checkInvariants(path.cloud, { only: [8] })[0]?.message).toContain(`peering connection ${id} is deleted`);
  });
});

describe('invariants 7 and 8 on the allocator', () => {
  it('reports a port held without a connection (a leak) and a connection whose port is not held', () => {
    const { path, connections } = connected(1);
    const c = must(connections[0]);
    const ports = path.cloud.dataPlane.ports;
    const slot = ports.keySlot(must(parseIpv4(c.nodeIp)), must(parseIpv4(c.target.ip)), c.target.port);
    const extra = ports.allocate(slot, 0);
    const leak = checkInvariants(path.cloud, { only: [7, 8] });
    expect(leak.map((v) => v.message)).toEqual([expect.stringContaining('holds 2 ports but 1 open connections use it: ports leaked'), 'the allocator holds 2 ports for 1 open connections']);
    ports.release(slot, extra, 0);
    ports.release(slot, c.sourcePort, 0);
    const missing = checkInvariants(path.cloud, { only: [8] }).map((v) => v.message);
    expect(missing).toContain(`connection ${c.id} is open but its source port ${c.sourcePort} toward ${c.nodeIp} -> ${c.target.ip}:${c.target.port} is not held`);
    expect(missing.some((m) => m.includes('ports missing'))).toBe(true);
  });
});

describe('checkPorts', () => {
  const node = '10.0.1.5';
  const target = { id: '10.0.1.10', ip: '10.0.1.10', port: 8080, availabilityZoneId: 'use1-az2' };
  const conn = (id: number, sourcePort: number, over: Partial<Connection> = {}): Connection => ({
    id, region: REGION, accountId: '222222222222', endpointId: 'vpce-0123456789abcdef0', serviceId: 'vpce-svc-0123456789abcdef0', availabilityZoneId: 'use1-az2',
    endpointIp: '10.1.1.4', loadBalancerArn: 'lb', targetGroupArn: 'tg', nodeIp: node, sourcePort, path: { kind: 'same-vpc' },
    consumer: { ip: '10.1.1.254', port: 40_000 + id }, target, seenSourceIp: node, crossZone: false, openedAt: 0, bytesSent: 0, bytesReceived: 0, ...over,
  });
  const allocator = (capacity = 4) => {
    const ports = new PortAllocator({ capacity, firstPort: 2000 });
    const slot = ports.keySlot(must(parseIpv4(node)), must(parseIpv4(target.ip)), target.port);
    return { ports, slot };
  };

  it('accepts connections that each hold their own port', () => {
    const { ports, slot } = allocator();
    const a = ports.allocate(slot, 0);
    const b = ports.allocate(slot, 0);
    expect(checkPorts(ports, [conn(1, a), conn(2, b)])).toEqual([]);
  });

  it('reports two connections holding one port', () => {
    const { ports, slot } = allocator();
    const a = ports.allocate(slot, 0);
    ports.allocate(slot, 0);
    const found = checkPorts(ports, [conn(1, a), conn(2, a)]);
    expect(found).toContainEqual(expect.objectContaining({ invariant: 7, ids: ['1', '2', `${node} -> ${target.ip}:8080`] }));
  });

  it('reports a port outside the range and a connection without a key', () => {
    const { ports, slot } = allocator();
    ports.allocate(slot, 0);
    const outside = checkPorts(ports, [conn(1, 1999)]);
    expect(outside).toContainEqual(expect.objectContaining({ invariant: 7, message: expect.stringContaining('outside 2000..2003') }));
    const high = checkPorts(ports, [conn(1, 2004)]);
    expect(high.some((v) => v.invariant === 7 && v.message.includes('outside'))).toBe(true);
    expect(checkPorts(ports, [conn(1, 2003)]).some((v) => v.message.includes('outside'))).toBe(false);
    const keyless = checkPorts(ports, [conn(1, 2000, { nodeIp: '10.9.9.9' })]);
    expect(keyless).toContainEqual(expect.objectContaining({ invariant: 7, message: expect.stringContaining('has no key in the port allocator') }));
  });

  it('reports a key holding more than the capacity', () => {
    class Overfull extends PortAllocator {
      override inUse(): number {
        return this.capacity + 1;
      }
    }
    const ports = new Overfull({ capacity: 2, firstPort: 2000 });
    const slot = ports.keySlot(must(parseIpv4(node)), must(parseIpv4(target.ip)), target.port);
    const a = ports.allocate(slot, 0);
    const found = checkPorts(ports, [conn(1, a)]);
    expect(found).toContainEqual(expect.objectContaining({ invariant: 7, message: expect.stringContaining('holds 3 ports, more than the capacity 2') }));
  });

  it('counts per key: a held port on another key does not excuse a missing one', () => {
    const { ports, slot } = allocator();
    const other = ports.keySlot(must(parseIpv4(node)), must(parseIpv4(target.ip)), 9090);
    ports.allocate(other, 0);
    const a = ports.allocate(slot, 0);
    const found = checkPorts(ports, [conn(1, a)]);
    expect(found.map((v) => v.invariant)).toEqual([8, 8]);
  });
});
