import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { CONSUMER } from '../fixtures/topology.js';
import { buildDataPath } from './fixtures.js';

type Op =
  | { kind: 'connect'; zonal: boolean; port: number }
  | { kind: 'close'; pick: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'health'; healthy: boolean }
  | { kind: 'failZone'; fail: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('connect' as const), zonal: fc.boolean(), port: fc.integer({ min: 1024, max: 1100 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('close' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 90_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('health' as const), healthy: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('failZone' as const), fail: fc.boolean() }) },
);

test.prop([fc.boolean(), fc.array(op, { maxLength: 120 })], { numRuns: 60 })(
  'invariants 7 and 8: ports held match open connections, never twice, released after cooldown; closing all empties the allocator',
  (crossZone, ops) => {
    const t = buildDataPath({ crossZone, portCapacity: 4 });
    const { cloud } = t;
    const lastRelease = new Map<string, number>();
    for (const o of ops) {
      if (o.kind === 'connect') {
        const host = o.zonal ? (t.zonalNames['use1-az2'] ?? '') : t.regionalName;
        const r = cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA, port: o.port }, host, port: 443 });
        if (r.ok) {
          const key = `${r.connection.nodeIp}|${r.connection.target.ip}|${r.connection.target.port}|${r.connection.sourcePort}`;
          const released = lastRelease.get(key);
          if (released !== undefined) expect(cloud.clock.now() - released).toBeGreaterThanOrEqual(60_000);
        }
      } else if (o.kind === 'close') {
        const open = cloud.connections();
        const c = open[o.pick % Math.max(1, open.length)];
        if (c) {
          cloud.close(c.id);
          lastRelease.set(`${c.nodeIp}|${c.target.ip}|${c.target.port}|${c.sourcePort}`, cloud.clock.now());
        }
      } else if (o.kind === 'advance') cloud.clock.advance(o.ms);
      else if (o.kind === 'health') {
        cloud.faults.setTargetHealth(t.targetGroupArn, { Id: '10.0.1.10', Port: 8080 }, o.healthy ? 'healthy' : 'unhealthy');
      } else if (o.fail) cloud.faults.failAvailabilityZone('us-east-1', 'use1-az3');
      else cloud.faults.restoreAvailabilityZone('us-east-1', 'use1-az3');

      const open = cloud.connections();
      expect(cloud.dataPlane.ports.totalInUse()).toBe(open.length);
      const held = new Set(open.map((c) => `${c.nodeIp}|${c.target.ip}|${c.target.port}|${c.sourcePort}`));
      expect(held.size).toBe(open.length);
      const perKey = new Map<string, number>();
      for (const c of open) {
        const key = `${c.nodeIp}|${c.target.ip}|${c.target.port}`;
        perKey.set(key, (perKey.get(key) ?? 0) + 1);
      }
      for (const n of perKey.values()) expect(n).toBeLessThanOrEqual(4);
    }
    for (const c of cloud.connections()) cloud.close(c.id);
    expect(cloud.dataPlane.ports.totalInUse()).toBe(0);
  },
);
