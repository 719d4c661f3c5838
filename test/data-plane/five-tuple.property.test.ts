/**
 * The 5-tuple invariant under random traffic and cuts: open connections never share a
 * 5-tuple, the consumer-port table holds exactly the (host, port) pairs of open connections,
 * a picked port was held by no open connection of its host, and `ConsumerPortInUse` is
 * answered exactly when a given port would repeat an open tuple.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Connection } from '../../src/index.js';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath } from './fixtures.js';

type Name = 'regional' | 'use1-az2' | 'use1-az3';
type Op =
  | { kind: 'connect'; ip: string | undefined; port: number | undefined; name: Name }
  | { kind: 'close'; pick: number }
  | { kind: 'health'; healthy: boolean }
  | { kind: 'failZone'; fail: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('connect' as const),
      ip: fc.constantFrom(undefined, '10.1.1.50', '10.1.1.254'),
      // Given ports just ahead of the shared cursor (32770 after the two set-up connections), so picks meet them.
      port: fc.constantFrom(undefined, undefined, 32_770, 32_771, 32_773, 40_000),
      name: fc.constantFrom<Name>('regional', 'use1-az2', 'use1-az3'),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('close' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('health' as const), healthy: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('failZone' as const), fail: fc.boolean() }) },
);

const tuple = (c: Connection) => `${c.consumer.ip}:${c.consumer.port}>${c.endpointIp}`;

test.prop([fc.boolean(), fc.array(op, { maxLength: 150 })], { numRuns: 60 })('open 5-tuples are unique; ports picked and refused as the tuples say', (crossZone, ops) => {
  const t = buildDataPath({ crossZone });
  const { cloud } = t;
  const hostOf = (name: Name) => (name === 'regional' ? t.regionalName : (t.zonalNames[name] ?? ''));
  // Each zone's interface address, learned from one connection through it.
  const interfaceIp: Partial<Record<Name, string>> = {};
  for (const name of ['use1-az2', 'use1-az3'] as const) {
    const r = cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA }, host: hostOf(name), port: 443 });
    if (!r.ok) throw new Error(r.message);
    interfaceIp[name] = r.connection.endpointIp;
    cloud.close(r.connection.id);
  }
  for (const o of ops) {
    const before = cloud.connections();
    if (o.kind === 'connect') {
      const ip = o.ip ?? '10.1.1.254';
      const from = { accountId: CONSUMER, subnetId: t.consumer.subnetA, ...(o.ip === undefined ? {} : { ip: o.ip }), ...(o.port === undefined ? {} : { port: o.port }) };
      const r = cloud.connect({ from, host: hostOf(o.name), port: 443 });
      const sameHostPort = before.filter((c) => c.consumer.ip === ip && c.consumer.port === o.port);
      const pinned = o.name === 'regional' ? undefined : interfaceIp[o.name];
      if (r.ok) {
        if (o.port === undefined) expect(before.some((c) => c.consumer.ip === ip && c.consumer.port === r.connection.consumer.port)).toBe(false);
        expect(before.map(tuple)).not.toContain(tuple(r.connection));
      } else if (r.reason === 'ConsumerPortInUse') {
        expect(o.port).toBeDefined();
        expect(sameHostPort.some((c) => pinned === undefined || c.endpointIp === pinned)).toBe(true);
      }
      // A zonal name whose tuple is open must be refused as such: the open connection proves the path works.
      if (o.port !== undefined && pinned !== undefined && sameHostPort.some((c) => c.endpointIp === pinned)) {
        expect(r).toMatchObject({ ok: false, reason: 'ConsumerPortInUse' });
      }
    } else if (o.kind === 'close') {
      const c = before[o.pick % Math.max(1, before.length)];
      if (c) cloud.close(c.id);
    } else if (o.kind === 'health') {
      cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, o.healthy ? 'healthy' : 'unhealthy');
    } else if (o.fail) cloud.faults.failAvailabilityZone('us-east-1', 'use1-az3');
    else cloud.faults.restoreAvailabilityZone('us-east-1', 'use1-az3');

    const open = cloud.connections();
    expect(new Set(open.map(tuple)).size).toBe(open.length);
    expect(cloud.dataPlane.consumers.heldPairs).toBe(new Set(open.map((c) => `${c.consumer.ip}:${c.consumer.port}`)).size);
  }
  for (const c of cloud.connections()) cloud.close(c.id);
  expect(cloud.dataPlane.consumers.heldPairs).toBe(0);
});
