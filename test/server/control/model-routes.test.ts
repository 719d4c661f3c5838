import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCloud, type World } from '../../../src/index.js';
import { buildDataPath } from '../../data-plane/fixtures.js';
import { call, expectControlError, hostOf, ok } from './support.js';

const IDENTITY = { accountId: '111111111111', region: 'us-east-1' };
const START = Date.UTC(2026, 0, 1);

describe('GET snapshot', () => {
  it('answers the world (cloud.snapshot()), ready for JSON', () => {
    const host = hostOf();
    host.cloud.ec2(IDENTITY).createVpc({ CidrBlock: '10.0.0.0/16' });
    const response = call(host, 'GET', 'snapshot');
    expect(response.status).toBe(200);
    expect(response.body).toBe(host.cloud.world);
    expect(JSON.parse(JSON.stringify(response.body))).toEqual(JSON.parse(JSON.stringify(host.cloud.snapshot())));
  });
});

describe('POST restore', () => {
  it('round trip: snapshot, mutate, restore gives back the world (and its future) exactly', () => {
    const host = hostOf();
    const ec2 = () => host.cloud.ec2(IDENTITY);
    ec2().createVpc({ CidrBlock: '10.0.0.0/16' });
    const saved = JSON.stringify(ok(call(host, 'GET', 'snapshot')));
    const before = host.cloud;
    const vpcAfterSave = ec2().createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
    host.cloud.publicDns.upsert('_x.example.com', 'TXT', 'v');
    host.cloud.clock.advance(60_000);
    expect(JSON.stringify(host.cloud.snapshot())).not.toBe(saved);

    expect(ok(call(host, 'POST', 'restore', saved))).toEqual({ now: START, iso: '2026-01-01T00:00:00.000Z' });
    expect(host.cloud).not.toBe(before);
    expect(JSON.stringify(host.cloud.snapshot())).toBe(saved);
    expect(ec2().describeVpcs().Vpcs.map((v) => v.CidrBlock)).toEqual(['10.0.0.0/16']);
    expect(host.cloud.publicDns.lookup('_x.example.com', 'TXT')).toEqual([]);
    // the same future: the next id minted is the one minted after the save
    expect(ec2().createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId).toBe(vpcAfterSave);
  });

  it('keeps the running cloud\'s port capacity; open connections are gone (a snapshot holds no data plane)', () => {
    const t = buildDataPath({ portCapacity: 3 });
    const host = hostOf(t.cloud);
    const open = () => host.cloud.connect({ from: { accountId: t.consumer.identity.accountId, subnetId: t.consumer.subnetA }, host: t.zonalNames['use1-az2'] ?? '', port: 443 });
    expect(open().ok).toBe(true);
    const saved = call(host, 'GET', 'snapshot').body;
    ok(call(host, 'POST', 'restore', saved));
    expect(host.cloud.connections()).toEqual([]);
    expect(host.cloud.dataPlane.ports.capacity).toBe(3);
  });

  it('restores a format-1 snapshot file as the JavaScript loader does (migrated)', () => {
    const text = readFileSync(new URL('../../fixtures/snapshot-v1.json', import.meta.url), 'utf8');
    const host = hostOf();
    expect(ok(call(host, 'POST', 'restore', text))).toEqual({ now: 1767225660000, iso: '2026-01-01T00:01:00.000Z' });
    const reference = createCloud({ from: JSON.parse(text) as World });
    expect(host.cloud.world.formatVersion).toBe(2);
    expect(JSON.stringify(host.cloud.snapshot())).toBe(JSON.stringify(reference.snapshot()));
  });

  it('refuses a missing body, and a value that is not a world, naming the first bad field; nothing changes', () => {
    const host = hostOf();
    expectControlError(host, 'POST', 'restore', undefined, 400, 'MissingParameter', 'The request must contain the parameter snapshot');
    expectControlError(host, 'POST', 'restore', { formatVersion: 2 }, 400, 'InvalidParameterValue', /^The snapshot is not a privatelink-model world: /);
    expectControlError(host, 'POST', 'restore', [], 400, 'InvalidParameterValue', /^The snapshot is not a privatelink-model world: \$ /);
    const world = JSON.parse(JSON.stringify(host.cloud.snapshot())) as Record<string, unknown>;
    expectControlError(host, 'POST', 'restore', { ...world, now: 'soon' }, 400, 'InvalidParameterValue', /now/);
  });
});

describe('POST reset', () => {
  it('starts over with an empty cloud; options as createCloud takes them', () => {
    const host = hostOf(createCloud({ seed: 1, portCapacity: 7 }));
    host.cloud.ec2(IDENTITY).createVpc({ CidrBlock: '10.0.0.0/16' });
    expect(ok(call(host, 'POST', 'reset'))).toEqual({ now: START, iso: '2026-01-01T00:00:00.000Z' });
    expect(host.cloud.ec2(IDENTITY).describeVpcs().Vpcs).toEqual([]);
    expect(host.cloud.world.seed).toBe(createCloud().world.seed);
    expect(host.cloud.dataPlane.ports.capacity).toBe(7);

    ok(call(host, 'POST', 'reset', { seed: 'abc', startTime: START + 5, timing: 'realistic', portCapacity: 9, quotas: { vpcsPerRegion: null, subnetsPerVpc: 3 } }));
    const reference = createCloud({ seed: 'abc', startTime: START + 5, timing: 'realistic', quotas: { vpcsPerRegion: Infinity, subnetsPerVpc: 3 } });
    expect(JSON.stringify(host.cloud.snapshot())).toBe(JSON.stringify(reference.snapshot()));
    expect(host.cloud.world.quotas.vpcsPerRegion).toBeNull();
    expect(host.cloud.dataPlane.ports.capacity).toBe(9);

    ok(call(host, 'POST', 'reset', { accounts: { '111111111111': { zones: { 'us-east-1': ['use1-az4', 'use1-az6'] } } } }));
    expect(host.cloud.ec2(IDENTITY).describeAvailabilityZones().AvailabilityZones.slice(0, 2).map((z) => z.ZoneId)).toEqual(['use1-az4', 'use1-az6']);
  });

  it('refuses an option createCloud refuses, and an unknown one; nothing changes', () => {
    const host = hostOf();
    expectControlError(host, 'POST', 'reset', { seed: true }, 400, 'InvalidParameterValue', 'Value (true) for parameter seed is invalid. Expected a number or a string.');
    expectControlError(host, 'POST', 'reset', { timing: 'slow' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'reset', { quotas: { vpcsPerRegion: -1 } }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'reset', { quotas: { noSuchQuota: 1 } }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'reset', { quotas: 5 }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'reset', { portCapacity: 0 }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'reset', { accounts: { nobody: {} } }, 400, 'UnknownAccount');
    expectControlError(host, 'POST', 'reset', { from: {} }, 400, 'InvalidParameter', /Known fields: seed, accounts, timing, startTime, portCapacity, quotas\.$/);
  });
});

describe('clock', () => {
  it('GET clock answers epoch ms and ISO 8601; POST clock/advance moves it and runs what falls due', () => {
    const host = hostOf(createCloud({ timing: 'realistic' }));
    expect(ok(call(host, 'GET', 'clock'))).toEqual({ now: START, iso: '2026-01-01T00:00:00.000Z' });
    expect(ok(call(host, 'POST', 'clock/advance', { ms: 90_000 }))).toEqual({ now: START + 90_000, iso: '2026-01-01T00:01:30.000Z' });
    expect(host.cloud.clock.now()).toBe(START + 90_000);
    expect(ok(call(host, 'POST', 'clock/advance', { ms: 0 }))).toEqual({ now: START + 90_000, iso: '2026-01-01T00:01:30.000Z' });
  });

  it('refuses a missing, negative, non-number or too large ms; nothing changes', () => {
    const host = hostOf();
    expectControlError(host, 'POST', 'clock/advance', {}, 400, 'MissingParameter', 'The request must contain the parameter ms');
    expectControlError(host, 'POST', 'clock/advance', undefined, 400, 'MissingParameter');
    expectControlError(host, 'POST', 'clock/advance', { ms: -1 }, 400, 'InvalidParameterValue', 'Value (-1) for parameter ms is invalid. Expected a non-negative number of milliseconds.');
    expectControlError(host, 'POST', 'clock/advance', { ms: '5' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'clock/advance', { ms: null }, 400, 'MissingParameter');
    expectControlError(host, 'POST', 'clock/advance', { ms: 1e300 }, 400, 'InvalidParameterValue', /The clock cannot pass/);
  });
});
