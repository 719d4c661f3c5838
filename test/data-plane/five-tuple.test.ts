/**
 * A TCP 5-tuple (TCP, consumer ip, consumer port, endpoint interface ip, port) is unique
 * while its connection is open: a given `from.port` that would repeat one fails as
 * `ConsumerPortInUse`; a port the host picks is one it holds for nothing, and when it holds
 * its whole ephemeral range the connect fails as `EphemeralPortsExhausted` (the consumer's
 * limit, not the NLB's `PortAllocationError`). Closing, and every cut, frees the tuple.
 */
import { describe, expect, it } from 'vitest';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath, type DataPath } from './fixtures.js';

const AZ2 = 'use1-az2';
const AZ3 = 'use1-az3';
const at = (t: DataPath, extra: { ip?: string; port?: number } = {}) => ({ accountId: CONSUMER, subnetId: t.consumer.subnetA, ...extra });

function opened(r: ReturnType<DataPath['cloud']['connect']>) {
  if (!r.ok) throw new Error(`${r.reason}: ${r.message}`);
  return r.connection;
}

describe('an explicit from.port may not repeat an open 5-tuple', () => {
  it('the same ip, port and destination twice: ConsumerPortInUse, no NLB port taken; free again once closed', () => {
    const t = buildDataPath();
    const request = { from: at(t, { ip: '10.1.1.50', port: 40_000 }), host: t.zonalNames[AZ2] ?? '', port: 443 };
    const first = opened(t.cloud.connect(request));
    const again = t.cloud.connect(request);
    expect(again).toMatchObject({ ok: false, reason: 'ConsumerPortInUse' });
    expect(!again.ok && again.message).toBe(
      `10.1.1.50:40000 already has an open connection to ${first.endpointIp}:443, and a TCP connection is unique by its 5-tuple: close it, use another from.port, or omit from.port to let the host pick a free one.`,
    );
    expect(t.cloud.connections()).toHaveLength(1);
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(1);
    t.cloud.close(first.id);
    expect(opened(t.cloud.connect(request)).consumer).toEqual({ ip: '10.1.1.50', port: 40_000 });
  });

  it('the default host is one host too: its address given or not, the tuple is the same', () => {
    const t = buildDataPath();
    const host = t.zonalNames[AZ2] ?? '';
    const first = opened(t.cloud.connect({ from: at(t, { port: 40_000 }), host, port: 443 }));
    expect(first.consumer.ip).toBe('10.1.1.254');
    expect(t.cloud.connect({ from: at(t, { ip: '10.1.1.254', port: 40_000 }), host, port: 443 })).toMatchObject({ reason: 'ConsumerPortInUse' });
  });

  it('a tuple differing in one field opens: another host, another port, another interface, another listener port', () => {
    const t = buildDataPath();
    const elb = t.cloud.elbv2(t.provider.identity);
    elb.createListener({ LoadBalancerArn: t.provider.loadBalancerArn, Protocol: 'TCP', Port: 8443, DefaultActions: [{ Type: 'forward', TargetGroupArn: t.targetGroupArn }] });
    t.cloud.ec2(t.consumer.identity).authorizeSecurityGroupIngress({
      GroupId: t.consumer.defaultSecurityGroupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8443, ToPort: 8443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
    });
    const az2 = t.zonalNames[AZ2] ?? '';
    const az3 = t.zonalNames[AZ3] ?? '';
    const base = opened(t.cloud.connect({ from: at(t, { ip: '10.1.1.50', port: 40_000 }), host: az2, port: 443 }));
    const variants = [
      { from: at(t, { ip: '10.1.1.51', port: 40_000 }), host: az2, port: 443 },
      { from: at(t, { ip: '10.1.1.50', port: 40_001 }), host: az2, port: 443 },
      { from: at(t, { ip: '10.1.1.50', port: 40_000 }), host: az3, port: 443 },
      { from: at(t, { ip: '10.1.1.50', port: 40_000 }), host: az2, port: 8443 },
    ];
    const endpoints = variants.map((v) => opened(t.cloud.connect(v)).endpointIp);
    expect(endpoints[2]).not.toBe(base.endpointIp);
    expect(t.cloud.connections()).toHaveLength(5);
    // and each of them is now taken in turn
    for (const v of variants) expect(t.cloud.connect(v)).toMatchObject({ reason: 'ConsumerPortInUse' });
  });
});

describe('automatic ports are never held twice by one host', () => {
  it('the picked port skips one the host holds for a given-port connection', () => {
    const t = buildDataPath();
    const host = t.zonalNames[AZ2] ?? '';
    opened(t.cloud.connect({ from: at(t, { port: 32_768 }), host, port: 443 }));
    expect(opened(t.cloud.connect({ from: at(t), host, port: 443 })).consumer.port).toBe(32_769);
  });

  it('issue 15: after 28,232 connections from one host the range does not wrap onto open ports; it is exhausted', () => {
    const t = buildDataPath();
    const host = t.zonalNames[AZ2] ?? '';
    const ports = new Set<number>();
    for (let i = 0; i < 28_232; i++) ports.add(opened(t.cloud.connect({ from: at(t), host, port: 443 })).consumer.port);
    expect(ports.size).toBe(28_232);
    expect(Math.min(...ports)).toBe(32_768);
    expect(Math.max(...ports)).toBe(60_999);
    const full = t.cloud.connect({ from: at(t), host, port: 443 });
    expect(full).toEqual({
      ok: false,
      reason: 'EphemeralPortsExhausted',
      message: '10.1.1.254 holds all 28,232 ports of its ephemeral range (32768-60999) for open connections, so it cannot pick a source port: close some, connect from more hosts (from.ip), or give from.port.',
    });
    expect(t.cloud.dataPlane.ports.totalInUse()).toBe(28_232);
    // the limit is the host's: another host, or a port given outside the range, still connects
    expect(t.cloud.connect({ from: at(t, { ip: '10.1.1.50' }), host, port: 443 }).ok).toBe(true);
    expect(t.cloud.connect({ from: at(t, { port: 1024 }), host, port: 443 }).ok).toBe(true);
    // a name that does not resolve is still NameNotResolved: the host resolves before it picks a port
    expect(t.cloud.connect({ from: at(t), host: 'api.example.com', port: 443 })).toMatchObject({ reason: 'NameNotResolved' });
    // closing one frees exactly its port
    const victim = t.cloud.connections().find((c) => c.consumer.port === 45_000 && c.consumer.ip === '10.1.1.254');
    if (victim === undefined) throw new Error('expected a connection from port 45000');
    t.cloud.close(victim.id);
    expect(opened(t.cloud.connect({ from: at(t), host, port: 443 })).consumer.port).toBe(45_000);
  });
});

describe('every cut frees the tuples of the connections it closes', () => {
  it('a target turning unhealthy, an AZ failing, the endpoint rejected: the same tuples open again afterwards', () => {
    const t = buildDataPath({ crossZone: true });
    const { cloud } = t;
    const requests = [40_000, 40_001, 40_002].map((port) => ({ from: at(t, { ip: '10.1.1.50', port }), host: t.regionalName, port: 443 }));
    const openAll = () => requests.forEach((r) => opened(cloud.connect(r)));
    openAll();
    cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, 'unhealthy');
    cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.2.10', Port: 8080 }, 'unhealthy');
    expect(cloud.connections()).toEqual([]);
    expect(cloud.dataPlane.consumers.heldPairs).toBe(0);
    cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, 'healthy');
    cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.2.10', Port: 8080 }, 'healthy');
    openAll();
    cloud.faults.failAvailabilityZone('us-east-1', AZ2);
    cloud.faults.failAvailabilityZone('us-east-1', AZ3);
    expect(cloud.dataPlane.consumers.heldPairs).toBe(0);
    cloud.faults.restoreAvailabilityZone('us-east-1', AZ2);
    cloud.faults.restoreAvailabilityZone('us-east-1', AZ3);
    openAll();
    cloud.ec2(t.provider.identity).rejectVpcEndpointConnections({ ServiceId: t.provider.serviceId, VpcEndpointIds: [t.endpointId] });
    expect(cloud.connections()).toEqual([]);
    expect(cloud.dataPlane.consumers.heldPairs).toBe(0);
  });

  it('deleting the endpoint frees an exhausted host\'s whole range', () => {
    const t = buildDataPath();
    const host = t.zonalNames[AZ2] ?? '';
    for (let i = 0; i < 28_232; i++) opened(t.cloud.connect({ from: at(t), host, port: 443 }));
    const hostId = t.cloud.dataPlane.consumers.host(t.consumer.subnetA, 0x0a0101fe);
    expect(t.cloud.dataPlane.consumers.heldBy(hostId)).toBe(28_232);
    t.cloud.ec2(t.consumer.identity).deleteVpcEndpoints({ VpcEndpointIds: [t.endpointId] });
    expect(t.cloud.dataPlane.consumers.heldBy(hostId)).toBe(0);
    expect(t.cloud.dataPlane.consumers.heldPairs).toBe(0);
  });
});
