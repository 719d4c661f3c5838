import { describe, expect, it } from 'vitest';
import { CONSUMER } from '../../fixtures/topology.js';
import { buildDataPath } from '../../data-plane/fixtures.js';
import type { ConnectionJson, ConnectResultJson } from '../../../src/server/control/connection-json.js';
import { call, expectControlError, hostOf, ok } from './support.js';

const fromSubnet = (subnetId: string, extra: Record<string, unknown> = {}) => ({ accountId: CONSUMER, subnetId, ...extra });

describe('data-plane routes on a realized topology', () => {
  it('connect answers the connection as JSON; connections lists it; close closes it once', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    const r = ok(call(host, 'POST', 'connect', { from: fromSubnet(t.consumer.subnetA), host: t.regionalName, port: 443 })) as ConnectResultJson;
    if (!r.ok) throw new Error(r.message);
    const c = r.connection;
    expect(c.endpointId).toBe(t.endpointId);
    expect(c.targetGroupArn).toBe(t.targetGroupArn);
    expect(c.seenSourceIp).toBe(c.nodeIp);
    expect(c.path).toEqual({ kind: 'same-vpc' });
    expect(c).not.toHaveProperty('proxyProtocolHeader');
    // the same as the model's own connection, through JSON
    expect(c).toEqual(JSON.parse(JSON.stringify(host.cloud.connections()[0])));
    expect(ok(call(host, 'GET', 'connections'))).toEqual({ connections: [c] });
    expect(ok(call(host, 'POST', 'close', { connectionId: c.id }))).toEqual({ closed: true });
    expect(ok(call(host, 'POST', 'close', { connectionId: c.id }))).toEqual({ closed: false });
    expect(ok(call(host, 'GET', 'connections'))).toEqual({ connections: [] });
  });

  it('a refused connection is a result (200, ok false, reason, message), not an error', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    const r = ok(call(host, 'POST', 'connect', { from: fromSubnet(t.consumer.subnetA), host: 'nowhere.example.com', port: 443 }));
    expect(r).toEqual({ ok: false, reason: 'NameNotResolved', message: expect.stringContaining('nowhere.example.com does not resolve') });
    const unheard = ok(call(host, 'POST', 'connect', { from: fromSubnet(t.consumer.subnetA), host: t.regionalName, port: 80 }));
    expect(unheard).toMatchObject({ ok: false, reason: 'NoListener' });
  });

  it('the proxy protocol v2 header comes in base64', () => {
    const t = buildDataPath({ proxyProtocol: true });
    const host = hostOf(t.cloud);
    const r = ok(call(host, 'POST', 'connect', { from: fromSubnet(t.consumer.subnetA), host: t.regionalName, port: 443 })) as ConnectResultJson;
    if (!r.ok) throw new Error(r.message);
    const header = host.cloud.connections()[0]?.proxyProtocolHeader;
    expect(header).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(r.connection.proxyProtocolHeader ?? '', 'base64')).toEqual(Buffer.from(header ?? new Uint8Array()));
    expect(Buffer.from(r.connection.proxyProtocolHeader ?? '', 'base64').subarray(0, 12).toString('hex')).toBe('0d0a0d0a000d0a515549540a');
  });

  it('connections filters, from the query string or a JSON body', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    for (const [subnet, name] of [[t.consumer.subnetA, 'use1-az2'], [t.consumer.subnetB, 'use1-az3']] as const) {
      ok(call(host, 'POST', 'connect', { from: fromSubnet(subnet), host: t.zonalNames[name], port: 443 }));
    }
    const list = (path: string, body?: unknown) => (ok(call(host, 'GET', path, body)) as { connections: ConnectionJson[] }).connections;
    expect(list('connections')).toHaveLength(2);
    expect(list('connections?availabilityZoneId=use1-az3').map((c) => c.availabilityZoneId)).toEqual(['use1-az3']);
    expect(list('connections', { availabilityZoneId: 'use1-az2', endpointId: t.endpointId }).map((c) => c.availabilityZoneId)).toEqual(['use1-az2']);
    expect(list(`connections?accountId=${CONSUMER}&targetGroupArn=${encodeURIComponent(t.targetGroupArn)}`)).toHaveLength(2);
    expect(list('connections?serviceId=vpce-svc-0123456789abcdef0')).toEqual([]);
    expect(list('connections', { targetIp: '10.0.2.10', loadBalancerArn: t.provider.loadBalancerArn, serviceId: t.provider.serviceId })).toHaveLength(1);
  });

  it('transfer records bytes; data-transfer answers the totals', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    const r = ok(call(host, 'POST', 'connect', { from: fromSubnet(t.consumer.subnetA), host: t.zonalNames['use1-az2'], port: 443 })) as ConnectResultJson;
    if (!r.ok) throw new Error(r.message);
    expect(ok(call(host, 'GET', 'data-transfer'))).toEqual({ sameZoneBytes: 0, crossZoneBytes: 0 });
    expect(ok(call(host, 'POST', 'transfer', { connectionId: r.connection.id, sent: 100, received: 2000 }))).toEqual({ sameZoneBytes: 2100, crossZoneBytes: 0 });
    expect(ok(call(host, 'POST', 'transfer', { connectionId: r.connection.id, sent: 5 }))).toEqual({ sameZoneBytes: 2105, crossZoneBytes: 0 });
    expect(ok(call(host, 'POST', 'transfer', { connectionId: r.connection.id }))).toEqual({ sameZoneBytes: 2105, crossZoneBytes: 0 });
    expect(ok(call(host, 'GET', 'data-transfer'))).toEqual({ sameZoneBytes: 2105, crossZoneBytes: 0 });
    expect((ok(call(host, 'GET', 'connections')) as { connections: ConnectionJson[] }).connections[0]).toMatchObject({ bytesSent: 105, bytesReceived: 2000 });
  });

  it('refuses missing or bad fields (the model\'s CloudError); nothing changes', () => {
    const t = buildDataPath();
    const host = hostOf(t.cloud);
    const request = { from: fromSubnet(t.consumer.subnetA), host: t.regionalName, port: 443 };
    for (const field of ['from', 'host', 'port']) {
      expectControlError(host, 'POST', 'connect', { ...request, [field]: undefined }, 400, 'MissingParameter', `The request must contain the parameter ${field}`);
    }
    expectControlError(host, 'POST', 'connect', { ...request, port: 0 }, 400, 'InvalidParameterValue', 'Value (0) for parameter port is invalid. Expected a TCP port 1..65535.');
    expectControlError(host, 'POST', 'connect', { ...request, port: '443' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'connect', { ...request, host: '' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'connect', { ...request, from: fromSubnet('subnet-0123456789abcdef0') }, 400, 'InvalidSubnetID.NotFound');
    expectControlError(host, 'POST', 'connect', { ...request, from: { accountId: 'nope', subnetId: t.consumer.subnetA } }, 400, 'UnknownAccount');
    expectControlError(host, 'POST', 'connect', { ...request, from: 'subnet' }, 400, 'UnknownAccount');
    expectControlError(host, 'POST', 'connect', { ...request, from: fromSubnet(t.consumer.subnetA, { port: 70000 }) }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'connect', { ...request, timeout: 5 }, 400, 'InvalidParameter');
    expectControlError(host, 'POST', 'close', {}, 400, 'MissingParameter', 'The request must contain the parameter connectionId');
    expectControlError(host, 'POST', 'close', { connectionId: '1' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'transfer', { sent: 1 }, 400, 'MissingParameter', 'The request must contain the parameter connectionId');
    expectControlError(host, 'POST', 'transfer', { connectionId: 999 }, 400, 'InvalidParameterValue', /No such open connection/);
    expectControlError(host, 'POST', 'transfer', { connectionId: 1, sent: -1 }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'transfer', { connectionId: 1, received: 1.5 }, 400, 'InvalidParameterValue');
    expectControlError(host, 'GET', 'connections', { endpointId: 5 }, 400, 'InvalidParameterValue', 'Value (5) for parameter endpointId is invalid. Expected a string.');
    expectControlError(host, 'GET', 'connections', { endpointId: '' }, 400, 'MissingParameter');
    expectControlError(host, 'GET', 'data-transfer', { sameZone: true }, 400, 'InvalidParameter');
  });
});
