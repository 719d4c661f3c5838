import { readFileSync } from 'node:fs';
/**
 * The exact words and the edges of `checkInvariants` (what each violation says and names,
 * what is deliberately not a violation, checks that must not run when not asked for). These
 * tests are what the mutation run (`npm run mutation`) holds the checker to.
 */
import { describe, expect, it } from 'vitest';
import { deleteRow, emptyTable, getRow, tableEntries } from '../../src/core/table.js';
import { PortAllocator } from '../../src/data-plane/port-allocator.js';
import { parseIpv4 } from '../../src/network/cidr.js';
import type { Cloud, Connection, DataPlane, World } from '../../src/index.js';
import { checkInvariants, formatViolations, INVARIANTS, recordHistory, type CloudHistory, type InvariantSubject } from '../../src/testing/index.js';
import { checkPorts } from '../../src/testing/invariants/ports.js';
import { checkSnapshot } from '../../src/testing/invariants/snapshot.js';
import { regionForWrite, type RegionState } from '../../src/world/world.js';
import { buildDataPath, type DataPath } from '../data-plane/fixtures.js';
import { CONSUMER, OUTSIDER, PROVIDER, REGION } from '../fixtures/topology.js';
import { must, patched, restoredWith, row } from './support.js';

const region = (w: World) => must(w.regions[REGION], 'the region');
const edit = (cloud: Cloud, apply: (state: RegionState, world: World) => void) => cloud.change((ctx) => apply(regionForWrite(ctx.world, REGION), ctx.world));
const fakeHistory = (creations: CloudHistory['creations'], transitions: CloudHistory['transitions']): CloudHistory => ({ creations, transitions, stop: () => undefined });

function open(path: DataPath, count = 1): Connection[] {
  const out: Connection[] = [];
  for (let i = 0; i < count; i++) {
    const r = path.cloud.connect({ from: { accountId: CONSUMER, subnetId: path.consumer.subnetA }, host: path.regionalName, port: 443 });
    if (!r.ok) throw new Error(r.message);
    out.push(r.connection);
  }
  return out;
}

describe('the invariants table and its format', () => {
  it('states docs/design.md invariants word for word', () => {
    expect(INVARIANTS).toEqual({
      1: 'Only an allowed principal can create an endpoint to a service; acceptance is required unless the service says otherwise; nothing reaches available without it.',
      2: "Endpoint AZs are a subset of the service's AZs, compared by AZ id, never by name.",
      3: "A consumer's view of a service lists exactly the common AZs, in the consumer's names.",
      4: "Per AZ, an endpoint is wired to exactly one of the service's load balancers.",
      5: 'Lifecycle states change only along machine transitions; deleted, rejected and failed behave as AWS documents.',
      6: 'A failed command (bad input, not found, not authorised, wrong state) changes nothing.',
      7: 'No source port is held twice at once for one (NLB node, target ip, target port); at most the capacity is held; a released port is not reused before its cooldown.',
      8: 'Closing every connection leaves the allocator empty; deleting an endpoint closes its connections.',
      9: 'Same seed and calls give identical snapshots; snapshot -> JSON -> restore is identity.',
      10: "One account can never read or change another account's private resources.",
    });
    expect(Object.isFrozen(INVARIANTS)).toBe(true);
  });

  it('is the list docs/design.md states, in the same words', () => {
    const design = readFileSync(new URL('../../docs/design.md', import.meta.url), 'utf8');
    const block = /<!-- BEGIN INVARIANTS -->\n([\s\S]*?)<!-- END INVARIANTS -->/.exec(design)?.[1] ?? '';
    const stated = Object.fromEntries(block.trim().split('\n').map((line) => {
      const [, number = '', text = ''] = /^(\d+)\. (.*)$/.exec(line) ?? [];
      return [Number(number), text];
    }));
    expect(stated).toEqual({ ...INVARIANTS });
  });

  it('formats one line per violation', () => {
    expect(formatViolations([{ invariant: 2, ids: ['a'], message: 'x' }, { invariant: 10, ids: [], message: 'y' }])).toBe('invariant 2 [a]: x\ninvariant 10 []: y');
    expect(formatViolations([])).toBe('');
  });
});

describe('invariants 2 and 4: exact reports', () => {
  const path = buildDataPath();
  const { cloud, endpointId } = path;
  const serviceId = path.provider.serviceId;
  const lbArn = path.provider.loadBalancerArn;

  it('names the endpoint, service and AZ, and lists the AZ ids offered', () => {
    const bad = restoredWith(cloud, (w) => {
      must(row(region(w).vpcEndpoints, endpointId).zones[0]).AvailabilityZoneId = 'use1-az6';
    });
    const zone0 = must(getRow(region(cloud.world).vpcEndpoints, endpointId)?.zones[0]);
    expect(checkInvariants(bad, { only: [2] })).toEqual([
      { invariant: 2, ids: [endpointId, serviceId, 'use1-az6'], message: `endpoint ${endpointId} is in use1-az6, which ${serviceId} does not offer (its AZ ids: use1-az2, use1-az3)` },
      { invariant: 2, ids: [endpointId, zone0.SubnetId, 'use1-az6'], message: `endpoint ${endpointId} records ${zone0.SubnetId} in use1-az6, but that subnet is in use1-az2 of ${path.consumer.vpcId} (endpoint VPC ${path.consumer.vpcId})` },
    ]);
  });

  it('says none when the service offers no AZ, and gone when the subnet is', () => {
    const bad = restoredWith(cloud, (w) => {
      deleteRow(region(w).loadBalancers, lbArn);
      deleteRow(region(w).subnets, path.consumer.subnetA);
    });
    const found = checkInvariants(bad, { only: [2] });
    expect(found.map((v) => v.message)).toContain(`endpoint ${endpointId} is in use1-az2, which ${serviceId} does not offer (its AZ ids: none)`);
    const zone0 = must(getRow(region(cloud.world).vpcEndpoints, endpointId)?.zones[0]);
    expect(found).toContainEqual({ invariant: 2, ids: [endpointId, zone0.SubnetId, 'use1-az2'], message: `endpoint ${endpointId} records ${zone0.SubnetId} in use1-az2, but that subnet is gone (endpoint VPC ${path.consumer.vpcId})` });
  });

  it('reports a subnet of another VPC, and two subnets in one AZ, by their ids', () => {
    const bad = restoredWith(cloud, (w) => {
      row(region(w).subnets, path.consumer.subnetA).VpcId = 'vpc-0000000000000000a';
      const e = row(region(w).vpcEndpoints, endpointId);
      e.zones.push({ ...must(e.zones[1]) });
    });
    const messages = checkInvariants(bad, { only: [2] }).map((v) => v.message);
    expect(messages).toContain(`endpoint ${endpointId} has two subnets in use1-az3`);
    expect(messages.some((m) => m.includes('of vpc-0000000000000000a'))).toBe(true);
    expect(checkInvariants(bad, { only: [2] }).find((v) => v.message.includes('two subnets'))?.ids).toEqual([endpointId, 'use1-az3']);
  });

  it('names the endpoint, AZ and NLB when the wiring is wrong', () => {
    const other = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/x/0123456789abcdef';
    const bad = restoredWith(cloud, (w) => {
      must(row(region(w).vpcEndpoints, endpointId).zones[0]).LoadBalancerArn = other;
    });
    expect(checkInvariants(bad, { only: [4] })).toEqual([
      { invariant: 4, ids: [endpointId, 'use1-az2', other], message: `endpoint ${endpointId} is wired in use1-az2 to ${other}, which is not a load balancer of ${serviceId}` },
    ]);
    const nodeless = restoredWith(cloud, (w) => {
      const lb = row(region(w).loadBalancers, lbArn);
      lb.nodes = lb.nodes.filter((n) => n.AvailabilityZoneId !== 'use1-az3');
    });
    expect(checkInvariants(nodeless, { only: [4] })).toEqual([
      { invariant: 4, ids: [endpointId, 'use1-az3', lbArn], message: `endpoint ${endpointId} is wired in use1-az3 to ${lbArn}, which has no node in that AZ` },
    ]);
    const gone = restoredWith(cloud, (w) => void deleteRow(region(w).loadBalancers, lbArn));
    expect(checkInvariants(gone, { only: [4] }).map((v) => v.ids[1])).toEqual(['use1-az2', 'use1-az3']);
  });

  it('leaves wiring alone for endpoints that are not live, or of services going away', () => {
    const other = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/x/0123456789abcdef';
    const rejected = restoredWith(cloud, (w) => {
      const e = row(region(w).vpcEndpoints, endpointId);
      e.State = 'rejected';
      must(e.zones[0]).LoadBalancerArn = other;
    });
    expect(checkInvariants(rejected, { only: [2, 4] })).toEqual([]);
    const deleting = restoredWith(cloud, (w) => {
      row(region(w).endpointServices, serviceId).ServiceState = 'Deleting';
      must(row(region(w).vpcEndpoints, endpointId).zones[0]).LoadBalancerArn = other;
    });
    expect(checkInvariants(deleting, { only: [2, 4] })).toEqual([]);
    const orphan = restoredWith(cloud, (w) => {
      deleteRow(region(w).endpointServices, serviceId);
    });
    expect(checkInvariants(orphan, { only: [1, 2, 4] })).toEqual([]);
  });

  it('reports a connection through another NLB than the endpoint is wired to in its AZ', () => {
    const p = buildDataPath();
    const [c] = open(p);
    const connection = must(c);
    const elb = p.cloud.elbv2(p.provider.identity);
    const second = must(elb.createLoadBalancer({ Name: 'second', Type: 'network', Scheme: 'internal', Subnets: p.provider.subnetIds }).LoadBalancers[0]?.LoadBalancerArn);
    p.cloud.ec2(p.provider.identity).modifyVpcEndpointServiceConfiguration({ ServiceId: p.provider.serviceId, AddNetworkLoadBalancerArns: [second] });
    edit(p.cloud, (s) => {
      for (const z of must(getRow(s.vpcEndpoints, p.endpointId)).zones) z.LoadBalancerArn = second;
    });
    expect(checkInvariants(p.cloud, { only: [4] })).toEqual([
      {
        invariant: 4,
        ids: [String(connection.id), p.endpointId, connection.availabilityZoneId],
        message: `connection ${connection.id} went through ${p.provider.loadBalancerArn} in ${connection.availabilityZoneId}, but endpoint ${p.endpointId} is wired there to ${second}`,
      },
    ]);
  });
});

describe('invariant 1: exact reports and edges', () => {
  const path = buildDataPath();
  const { cloud, endpointId } = path;
  const serviceId = path.provider.serviceId;

  it('says what is wrong with the service record of an endpoint', () => {
    const bad = restoredWith(cloud, (w) => {
      row(region(w).vpcEndpoints, endpointId).ServiceOwnerId = OUTSIDER;
      row(region(w).endpointServices, serviceId).connections = emptyTable();
    });
    expect(checkInvariants(bad, { only: [1] })).toEqual([
      { invariant: 1, ids: [endpointId, serviceId], message: `endpoint ${endpointId} records service owner ${OUTSIDER}, but ${serviceId} belongs to ${PROVIDER}` },
      { invariant: 1, ids: [endpointId, serviceId], message: `endpoint ${endpointId} is not on the connection list of ${serviceId}: the provider cannot see it to accept or reject it` },
    ]);
  });

  const creation = (over: Partial<ReturnType<NonNullable<CloudHistory['creations']['get']>> & object> = {}) => ({
    endpointId,
    region: REGION,
    serviceId,
    requesterArn: `arn:aws:iam::${CONSUMER}:root`,
    consumerAccountId: CONSUMER,
    providerAccountId: PROVIDER,
    acceptanceRequired: false,
    allowed: true,
    ...over,
  });

  it('reads a history: not allowed, wrong first state, available without accept', () => {
    const history = fakeHistory(
      new Map([[endpointId, creation({ allowed: false, acceptanceRequired: true })]]),
      new Map([[endpointId, [{ from: undefined, to: 'pending' as const }, { from: 'pending' as const, to: 'available' as const }]]]),
    );
    expect(checkInvariants(cloud, { history, only: [1] })).toEqual([
      { invariant: 1, ids: [endpointId, serviceId, `arn:aws:iam::${CONSUMER}:root`], message: `endpoint ${endpointId} was created for arn:aws:iam::${CONSUMER}:root, which neither owned ${serviceId} nor was an allowed principal at that moment` },
      { invariant: 1, ids: [endpointId, serviceId], message: `endpoint ${endpointId} started pending, but ${serviceId} had AcceptanceRequired=true when it was created (expected pendingAcceptance)` },
      { invariant: 1, ids: [endpointId, serviceId], message: `endpoint ${endpointId} is available without the provider accepting it, although ${serviceId} required acceptance when it was created` },
    ]);
  });

  it('accepts a history with an accept, without transitions, or of a region or endpoint no longer there', () => {
    const accepted = fakeHistory(
      new Map([[endpointId, creation({ acceptanceRequired: true })]]),
      new Map([[endpointId, [{ from: undefined, to: 'pendingAcceptance' as const }, { from: 'pendingAcceptance' as const, to: 'pending' as const }, { from: 'pending' as const, to: 'available' as const }]]]),
    );
    expect(checkInvariants(cloud, { history: accepted, only: [1, 5] })).toEqual([]);
    expect(checkInvariants(cloud, { history: fakeHistory(new Map([[endpointId, creation()]]), new Map()), only: [1, 5] })).toEqual([]);
    expect(checkInvariants(cloud, { history: fakeHistory(new Map([[endpointId, creation({ region: 'eu-west-1', acceptanceRequired: true })]]), new Map([[endpointId, []]])), only: [1, 5] })).toEqual([]);
    expect(checkInvariants(cloud, { history: fakeHistory(new Map([['vpce-00000000000000000', creation({ endpointId: 'vpce-00000000000000000', acceptanceRequired: true })]]), new Map()), only: [1, 5] })).toEqual([]);
  });
});

describe('recordHistory: edges', () => {
  it('judges a creation when it happens, and records a service that is missing as not allowed', () => {
    const p = buildDataPath();
    const history = recordHistory(p.cloud);
    const ec2 = p.cloud.ec2(p.consumer.identity);
    const id = must(ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: p.consumer.vpcId, ServiceName: p.provider.serviceName, SubnetIds: [p.consumer.subnetB] }).VpcEndpoint.VpcEndpointId);
    p.cloud.ec2(p.provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: p.provider.serviceId, RemoveAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] });
    expect(history.creations.get(id)).toMatchObject({ allowed: true, acceptanceRequired: false });
    expect(history.creations.size).toBe(1);
    expect(history.transitions.get(id)?.length).toBe(4);
    p.cloud.change((ctx) => {
      ctx.emit({ type: 'EndpointStateChanged', region: REGION, serviceId: 'vpce-svc-00000000000000000', endpointId: p.endpointId, consumerAccountId: CONSUMER, providerAccountId: PROVIDER, from: undefined, to: 'pending' });
      ctx.emit({ type: 'EndpointStateChanged', region: 'eu-west-1', serviceId: 'vpce-svc-00000000000000000', endpointId: 'vpce-00000000000000009', consumerAccountId: CONSUMER, providerAccountId: PROVIDER, from: undefined, to: 'pending' });
    });
    expect(history.creations.get(p.endpointId)).toMatchObject({ allowed: false, acceptanceRequired: false, serviceId: 'vpce-svc-00000000000000000' });
    expect(history.creations.has('vpce-00000000000000009')).toBe(false);
    expect(history.transitions.get('vpce-00000000000000009')).toEqual([{ from: undefined, to: 'pending' }]);
  });
});

describe('invariant 5: exact reports and edges', () => {
  const path = buildDataPath();
  const { cloud, endpointId } = path;
  const serviceId = path.provider.serviceId;

  it('names the kind of record in a state that does not exist', () => {
    const bad = restoredWith(cloud, (w) => {
      row(region(w).vpcEndpoints, endpointId).State = 'gone' as never;
      row(region(w).endpointServices, serviceId).ServiceState = 'gone' as never;
      row(region(w).endpointServices, serviceId).PrivateDns = { Name: 'a.example.com', State: 'gone' as never, TxtName: '_x', TxtValue: 'vpce:y' };
      row(region(w).loadBalancers, path.provider.loadBalancerArn).State = 'gone' as never;
    });
    expect(checkInvariants(bad, { only: [5] }).map((v) => v.message)).toEqual([
      `endpoint ${endpointId} is in 'gone', which is not a state of its lifecycle`,
      `service ${serviceId} is in 'gone', which is not a state of its lifecycle`,
      `private DNS name of ${serviceId} is in 'gone', which is not a state of its lifecycle`,
      `load balancer ${path.provider.loadBalancerArn} is in 'gone', which is not a state of its lifecycle`,
    ]);
  });

  it('accepts every peering status AWS reports, and nothing else', () => {
    const p = buildDataPath();
    const c = p.cloud.ec2(p.consumer.identity);
    const other = c.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const id = must(c.createVpcPeeringConnection({ VpcId: p.consumer.vpcId, PeerVpcId: other }).VpcPeeringConnection.VpcPeeringConnectionId);
    for (const status of ['initiating-request', 'pending-acceptance', 'provisioning', 'active', 'rejected', 'failed', 'expired', 'deleting', 'deleted'] as const) {
      const w = restoredWith(p.cloud, (world) => void Object.assign(row(region(world).vpcPeeringConnections, id), { Status: status }));
      expect(checkInvariants(w, { only: [5] }), status).toEqual([]);
    }
    const bad = restoredWith(p.cloud, (world) => void Object.assign(row(region(world).vpcPeeringConnections, id), { Status: '' }));
    expect(checkInvariants(bad, { only: [5] })).toEqual([{ invariant: 5, ids: [id], message: `peering connection ${id} is in '', which is not a state of its lifecycle` }]);
  });

  it('reports the first recorded change when it is not a creation into pendingAcceptance or pending', () => {
    const first = (t: { from: 'pending' | undefined; to: 'available' | 'pending' | 'pendingAcceptance' }) =>
      checkInvariants(cloud, { history: fakeHistory(new Map(), new Map([[endpointId, [t]]])), only: [5] });
    expect(first({ from: undefined, to: 'available' })).toEqual([{ invariant: 5, ids: [endpointId], message: `endpoint ${endpointId} first appeared as (new) -> available; an endpoint starts pendingAcceptance or pending` }]);
    expect(first({ from: 'pending', to: 'pending' })[0]?.message).toBe(`endpoint ${endpointId} first appeared as pending -> pending; an endpoint starts pendingAcceptance or pending`);
    expect(first({ from: undefined, to: 'pending' })).toEqual([]);
    expect(first({ from: undefined, to: 'pendingAcceptance' })).toEqual([]);
  });

  it('reports illegal and disconnected transitions word for word, and a stored state no transition led to', () => {
    const history = fakeHistory(
      new Map([[endpointId, { endpointId, region: REGION, serviceId, requesterArn: `arn:aws:iam::${CONSUMER}:root`, consumerAccountId: CONSUMER, providerAccountId: PROVIDER, acceptanceRequired: false, allowed: true }]]),
      new Map([[endpointId, [
        { from: undefined, to: 'pending' as const },
        { from: undefined, to: 'available' as const },
        { from: 'pendingAcceptance' as const, to: 'pending' as const },
        { from: 'pending' as const, to: 'deleting' as const },
      ]]]),
    );
    expect(checkInvariants(cloud, { history, only: [5] })).toEqual([
      { invariant: 5, ids: [endpointId], message: `endpoint ${endpointId} moved (new) -> available, which is not a transition of the endpoint connection machine` },
      { invariant: 5, ids: [endpointId], message: `endpoint ${endpointId} moved from pendingAcceptance, but its previous recorded state was available` },
      { invariant: 5, ids: [endpointId], message: `endpoint ${endpointId} is stored as available, but its last recorded transition went to deleting: a state changed without a transition` },
    ]);
  });
});

describe('invariants 7 and 8: exact reports', () => {
  const node = '10.0.1.5';
  const target = { id: '10.0.1.10', ip: '10.0.1.10', port: 8080, availabilityZoneId: 'use1-az2' };
  const label = `${node} -> 10.0.1.10:8080`;
  const conn = (id: number, sourcePort: number): Connection => ({
    id, region: REGION, accountId: CONSUMER, endpointId: 'vpce-0123456789abcdef0', serviceId: 'vpce-svc-0123456789abcdef0', availabilityZoneId: 'use1-az2',
    endpointIp: '10.1.1.4', loadBalancerArn: 'lb', targetGroupArn: 'tg', nodeIp: node, sourcePort, path: { kind: 'same-vpc' },
    consumer: { ip: '10.1.1.254', port: 40_000 + id }, target, seenSourceIp: node, crossZone: false, openedAt: 0, bytesSent: 0, bytesReceived: 0,
  });

  it('words each finding and names the connections and the key', () => {
    const ports = new PortAllocator({ capacity: 2, firstPort: 2000 });
    const slot = ports.keySlot(must(parseIpv4(node)), must(parseIpv4(target.ip)), 8080);
    const key = `${must(parseIpv4(node))}/${must(parseIpv4(target.ip))}/8080`;
    const a = ports.allocate(slot, 0);
    expect(checkPorts(ports, [conn(1, a), conn(2, a), conn(3, 1999)])).toEqual([
      { invariant: 7, ids: ['1', '2', label], message: `connections 1 and 2 both hold source port ${a} toward ${label}` },
      { invariant: 7, ids: ['3', label], message: `connection 3 uses source port 1999, outside 2000..2001` },
      { invariant: 8, ids: ['3', label], message: `connection 3 is open but its source port 1999 toward ${label} is not held` },
      { invariant: 8, ids: [key], message: `key ${key} holds 1 ports but 3 open connections use it: ports missing` },
      { invariant: 8, ids: ['allocator'], message: 'the allocator holds 1 ports for 3 open connections' },
    ]);
    const keyless = conn(4, 2000);
    keyless.nodeIp = 'not-an-ip';
    expect(checkPorts(ports, [keyless])[0]).toEqual({ invariant: 7, ids: ['4', 'not-an-ip -> 10.0.1.10:8080'], message: 'connection 4 (not-an-ip -> 10.0.1.10:8080) has no key in the port allocator' });
  });

  it('accepts a key holding exactly its capacity', () => {
    const ports = new PortAllocator({ capacity: 2, firstPort: 2000 });
    const slot = ports.keySlot(must(parseIpv4(node)), must(parseIpv4(target.ip)), 8080);
    expect(checkPorts(ports, [conn(1, ports.allocate(slot, 0)), conn(2, ports.allocate(slot, 0))])).toEqual([]);
  });
});

describe('invariant 8: exact reports on paths', () => {
  it('names the reason a connection should have been closed', () => {
    const reason = (cut: (p: DataPath, c: Connection) => void, crossZone = false) => {
      const p = buildDataPath({ crossZone });
      const connections = open(p, 8);
      const c = must(crossZone ? connections.find((x) => x.crossZone) : connections[0]);
      for (const other of connections) if (other.id !== c.id) p.cloud.close(other.id);
      cut(p, c);
      const found = checkInvariants(p.cloud, { only: [8] });
      expect(found).toHaveLength(1);
      expect(found[0]?.ids).toEqual([String(c.id), p.endpointId]);
      return [found[0]?.message, c] as const;
    };
    const [gone, c1] = reason((p) => edit(p.cloud, (s) => void deleteRow(s.vpcEndpoints, p.endpointId)));
    expect(gone).toBe(`connection ${c1.id} is still open although its endpoint ${c1.endpointId} no longer exists`);
    const [zone, c2] = reason((p, c) => edit(p.cloud, (_s, w) => void (w.failedZones[`${REGION}/${c.availabilityZoneId}`] = true)));
    expect(zone).toBe(`connection ${c2.id} is still open although its AZ ${c2.availabilityZoneId} failed`);
    const [targetZone, c3] = reason((p, c) => edit(p.cloud, (_s, w) => void (w.failedZones[`${REGION}/${c.target.availabilityZoneId ?? ''}`] = true)), true);
    expect(targetZone).toBe(`connection ${c3.id} is still open although its target's AZ ${c3.target.availabilityZoneId ?? ''} failed`);
    const [removed, c4] = reason((p) => edit(p.cloud, (s) => void Object.assign(must(getRow(s.endpointServices, p.provider.serviceId)), { NetworkLoadBalancerArns: [] })));
    expect(removed).toBe(`connection ${c4.id} is still open although its load balancer was removed from ${c4.serviceId}`);
    const [deregistered, c5] = reason((p, c) => edit(p.cloud, (s) => {
      const tg = must(getRow(s.targetGroups, c.targetGroupArn));
      for (const [k, t] of [...tableEntries(tg.targets)]) if (t.Id === c.target.id) deleteRow(tg.targets, k);
    }));
    expect(deregistered).toBe(`connection ${c5.id} is still open although its target ${c5.target.id}:${c5.target.port} is no longer registered in ${c5.targetGroupArn}`);
  });

  it('does not judge a connection by the NLB list of a service record that is gone', () => {
    const p = buildDataPath();
    open(p);
    edit(p.cloud, (s) => void deleteRow(s.endpointServices, p.provider.serviceId));
    expect(checkInvariants(p.cloud, { only: [8] })).toEqual([]);
  });

  it('reports a connection of a region that is gone, and of a peering that is gone', () => {
    const p = buildDataPath();
    const [c] = open(p);
    const subject: InvariantSubject = { ...patched(p.cloud, {}), world: { ...p.cloud.world, regions: {} } };
    expect(checkInvariants(subject, { only: [8] }).map((v) => v.message)).toEqual([`connection ${must(c).id} is still open although its endpoint ${p.endpointId} no longer exists`]);
    const peering: Connection = { ...must(c), path: { kind: 'peering', vpcPeeringConnectionId: 'pcx-00000000000000000' } };
    const through = { ...patched(p.cloud, {}), connections: () => [peering] };
    expect(checkInvariants(through, { only: [8] }).find((v) => v.message.includes('peering'))?.message).toBe(`connection ${peering.id} is still open although its peering connection pcx-00000000000000000 is gone`);
  });
});

describe('invariant 3: exact reports and edges', () => {
  it('checks each provider against its own services only, each service against its own view', () => {
    const p = buildDataPath();
    const c = p.cloud.ec2(p.consumer.identity);
    const lb = must(p.cloud.elbv2(p.consumer.identity).createLoadBalancer({ Name: 'consumer-nlb', Type: 'network', Scheme: 'internal', Subnets: [p.consumer.subnetA] }).LoadBalancers[0]?.LoadBalancerArn);
    c.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [lb] });
    const pe = p.cloud.ec2(p.provider.identity);
    const lb2 = must(p.cloud.elbv2(p.provider.identity).createLoadBalancer({ Name: 'second', Type: 'network', Scheme: 'internal', Subnets: [must(p.provider.subnetIds[1])] }).LoadBalancers[0]?.LoadBalancerArn);
    pe.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [lb2] });
    expect(checkInvariants(p.cloud, { only: [3, 10] })).toEqual([]);
  });

  it('reports a view that matches in part, whatever order the AZs were described in', () => {
    const p = buildDataPath();
    const serviceId = p.provider.serviceId;
    const partial = patched(p.cloud, {
      ec2: (real, who) => ({
        describeAvailabilityZones: (input) => {
          const out = real.describeAvailabilityZones(input);
          return { ...out, AvailabilityZones: [...out.AvailabilityZones].reverse() };
        },
        describeVpcEndpointServices: (input) => {
          const out = real.describeVpcEndpointServices(input);
          return who.accountId === CONSUMER ? { ...out, ServiceDetails: out.ServiceDetails.map((d) => ({ ...d, AvailabilityZones: ['us-east-1a', 'us-east-1c'] })) } : out;
        },
      }),
    });
    expect(checkInvariants(partial, { only: [3] })).toEqual([
      { invariant: 3, ids: [serviceId, CONSUMER], message: `account ${CONSUMER} sees ${serviceId} in [us-east-1a, us-east-1c], expected the common AZs in its names [us-east-1a, us-east-1b]` },
    ]);
    const shorter = patched(p.cloud, {
      ec2: (real, who) => ({
        describeVpcEndpointServices: (input) => {
          const out = real.describeVpcEndpointServices(input);
          return who.accountId === CONSUMER ? { ...out, ServiceDetails: out.ServiceDetails.map((d) => ({ ...d, AvailabilityZones: ['us-east-1a'] })) } : out;
        },
      }),
    });
    expect(checkInvariants(shorter, { only: [3] })).toHaveLength(1);
  });

  it('follows every page of the provider configurations', () => {
    const p = buildDataPath();
    const paged = patched(p.cloud, {
      ec2: (real) => ({
        describeVpcEndpointServiceConfigurations: (input) => (input?.NextToken === undefined ? { ServiceConfigurations: [], NextToken: 'more' } : real.describeVpcEndpointServiceConfigurations({})),
      }),
    });
    expect(checkInvariants(paged, { only: [3] })).toEqual([]);
  });

  it('words a service seen without permission', () => {
    const p = buildDataPath();
    p.cloud.ec2(p.provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: p.provider.serviceId, RemoveAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    const leaky = patched(p.cloud, { ec2: (real, who) => ({ describeVpcEndpointServices: (input) => (who.accountId === CONSUMER ? p.cloud.ec2(p.provider.identity).describeVpcEndpointServices(input) : real.describeVpcEndpointServices(input)) }) });
    expect(checkInvariants(leaky, { only: [10] })).toContainEqual({ invariant: 10, ids: [p.provider.serviceId, CONSUMER], message: `account ${CONSUMER} sees ${p.provider.serviceId} of ${PROVIDER} without being allowed` });
  });
});

describe('invariant 10: exact reports and edges', () => {
  it('words listings and lookups, with ? for an owner it cannot tell', () => {
    const p = buildDataPath();
    const provider = p.cloud.ec2(p.provider.identity);
    const leaky = patched(p.cloud, {
      ec2: (real, who) =>
        who.accountId === CONSUMER
          ? {
              describeVpcEndpointServiceConfigurations: (input) =>
                input?.ServiceIds === undefined ? { ServiceConfigurations: [{ ...must(provider.describeVpcEndpointServiceConfigurations().ServiceConfigurations[0]), ServiceId: 'vpce-svc-99999999999999999' }] } : real.describeVpcEndpointServiceConfigurations(input),
              describeSubnets: (input) => (input?.SubnetIds !== undefined ? provider.describeSubnets(input) : real.describeSubnets(input)),
              describeVpcEndpointConnections: () => ({ VpcEndpointConnections: [{ ...must(provider.describeVpcEndpointConnections().VpcEndpointConnections[0]), ServiceId: 'vpce-svc-99999999999999999' }] }),
            }
          : {},
    });
    const found = checkInvariants(leaky, { only: [10] });
    expect(found).toContainEqual({ invariant: 10, ids: ['vpce-svc-99999999999999999', CONSUMER], message: `account ${CONSUMER} lists service configuration vpce-svc-99999999999999999 of ?` });
    const subnet = must(p.provider.subnetIds[0]);
    expect(found).toContainEqual({ invariant: 10, ids: [subnet, CONSUMER], message: `account ${CONSUMER} reads subnet ${subnet} of ${PROVIDER} by id` });
    expect(found.some((v) => v.message.includes('endpoint connection'))).toBe(false);
  });

  it('probes endpoints and load balancers by id, at most three of a kind per account', () => {
    const p = buildDataPath();
    const provider = p.cloud.ec2(p.provider.identity);
    for (const cidr of ['10.20.0.0/16', '10.21.0.0/16', '10.22.0.0/16', '10.23.0.0/16']) provider.createVpc({ CidrBlock: cidr });
    const consumerEc2 = p.cloud.ec2(p.consumer.identity);
    const leaky = patched(p.cloud, {
      ec2: (real, who) =>
        who.accountId === CONSUMER
          ? { describeVpcs: (input) => (input?.VpcIds !== undefined ? provider.describeVpcs(input) : real.describeVpcs(input)) }
          : who.accountId === PROVIDER
            ? { describeVpcEndpoints: (input) => (input?.VpcEndpointIds !== undefined ? consumerEc2.describeVpcEndpoints(input) : real.describeVpcEndpoints(input)) }
            : {},
      elbv2: (real, who) =>
        who.accountId === CONSUMER
          ? { describeLoadBalancers: (input) => (input?.LoadBalancerArns !== undefined ? p.cloud.elbv2(p.provider.identity).describeLoadBalancers(input) : real.describeLoadBalancers(input)) }
          : {},
    });
    const messages = checkInvariants(leaky, { only: [10] }).map((v) => v.message);
    expect(messages.filter((m) => m.includes(' reads VPC '))).toHaveLength(3);
    expect(messages).toContain(`account ${PROVIDER} reads endpoint ${p.endpointId} of ${CONSUMER} by id`);
    expect(messages).toContain(`account ${CONSUMER} reads load balancer ${p.provider.loadBalancerArn} of ${PROVIDER} by id`);
  });

  it('takes an empty answer as not found, and lets a non-AWS error through', () => {
    const p = buildDataPath();
    const empty = patched(p.cloud, { ec2: (real, who) => (who.accountId === CONSUMER ? { describeVpcs: (input) => (input?.VpcIds !== undefined ? { Vpcs: [] } : real.describeVpcs(input)) } : {}) });
    expect(checkInvariants(empty, { only: [10] })).toEqual([]);
    const broken = patched(p.cloud, { ec2: (real, who) => (who.accountId === CONSUMER ? { describeVpcs: (input) => { if (input?.VpcIds !== undefined) throw new TypeError('boom'); return real.describeVpcs(input); } } : {}) });
    expect(() => checkInvariants(broken, { only: [10] })).toThrow(TypeError);
  });

  it('names both sides of a peering the viewer is not part of', () => {
    const p = buildDataPath();
    const c = p.cloud.ec2(p.consumer.identity);
    const other = c.createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const id = must(c.createVpcPeeringConnection({ VpcId: p.consumer.vpcId, PeerVpcId: other }).VpcPeeringConnection.VpcPeeringConnectionId);
    const leaky = patched(p.cloud, { ec2: (_real, who) => (who.accountId === PROVIDER ? { describeVpcPeeringConnections: () => c.describeVpcPeeringConnections() } : {}) });
    expect(checkInvariants(leaky, { only: [10] })).toContainEqual({ invariant: 10, ids: [id, PROVIDER], message: `account ${PROVIDER} lists peering connection ${id} of ${CONSUMER}/${CONSUMER}` });
  });
});

describe('checkInvariants runs only what is asked', () => {
  const p = buildDataPath();

  it('does not describe anything for the state-only invariants', () => {
    const mute: InvariantSubject = {
      ...patched(p.cloud, {}),
      ec2: () => { throw new TypeError('no describes'); },
      elbv2: () => { throw new TypeError('no describes'); },
    };
    expect(checkInvariants(mute, { only: [1, 2, 4, 5, 7, 8, 9] })).toEqual([]);
    expect(() => checkInvariants(mute, { only: [3] })).toThrow(TypeError);
    expect(() => checkInvariants(mute, { only: [10] })).toThrow(TypeError);
  });

  it('does not read the allocator unless 7 or 8 is asked', () => {
    const base = patched(p.cloud, {});
    const noPorts: InvariantSubject = { ...base, get dataPlane(): DataPlane { throw new TypeError('no allocator'); } };
    expect(checkInvariants(noPorts, { only: [1, 2, 3, 4, 5, 9, 10] })).toEqual([]);
    expect(() => checkInvariants(noPorts, { only: [7] })).toThrow(TypeError);
  });

  it('checks the snapshot only when 9 is asked, and always by default', () => {
    const world = structuredClone(p.cloud.snapshot()) as World & { extra?: unknown };
    world.extra = new Date(0);
    const subject = { ...patched(p.cloud, {}), world };
    expect(checkInvariants(subject, { only: [5] })).toEqual([]);
    expect(checkInvariants(subject)).toContainEqual({ invariant: 9, ids: ['$.extra'], message: 'the world holds a value JSON cannot carry at $.extra' });
    expect(checkInvariants({ ...patched(p.cloud, {}) }, { only: [1] })).toEqual([]);
  });
});

describe('invariant 9: exact reports', () => {
  const p = buildDataPath();

  it('shows where a restored snapshot first differs', () => {
    const world = p.cloud.snapshot();
    const text = JSON.stringify(world);
    const [found] = checkSnapshot(world, (snapshot) => ({ ec2: p.cloud.ec2, snapshot: () => ({ ...snapshot, timers: { ...snapshot.timers, count: -1 } }) }));
    const i = text.indexOf('"timers":{"count":') + '"timers":{"count":'.length;
    expect(found).toEqual({ invariant: 9, ids: [`offset ${i}: ${text.slice(i - 40, i + 40)}`], message: 'snapshot -> JSON -> restore -> snapshot differs from the original' });
  });

  it('shows the start of the text when the difference is at its start', () => {
    const world = p.cloud.snapshot();
    const [found] = checkSnapshot(world, () => ({ ec2: p.cloud.ec2, snapshot: () => ({} as World) }));
    expect(found?.ids).toEqual([`offset 1: ${JSON.stringify(world).slice(0, 41)}`]);
  });

  it('words a restore that answers differently', () => {
    const world = p.cloud.snapshot();
    const found = checkSnapshot(world, (snapshot) => ({ snapshot: () => snapshot, ec2: (who) => ({ ...p.cloud.ec2(who), describeVpcEndpoints: () => ({ VpcEndpoints: [] }) }) }));
    expect(found).toContainEqual({ invariant: 9, ids: [CONSUMER, REGION], message: `after restore, DescribeVpcEndpoints as ${CONSUMER} answers differently` });
  });
});
