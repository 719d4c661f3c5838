/**
 * The API-level invariants, checked through describes as each account: 3 (a consumer sees
 * exactly the common AZs, in its own names), 9 (snapshot -> JSON -> restore is identity) and
 * 10 (no account reads another's private resources). Facades are wrapped to answer wrongly,
 * as a broken describe would.
 */
import { describe, expect, it } from 'vitest';
import { createCloud, type World } from '../../src/index.js';
import { checkInvariants } from '../../src/testing/index.js';
import { checkSnapshot, firstNonJsonPath } from '../../src/testing/invariants/snapshot.js';
import { buildDataPath } from '../data-plane/fixtures.js';
import { CONSUMER, OUTSIDER, PROVIDER, REGION } from '../fixtures/topology.js';
import { must, patched, restoredWith } from './support.js';

const path = buildDataPath();
const { cloud } = path;
const serviceId = path.provider.serviceId;

describe('invariant 3: the consumer view of a service', () => {
  it('holds on the fixture, whose accounts name the same AZs differently', () => {
    const detail = must(cloud.ec2(path.consumer.identity).describeVpcEndpointServices({ ServiceNames: [path.provider.serviceName] }).ServiceDetails[0]);
    expect(detail.AvailabilityZones).toEqual(['us-east-1a', 'us-east-1b']);
    expect(checkInvariants(cloud, { only: [3, 10] })).toEqual([]);
  });

  it('reports a consumer view in the provider names', () => {
    const subject = patched(cloud, {
      ec2: (real, who) => ({
        describeVpcEndpointServices: (input) => {
          const out = real.describeVpcEndpointServices(input);
          return who.accountId === CONSUMER ? { ...out, ServiceDetails: out.ServiceDetails.map((d) => ({ ...d, AvailabilityZones: ['us-east-1b', 'us-east-1c'] })) } : out;
        },
      }),
    });
    const found = checkInvariants(subject, { only: [3] });
    expect(found).toEqual([expect.objectContaining({ invariant: 3, ids: [serviceId, CONSUMER] })]);
    expect(found[0]?.message).toContain('expected the common AZs in its names [us-east-1a, us-east-1b]');
  });

  it('reports an allowed consumer that does not see the service, and a provider that does not see its own', () => {
    const hidden = patched(cloud, { ec2: (real) => ({ describeVpcEndpointServices: (input) => ({ ...real.describeVpcEndpointServices(input), ServiceDetails: [], ServiceNames: [] }) }) });
    const found = checkInvariants(hidden, { only: [3] });
    expect(found.map((v) => v.ids)).toEqual([[serviceId, PROVIDER], [serviceId, CONSUMER]]);
    expect(found[0]?.message).toContain('may use');
    const blind = patched(cloud, { ec2: (real) => ({ describeVpcEndpointServiceConfigurations: (input) => ({ ...real.describeVpcEndpointServiceConfigurations(input), ServiceConfigurations: [] }) }) });
    expect(checkInvariants(blind, { only: [3] })).toEqual([expect.objectContaining({ invariant: 3, message: `provider ${PROVIDER} does not see its own ${serviceId}` })]);
  });

  it('reports a provider view in other names', () => {
    const subject = patched(cloud, {
      ec2: (real) => ({
        describeVpcEndpointServiceConfigurations: (input) => {
          const out = real.describeVpcEndpointServiceConfigurations(input);
          return { ...out, ServiceConfigurations: out.ServiceConfigurations.map((c) => ({ ...c, AvailabilityZones: [...c.AvailabilityZones].reverse() })) };
        },
      }),
    });
    expect(checkInvariants(subject, { only: [3] })[0]?.message).toContain(`provider ${PROVIDER} sees ${serviceId} in [us-east-1c, us-east-1b], expected [us-east-1b, us-east-1c]`);
  });

  it('follows every page of the answer', () => {
    const paged = patched(cloud, {
      ec2: (real) => ({
        describeVpcEndpointServices: (input) => {
          const all = real.describeVpcEndpointServices({});
          return input?.NextToken === undefined ? { ServiceNames: [], ServiceDetails: [], NextToken: 'next' } : all;
        },
      }),
    });
    expect(checkInvariants(paged, { only: [3] })).toEqual([]);
  });
});

describe('invariant 10: isolation between accounts', () => {
  it('reports a service listed to an account that is not allowed', () => {
    const leaky = patched(cloud, {
      ec2: (real, who) => ({
        describeVpcEndpointServices: (input) => (who.accountId === OUTSIDER ? cloud.ec2(path.consumer.identity).describeVpcEndpointServices(input) : real.describeVpcEndpointServices(input)),
      }),
    });
    const outsider = restoredWith(cloud, (w) => {
      w.accounts[OUTSIDER] = { accountId: OUTSIDER, zones: {} };
    });
    const subject = { ...leaky, world: outsider.world };
    expect(checkInvariants(subject, { only: [10] })).toContainEqual(expect.objectContaining({ invariant: 10, ids: [serviceId, OUTSIDER] }));
  });

  it('reports another account resources in any describe listing', () => {
    const provider = cloud.ec2(path.provider.identity);
    const providerElb = cloud.elbv2(path.provider.identity);
    const leaky = patched(cloud, {
      ec2: (real, who) =>
        who.accountId === CONSUMER
          ? {
              describeVpcs: () => ({ Vpcs: [...real.describeVpcs().Vpcs, ...provider.describeVpcs().Vpcs] }),
              describeSubnets: () => ({ Subnets: provider.describeSubnets().Subnets }),
              describeSecurityGroups: () => ({ SecurityGroups: provider.describeSecurityGroups().SecurityGroups }),
              describeVpcEndpointServiceConfigurations: () => provider.describeVpcEndpointServiceConfigurations(),
              describeVpcEndpointConnections: () => provider.describeVpcEndpointConnections(),
            }
          : {},
      elbv2: (_real, who) =>
        who.accountId === CONSUMER
          ? { describeLoadBalancers: () => providerElb.describeLoadBalancers(), describeTargetGroups: () => providerElb.describeTargetGroups() }
          : {},
    });
    const found = checkInvariants(leaky, { only: [10] });
    const kinds = found.filter((v) => v.message.includes(' lists ')).map((v) => v.message.replace(/ (vpc|subnet|sg|vpce|arn)[^ ]* of .*$/, ''));
    expect(new Set(kinds)).toEqual(
      new Set([
        `account ${CONSUMER} lists VPC`,
        `account ${CONSUMER} lists subnet`,
        `account ${CONSUMER} lists security group`,
        `account ${CONSUMER} lists service configuration`,
        `account ${CONSUMER} lists endpoint connection`,
        `account ${CONSUMER} lists load balancer`,
        `account ${CONSUMER} lists target group`,
      ]),
    );
    expect(found.every((v) => v.invariant === 10 && v.ids[1] === CONSUMER)).toBe(true);
  });

  it('reports another account endpoint, notification and peering in the consumer listings', () => {
    const consumer = cloud.ec2(path.consumer.identity);
    consumer.createVpcEndpointConnectionNotification({ VpcEndpointId: path.endpointId, ConnectionNotificationArn: `arn:aws:sns:${REGION}:${CONSUMER}:t`, ConnectionEvents: ['Accept'] });
    const peerVpc = consumer.createVpc({ CidrBlock: '10.70.0.0/16' }).Vpc.VpcId;
    consumer.createVpcPeeringConnection({ VpcId: peerVpc, PeerVpcId: path.consumer.vpcId });
    const leaky = patched(cloud, {
      ec2: (_real, who) =>
        who.accountId === PROVIDER
          ? {
              describeVpcEndpoints: () => consumer.describeVpcEndpoints(),
              describeVpcEndpointConnectionNotifications: () => consumer.describeVpcEndpointConnectionNotifications(),
              describeVpcPeeringConnections: () => consumer.describeVpcPeeringConnections(),
            }
          : {},
    });
    const messages = checkInvariants(leaky, { only: [10] }).map((v) => v.message);
    expect(messages.some((m) => m.startsWith(`account ${PROVIDER} lists endpoint ${path.endpointId}`))).toBe(true);
    expect(messages.some((m) => m.startsWith(`account ${PROVIDER} lists connection notification`))).toBe(true);
    expect(messages.some((m) => m.startsWith(`account ${PROVIDER} lists peering connection`))).toBe(true);
  });

  it('reports another account resources readable by id', () => {
    const provider = cloud.ec2(path.provider.identity);
    const readable = patched(cloud, {
      ec2: (real, who) =>
        who.accountId === CONSUMER
          ? {
              describeVpcs: (input) => (input?.VpcIds !== undefined ? provider.describeVpcs(input) : real.describeVpcs(input)),
              describeVpcEndpointServiceConfigurations: (input) =>
                input?.ServiceIds !== undefined ? provider.describeVpcEndpointServiceConfigurations(input) : real.describeVpcEndpointServiceConfigurations(input),
            }
          : {},
    });
    const found = checkInvariants(readable, { only: [10] });
    expect(found).toContainEqual(expect.objectContaining({ invariant: 10, ids: [path.provider.vpcId, CONSUMER], message: `account ${CONSUMER} reads VPC ${path.provider.vpcId} of ${PROVIDER} by id` }));
    expect(found).toContainEqual(expect.objectContaining({ ids: [serviceId, CONSUMER] }));
  });
});

describe('invariant 9: snapshot, JSON, restore', () => {
  it('holds on a real world', () => {
    expect(checkSnapshot(cloud.world)).toEqual([]);
    expect(checkInvariants(cloud, { only: [9] })).toEqual([]);
  });

  it('finds values JSON cannot carry, by path', () => {
    expect(firstNonJsonPath({ a: [1, { b: 'x' }], c: null, d: true })).toBeUndefined();
    expect(firstNonJsonPath({ a: [1, { b: undefined }] })).toBe('$.a[1].b');
    expect(firstNonJsonPath({ n: Number.NaN })).toBe('$.n');
    expect(firstNonJsonPath({ n: Number.POSITIVE_INFINITY })).toBe('$.n');
    expect(firstNonJsonPath({ when: new Date(0) })).toBe('$.when');
    expect(firstNonJsonPath({ f: () => 1 })).toBe('$.f');
    expect(firstNonJsonPath({ m: new Map() })).toBe('$.m');
    expect(firstNonJsonPath(Object.create(null) as object)).toBeUndefined();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(firstNonJsonPath(loop)).toBe('$.self');
    const shared = { x: 1 };
    expect(firstNonJsonPath({ a: shared, b: shared })).toBeUndefined();
  });

  it('reports a world holding a Date', () => {
    const world = structuredClone(cloud.snapshot()) as World & { extra?: unknown };
    world.extra = new Date(0);
    expect(checkSnapshot(world)).toEqual([expect.objectContaining({ invariant: 9, ids: ['$.extra'] })]);
  });

  it('reports a restore that does not give the same world back, or answers otherwise', () => {
    const world = cloud.snapshot();
    const drifting = checkSnapshot(world, (snapshot) => {
      const restored = createCloud({ from: snapshot });
      return { ec2: restored.ec2, snapshot: () => ({ ...restored.snapshot(), sequence: restored.snapshot().sequence + 1 }) };
    });
    expect(drifting).toEqual([expect.objectContaining({ invariant: 9, message: 'snapshot -> JSON -> restore -> snapshot differs from the original' })]);
    expect(drifting[0]?.ids[0]).toMatch(/^offset \d+: /);
    const forgetful = checkSnapshot(world, (snapshot) => {
      const restored = createCloud({ from: snapshot });
      return { snapshot: restored.snapshot, ec2: (who) => ({ ...restored.ec2(who), describeVpcEndpoints: () => ({ VpcEndpoints: [] }) }) };
    });
    expect(forgetful).toEqual([expect.objectContaining({ invariant: 9, ids: [CONSUMER, REGION] })]);
  });
});
