/**
 * Checking the invariants on what changed since an earlier world (`checkInvariants(cloud,
 * { since })`, what a model-based step runs between full checks): it must report what the
 * full check reports for the resources the change touched, describe nothing when nothing
 * the API-level invariants read changed, and fall back to the full check when it cannot tell.
 */
import { describe, expect, it } from 'vitest';
import { createCloud, type Cloud, type World } from '../../src/index.js';
import { checkInvariants, settle, type InvariantSubject } from '../../src/testing/index.js';
import { buildDataPath } from '../data-plane/fixtures.js';
import { ACCOUNT_ZONES, CONSUMER, OUTSIDER, PROVIDER, REGION } from '../fixtures/topology.js';
import { firstNonJsonPathSettled, isSettled } from '../../src/testing/invariants/json-carry.js';
import { worldDelta } from '../../src/testing/_internals/world-delta.js';
import { must, patched } from './support.js';
import { putRow } from '../../src/core/table.js';

/** A subject whose describes fail the test: proves a check made none. */
function mute(cloud: Cloud): InvariantSubject {
  return { ...patched(cloud, {}), ec2: () => { throw new TypeError('no describes'); }, elbv2: () => { throw new TypeError('no describes'); } };
}

/** The consumer lists (and reads by id) the provider's VPCs and subnets as its own. */
function leakyNetwork(cloud: Cloud): InvariantSubject {
  const provider = () => cloud.ec2({ accountId: PROVIDER, region: REGION });
  return patched(cloud, {
    ec2: (real, who) =>
      who.accountId === CONSUMER
        ? {
            describeVpcs: (input) => (input?.VpcIds === undefined ? { Vpcs: [...real.describeVpcs().Vpcs, ...provider().describeVpcs().Vpcs] } : provider().describeVpcs(input)),
            describeSubnets: (input) => (input?.SubnetIds === undefined ? real.describeSubnets(input) : provider().describeSubnets(input)),
          }
        : {},
  });
}

describe('checkInvariants since an earlier world', () => {
  it('describes nothing and finds nothing when the API-level invariants read nothing new', () => {
    const { cloud } = buildDataPath();
    const before = settle(cloud.world);
    cloud.clock.advance(1_000);
    expect(checkInvariants(mute(cloud), { since: before })).toEqual([]);
    expect(checkInvariants(mute(cloud), { since: cloud.world })).toEqual([]);
  });

  it('re-lists a kind that gained a row, for every account, and reports the leak at that step', () => {
    const { cloud } = buildDataPath();
    const before = settle(cloud.world);
    const vpcId = cloud.ec2({ accountId: PROVIDER, region: REGION }).createVpc({ CidrBlock: '10.90.0.0/16' }).Vpc.VpcId;
    const found = checkInvariants(leakyNetwork(cloud), { since: before, only: [10] });
    expect(found).toContainEqual({ invariant: 10, ids: [vpcId, CONSUMER], message: `account ${CONSUMER} lists VPC ${vpcId} of ${PROVIDER}` });
    expect(found).toContainEqual({ invariant: 10, ids: [vpcId, CONSUMER], message: `account ${CONSUMER} reads VPC ${vpcId} of ${PROVIDER} by id` });
  });

  it('asks by id for every resource the step added, not a sample of three', () => {
    const { cloud, provider } = buildDataPath();
    const ec2 = cloud.ec2(provider.identity);
    const before = settle(cloud.world);
    const added = ['10.0.8.0/24', '10.0.9.0/24', '10.0.10.0/24', '10.0.11.0/24'].map((cidr) => ec2.createSubnet({ VpcId: provider.vpcId, CidrBlock: cidr, AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId);
    const reads = checkInvariants(leakyNetwork(cloud), { since: before, only: [10] }).filter((v) => v.message.includes(' reads subnet '));
    expect(reads.map((v) => v.ids[0]).sort()).toEqual([...added].sort());
  });

  it('in full with `since`, checks everything and still asks for every resource the step added', () => {
    const { cloud, provider } = buildDataPath();
    const ec2 = cloud.ec2(provider.identity);
    const before = settle(cloud.world);
    const added = ['10.0.8.0/24', '10.0.9.0/24', '10.0.10.0/24', '10.0.11.0/24'].map((cidr) => ec2.createSubnet({ VpcId: provider.vpcId, CidrBlock: cidr, AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId);
    const reads = (options: { since?: World; full?: boolean }) =>
      checkInvariants(leakyNetwork(cloud), { ...options, only: [10] }).filter((v) => v.message.includes(' reads subnet ') && added.includes(v.ids[0] ?? ''));
    const full = reads({ since: before, full: true });
    expect([...new Set(full.map((v) => v.ids[0]))].sort()).toEqual([...added].sort());
    // The full check alone asks for a sample of three subnets per viewer.
    expect(reads({}).length).toBeLessThan(added.length);
  });

  it('leaves a kind the step did not add to or remove from to the full check', () => {
    const { cloud, provider } = buildDataPath();
    const before = settle(cloud.world);
    cloud.ec2(provider.identity).modifyVpcAttribute({ VpcId: provider.vpcId, EnableDnsHostnames: { Value: true } });
    const leaky = leakyNetwork(cloud);
    expect(checkInvariants(leaky, { since: before, only: [10] })).toEqual([]);
    expect(checkInvariants(leaky, { only: [10] }).some((v) => v.message.includes(`lists VPC ${provider.vpcId}`))).toBe(true);
  });

  it('re-checks every view of a region whose services changed, and none otherwise', () => {
    const { cloud, provider } = buildDataPath();
    const wrong = () =>
      patched(cloud, {
        ec2: (real, who) => ({
          describeVpcEndpointServices: (input) => {
            const out = real.describeVpcEndpointServices(input);
            return who.accountId === CONSUMER ? { ...out, ServiceDetails: out.ServiceDetails.map((d) => ({ ...d, AvailabilityZones: ['us-east-1c'] })) } : out;
          },
        }),
      });
    const quiet = settle(cloud.world);
    cloud.ec2({ accountId: CONSUMER, region: REGION }).createVpc({ CidrBlock: '10.91.0.0/16' });
    expect(checkInvariants(wrong(), { since: quiet, only: [3] })).toEqual([]);
    const before = settle(cloud.world);
    cloud.ec2(provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, AddAllowedPrincipals: [`arn:aws:iam::${OUTSIDER}:root`] });
    expect(checkInvariants(wrong(), { since: before, only: [3] })).toEqual([expect.objectContaining({ invariant: 3, ids: [provider.serviceId, CONSUMER] })]);
  });

  it('does not re-check views when a service only gained a connection request', () => {
    const { cloud, provider, consumer } = buildDataPath();
    const before = settle(cloud.world);
    cloud.ec2(consumer.identity).createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: [consumer.subnetB] });
    expect(checkInvariants(mute(cloud), { since: before, only: [3] })).toEqual([]);
    cloud.clock.advance(1);
    const unwalked = cloud.world;
    cloud.ec2(consumer.identity).createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: [consumer.subnetA] });
    expect(() => checkInvariants(mute(cloud), { since: unwalked, only: [3] })).toThrow(TypeError);
  });

  it('re-checks views after an AZ fails, a load balancer\'s AZs change, one appears or an account appears', () => {
    const elb = (cloud: Cloud) => cloud.elbv2({ accountId: PROVIDER, region: REGION });
    const changes: ((cloud: Cloud, subnets: readonly string[], other: string) => void)[] = [
      (cloud) => cloud.faults.failAvailabilityZone(REGION, 'use1-az2'),
      (cloud, subnets, other) => elb(cloud).setSubnets({ LoadBalancerArn: other, Subnets: [...subnets] }),
      (cloud, subnets) => elb(cloud).createLoadBalancer({ Name: 'third', Type: 'network', Scheme: 'internal', Subnets: [...subnets] }),
      (cloud) => cloud.ec2({ accountId: '444444444444', region: REGION }).createVpc({ CidrBlock: '10.93.0.0/16' }),
    ];
    for (const change of changes) {
      const { cloud, provider } = buildDataPath();
      const other = must(elb(cloud).createLoadBalancer({ Name: 'other', Type: 'network', Scheme: 'internal', Subnets: [must(provider.subnetIds[0])] }).LoadBalancers[0]).LoadBalancerArn;
      const before = settle(cloud.world);
      change(cloud, provider.subnetIds, other);
      expect(() => checkInvariants(mute(cloud), { since: before, only: [3] })).toThrow(TypeError);
      expect(checkInvariants(mute(cloud), { since: before, only: [9] })).toEqual([]);
    }
  });

  it('does not re-check views when a load balancer changes only in what no view reads', () => {
    const elb = (cloud: Cloud) => cloud.elbv2({ accountId: PROVIDER, region: REGION });
    const changes: ((cloud: Cloud, lb: string, targets: string) => void)[] = [
      (cloud, lb) => elb(cloud).modifyLoadBalancerAttributes({ LoadBalancerArn: lb, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] }),
      (cloud, lb) => elb(cloud).addTags({ ResourceArns: [lb], Tags: [{ Key: 'team', Value: 'blue' }] }),
      (cloud, lb, targets) => elb(cloud).createListener({ LoadBalancerArn: lb, Protocol: 'TCP', Port: 8443, DefaultActions: [{ Type: 'forward', TargetGroupArn: targets }] }),
    ];
    for (const change of changes) {
      const { cloud, provider, targetGroupArn } = buildDataPath();
      const before = settle(cloud.world);
      change(cloud, provider.loadBalancerArn, targetGroupArn);
      expect(checkInvariants(mute(cloud), { since: before, only: [3] })).toEqual([]);
    }
  });

  it('checks a whole region for an account it did not know, and re-lists connections when a service changes', () => {
    const { cloud, provider } = buildDataPath();
    const before = settle(cloud.world);
    cloud.ec2({ accountId: '444444444444', region: REGION }).createVpc({ CidrBlock: '10.94.0.0/16' });
    const readsAll = patched(cloud, { ec2: (real, who) => (who.accountId === '444444444444' ? { describeVpcs: (input) => (input?.VpcIds === undefined ? real.describeVpcs(input) : cloud.ec2(provider.identity).describeVpcs(input)) } : {}) });
    expect(checkInvariants(readsAll, { since: before, only: [10] })).toContainEqual(expect.objectContaining({ ids: [provider.vpcId, '444444444444'] }));
    const settled = settle(cloud.world);
    cloud.ec2(provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, AddAllowedPrincipals: [`arn:aws:iam::${OUTSIDER}:root`] });
    const sharesConnections = patched(cloud, { ec2: (_real, who) => (who.accountId === CONSUMER ? { describeVpcEndpointConnections: () => cloud.ec2(provider.identity).describeVpcEndpointConnections() } : {}) });
    expect(checkInvariants(sharesConnections, { since: settled, only: [10] }).map((v) => v.message)).toEqual([expect.stringMatching(new RegExp(`^account ${CONSUMER} lists endpoint connection vpce-`))]);
  });

  it('reports only the invariants asked for', () => {
    const { cloud, provider } = buildDataPath();
    const before = settle(cloud.world);
    cloud.ec2(provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: provider.serviceId, RemoveAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    cloud.change((ctx) => putRow(ctx.world.publicDns, 'when.example.com', { TXT: [new Date(0) as unknown as string] }));
    const seesAnyway = patched(cloud, { ec2: (_real, who) => (who.accountId === CONSUMER ? { describeVpcEndpointServices: () => cloud.ec2(provider.identity).describeVpcEndpointServices() } : {}) });
    expect(checkInvariants(seesAnyway, { since: before, only: [3] })).toEqual([]);
    expect(checkInvariants(seesAnyway, { since: before, only: [10] }).map((v) => v.message)).toContain(`account ${CONSUMER} sees ${provider.serviceId} of ${PROVIDER} without being allowed`);
    expect(checkInvariants(seesAnyway, { since: before, only: [9] }).map((v) => v.invariant)).toEqual([9]);
  });

  it('finds a value JSON cannot carry wherever the change put it', () => {
    const { cloud } = buildDataPath();
    const before = settle(cloud.world);
    cloud.change((ctx) => putRow(ctx.world.publicDns, 'when.example.com', { TXT: [new Date(0) as unknown as string] }));
    const path = '$.publicDns.root.rows[0].TXT[0]';
    expect(checkInvariants(cloud, { since: before, only: [9] })).toEqual([{ invariant: 9, ids: [path], message: `the world holds a value JSON cannot carry at ${path}` }]);
  });

  it('since an empty world, reports what the full check reports (3 and 10)', () => {
    const { cloud } = buildDataPath();
    const empty: World = createCloud({ seed: 1, accounts: ACCOUNT_ZONES }).world;
    const subjects = [cloud, leakyNetwork(cloud), patched(cloud, { elbv2: (real, who) => (who.accountId === CONSUMER ? { describeLoadBalancers: (input) => (input === undefined ? cloud.elbv2({ accountId: PROVIDER, region: REGION }).describeLoadBalancers() : real.describeLoadBalancers(input)) } : {}) })];
    for (const subject of subjects) {
      const full = checkInvariants(subject, { only: [3, 10] });
      expect(checkInvariants(subject, { since: empty, only: [3, 10] })).toEqual(full);
    }
    expect(checkInvariants(must(subjects[1]), { only: [10] }).length).toBeGreaterThan(0);
  });

  it('counts everything as changed since a world not settled while it was current', () => {
    const { cloud } = buildDataPath();
    const unwalked = cloud.world;
    cloud.clock.advance(1);
    expect(checkInvariants(leakyNetwork(cloud), { since: unwalked, only: [10] }).some((v) => v.message.includes(' lists VPC '))).toBe(true);
  });
});

describe('settling a world (json-carry)', () => {
  it('settles a restored world like any other: a restore is deeply frozen', () => {
    const { cloud } = buildDataPath();
    const restored = createCloud({ from: JSON.parse(JSON.stringify(cloud.snapshot())) as World });
    expect(firstNonJsonPathSettled(restored.world)).toBeUndefined();
    expect(isSettled(restored.world)).toBe(true);
  });

  it('remembers deeply frozen clean subtrees, and nothing mutable', () => {
    const { cloud } = buildDataPath();
    expect(firstNonJsonPathSettled(cloud.world)).toBeUndefined();
    expect(isSettled(cloud.world)).toBe(true);
    const copy = structuredClone(cloud.world);
    expect(firstNonJsonPathSettled(copy)).toBeUndefined();
    expect(isSettled(copy)).toBe(false);
    const mutableChild = Object.freeze({ child: { n: 1 } });
    firstNonJsonPathSettled(mutableChild);
    expect(isSettled(mutableChild)).toBe(false);
    mutableChild.child.n = Number.NaN;
    expect(firstNonJsonPathSettled(mutableChild)).toBe('$.child.n');
  });

  it('does not trust a frozen object or array with a getter, finds cycles, and reads arrays as JSON does', () => {
    let n = 1;
    const getter = Object.freeze(Object.defineProperty({}, 'n', { get: () => n, enumerable: true }));
    expect(firstNonJsonPathSettled(getter)).toBeUndefined();
    expect(isSettled(getter)).toBe(false);
    n = Number.POSITIVE_INFINITY;
    expect(firstNonJsonPathSettled(getter)).toBe('$.n');
    let m = 2;
    const element = Object.freeze(Object.defineProperty([1, 0], 1, { get: () => m, enumerable: true }));
    expect(firstNonJsonPathSettled({ list: element })).toBeUndefined();
    expect(isSettled(element)).toBe(false);
    m = Number.NaN;
    expect(firstNonJsonPathSettled({ list: element })).toBe('$.list[1]');
    const cycle: { self?: unknown } = {};
    cycle.self = [cycle];
    expect(firstNonJsonPathSettled(Object.freeze(cycle))).toBe('$.self[0]');
    const shared = Object.freeze({ x: 1 });
    expect(firstNonJsonPathSettled(Object.freeze({ a: shared, b: [shared] }))).toBeUndefined();
    const list = Object.assign([1, 2], { note: () => 0 });
    expect(firstNonJsonPathSettled(list)).toBeUndefined();
    expect(firstNonJsonPathSettled({ a: [1, [2, undefined]] })).toBe('$.a[1][1]');
  });
});

describe('worldDelta', () => {
  it('names the rows a call added, replaced or removed, and the tables it left alone', () => {
    const { cloud, provider } = buildDataPath();
    const ec2 = cloud.ec2(provider.identity);
    const before = settle(cloud.world);
    const vpcId = ec2.createVpc({ CidrBlock: '10.92.0.0/16' }).Vpc.VpcId;
    ec2.modifyVpcAttribute({ VpcId: provider.vpcId, EnableDnsHostnames: { Value: true } });
    const [region, ...others] = worldDelta(before, cloud.world).regions;
    expect(others).toEqual([]);
    const r = must(region);
    expect(r.membership('vpcs')).toEqual([vpcId]);
    expect([...r.changedIds('vpcs')].sort()).toEqual([vpcId, provider.vpcId].sort());
    expect(r.changed('loadBalancers')).toBe(false);
    expect(r.changedIds('loadBalancers')).toEqual([]);
    const later = cloud.world;
    ec2.deleteVpc({ VpcId: vpcId });
    expect(must(worldDelta(later, cloud.world).regions[0]).membership('vpcs')).toEqual([vpcId]);
    const beforeRegion = cloud.world;
    const elsewhere = cloud.ec2({ accountId: PROVIDER, region: 'eu-west-1' }).createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const [added, ...untouched] = worldDelta(beforeRegion, cloud.world).regions;
    expect(untouched).toEqual([]);
    expect(must(added).region).toBe('eu-west-1');
    expect(must(added).membership('vpcs')).toEqual([elsewhere]);
    expect(must(added).changed('subnets')).toBe(true);
    expect(worldDelta(cloud.world, cloud.world).regions).toEqual([]);
  });
});
