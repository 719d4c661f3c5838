import { describe, expect, it } from 'vitest';
import { createCloud, CloudError, type World } from '../../src/index.js';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath } from './fixtures.js';

const from = (subnetId: string, port?: number) => ({ accountId: CONSUMER, subnetId, ...(port === undefined ? {} : { port }) });
const AZ2 = 'use1-az2';

describe('55,000 simultaneous connections per unique target', () => {
  it('fills one target to 55,000 and answers PortAllocationError at 55,001, for that target only', () => {
    const t = buildDataPath();
    const zonal = t.zonalNames[AZ2] ?? '';
    // One host has 28,232 ephemeral ports: two hosts (the default one and 10.1.1.50) fill it.
    const secondHost = { ...from(t.consumer.subnetA), ip: '10.1.1.50' };
    for (let i = 0; i < 55_000; i++) {
      const r = t.cloud.connect({ from: i % 2 === 0 ? from(t.consumer.subnetA) : secondHost, host: zonal, port: 443 });
      if (!r.ok) throw new Error(`connection ${i + 1}: ${r.message}`);
    }
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(55_000);
    const next = t.cloud.connect({ from: from(t.consumer.subnetA), host: zonal, port: 443 });
    expect(next).toMatchObject({ ok: false, reason: 'PortAllocationError' });
    expect(!next.ok && next.message).toContain('register more targets');
    // the other AZ's target is unaffected
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.zonalNames['use1-az3'] ?? '', port: 443 }).ok).toBe(true);
  });

  it('registering more targets relieves it, as AWS advises', () => {
    const t = buildDataPath({ portCapacity: 3 });
    const zonal = t.zonalNames[AZ2] ?? '';
    const open = () => t.cloud.connect({ from: from(t.consumer.subnetA), host: zonal, port: 443 });
    for (let i = 0; i < 3; i++) expect(open().ok).toBe(true);
    expect(open()).toMatchObject({ reason: 'PortAllocationError' });
    t.cloud.elbv2(t.provider.identity).registerTargets({ TargetGroupArn: t.targetGroupArn, Targets: [{ Id: '10.0.1.11', Port: 8080 }] });
    let relieved = 0;
    for (let i = 0; i < 40; i++) if (open().ok) relieved++;
    expect(relieved).toBeGreaterThan(0);
    expect(relieved).toBeLessThanOrEqual(3);
  });

  it('a closed connection\'s port returns only after the cooldown (about 55,000 per minute)', () => {
    const t = buildDataPath({ portCapacity: 2 });
    const zonal = t.zonalNames[AZ2] ?? '';
    const open = () => t.cloud.connect({ from: from(t.consumer.subnetA), host: zonal, port: 443 });
    const a = open();
    expect(open().ok).toBe(true);
    if (!a.ok) throw new Error(a.message);
    t.cloud.close(a.connection.id);
    expect(open()).toMatchObject({ reason: 'PortAllocationError' });
    t.cloud.clock.advance(59_999);
    expect(open()).toMatchObject({ reason: 'PortAllocationError' });
    t.cloud.clock.advance(1);
    const again = open();
    expect(again).toMatchObject({ ok: true, connection: { sourcePort: a.connection.sourcePort } });
  });

  it('the capacity option is checked', () => {
    expect(() => createCloud({ portCapacity: 0 })).toThrow(CloudError);
    expect(() => createCloud({ from: createCloud().snapshot(), portCapacity: 0 })).toThrow(CloudError);
  });

  it('applies to a cloud restored from a snapshot too (a snapshot holds no data plane)', () => {
    const t = buildDataPath();
    const restored = createCloud({ from: JSON.parse(JSON.stringify(t.cloud.snapshot())) as World, portCapacity: 2 });
    const zonal = t.zonalNames[AZ2] ?? '';
    const open = () => restored.connect({ from: from(t.consumer.subnetA), host: zonal, port: 443 });
    expect(open().ok).toBe(true);
    expect(open().ok).toBe(true);
    expect(open()).toMatchObject({ ok: false, reason: 'PortAllocationError' });
  });
});

describe('control-plane changes cut the data plane', () => {
  function opened(options: Parameters<typeof buildDataPath>[0] = {}) {
    const t = buildDataPath(options);
    for (let i = 0; i < 10; i++) {
      const r = t.cloud.connect({ from: from(t.consumer.subnetA, 45000 + i), host: t.regionalName, port: 443 });
      if (!r.ok) throw new Error(r.message);
    }
    expect(t.cloud.connections()).toHaveLength(10);
    return t;
  }

  it('rejecting an available endpoint closes its connections and releases their ports', () => {
    const t = opened();
    t.cloud.ec2(t.provider.identity).rejectVpcEndpointConnections({ ServiceId: t.provider.serviceId, VpcEndpointIds: [t.endpointId] });
    expect(t.cloud.connections()).toEqual([]);
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(0);
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 443 })).toMatchObject({ reason: 'EndpointNotAvailable' });
  });

  it('deleting the endpoint closes its connections; its names stop resolving once deleted', () => {
    const t = opened();
    t.cloud.ec2(t.consumer.identity).deleteVpcEndpoints({ VpcEndpointIds: [t.endpointId] });
    expect(t.cloud.connections()).toEqual([]);
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(0);
    expect(t.cloud.connect({ from: from(t.consumer.subnetA), host: t.regionalName, port: 443 })).toMatchObject({ reason: 'NameNotResolved' });
  });

  it('deregistering a target closes only the connections to it', () => {
    const t = opened({ crossZone: true });
    const before = t.cloud.connections();
    const toFirst = before.filter((c) => c.target.ip === '10.0.1.10').length;
    t.cloud.elbv2(t.provider.identity).deregisterTargets({ TargetGroupArn: t.targetGroupArn, Targets: [{ Id: '10.0.1.10', Port: 8080 }] });
    const after = t.cloud.connections();
    expect(after).toHaveLength(10 - toFirst);
    expect(after.every((c) => c.target.ip === '10.0.2.10')).toBe(true);
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(after.length);
  });

  it('a target turning unhealthy closes its connections (NLB default: terminate on unhealthy)', () => {
    const t = opened({ crossZone: true });
    t.cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.2.10', Port: 8080 }, 'unhealthy');
    expect(t.cloud.connections().every((c) => c.target.ip === '10.0.1.10')).toBe(true);
  });

  it('connections() filters, and closing everything leaves the allocator empty', () => {
    const t = opened();
    expect(t.cloud.connections({ endpointId: t.endpointId })).toHaveLength(10);
    expect(t.cloud.connections({ endpointId: 'vpce-0000000000000000' })).toHaveLength(0);
    expect(t.cloud.connections({ availabilityZoneId: AZ2 }).length + t.cloud.connections({ availabilityZoneId: 'use1-az3' }).length).toBe(10);
    for (const c of t.cloud.connections()) t.cloud.close(c.id);
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(0);
  });
});
