/**
 * Issue 5's rules over random call sequences (consumers creating, modifying, deleting
 * endpoints; the provider granting, revoking, accepting, rejecting, toggling acceptance;
 * the clock moving):
 * - no endpoint exists for a caller that was not allowed when it was created;
 * - no endpoint is `available` without acceptance when acceptance was required;
 * - every endpoint's AZ ids are a subset of the service's and of its subnets' AZ ids;
 * - per AZ exactly one NLB, the service's, with a node in that AZ;
 * - a consumer never sees another consumer's endpoints;
 * - a failed command changes nothing.
 */
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { getRow, rows } from '../../src/core/table.js';
import { serviceZoneIds } from '../../src/endpoint-services/lookup.js';
import { isCloudError } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { buildTopology, CONSUMER, OUTSIDER, REGION, type Topology } from '../fixtures/topology.js';

const APP = `arn:aws:iam::${CONSUMER}:role/app`;
const CALLERS = [`arn:aws:iam::${CONSUMER}:root`, APP, `arn:aws:iam::${CONSUMER}:role/other`, `arn:aws:iam::${OUTSIDER}:root`];
const GRANTABLE = [`arn:aws:iam::${CONSUMER}:root`, APP, `arn:aws:iam::${OUTSIDER}:root`, '*'];

type Op =
  | { kind: 'create'; who: number; subnets: number[] }
  | { kind: 'grant' | 'revoke'; principal: number }
  | { kind: 'accept' | 'reject' | 'delete'; pick: number }
  | { kind: 'modify'; pick: number; add: number[]; remove: number[] }
  | { kind: 'acceptance'; required: boolean }
  | { kind: 'advance'; ms: number };

/** Subnet indexes 0 and 1 are in distinct AZs the service offers; 2 and 3 add duplicates and foreign AZs. */
const subnetPicks = fc.oneof(
  { arbitrary: fc.subarray([0, 1]), weight: 3 },
  { arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }), weight: 1 },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('create' as const), who: fc.integer({ min: 0, max: 3 }), subnets: subnetPicks }), weight: 4 },
  fc.record({ kind: fc.constantFrom('grant' as const, 'revoke' as const), principal: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constantFrom('accept' as const, 'reject' as const, 'delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('modify' as const), pick: fc.nat(), add: subnetPicks, remove: subnetPicks }),
  fc.record({ kind: fc.constant('acceptance' as const), required: fc.boolean() }),
  { arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 3_000 }) }), weight: 2 },
);

/** The fixture plus an outsider VPC with subnets, and a second NLB (use1-az1, use1-az2) on the service. */
function world(acceptanceRequired: boolean) {
  const t: Topology = buildTopology({ acceptanceRequired, timing: { endpointProvisioningMs: 1_000, endpointDeletionMs: 1_000 } });
  const { cloud, provider } = t;
  const p = cloud.ec2(provider.identity);
  const extra = p.createSubnet({ VpcId: provider.vpcId, CidrBlock: '10.0.3.0/24', AvailabilityZoneId: 'use1-az1' }).Subnet.SubnetId;
  const lb2 = cloud.elbv2(provider.identity).createLoadBalancer({ Name: 'svc-nlb-2', Type: 'network', Scheme: 'internal', Subnets: [extra, provider.subnetIds[0]] });
  p.modifyVpcEndpointServiceConfiguration({ ServiceId: provider.serviceId, AddNetworkLoadBalancerArns: [lb2.LoadBalancers[0]?.LoadBalancerArn ?? ''] });
  const o = cloud.ec2({ accountId: OUTSIDER, region: REGION });
  const oVpc = o.createVpc({ CidrBlock: '10.7.0.0/16' }).Vpc.VpcId;
  const oSubnets = ['use1-az2', 'use1-az3', 'use1-az1', 'use1-az3'].map(
    (zone, i) => o.createSubnet({ VpcId: oVpc, CidrBlock: `10.7.${i}.0/24`, AvailabilityZoneId: zone }).Subnet.SubnetId,
  );
  const c = t.consumer;
  const vpcOf: Record<string, string> = { [CONSUMER]: c.vpcId, [OUTSIDER]: oVpc };
  const subnetsOf: Record<string, string[]> = { [CONSUMER]: [c.subnetA, c.subnetB, c.subnetA2, c.subnetC], [OUTSIDER]: oSubnets };
  return { ...t, vpcOf, subnetsOf };
}

const accountOf = (arn: string) => arn.split(':')[4] ?? '';
const covers = (granted: ReadonlySet<string>, caller: string) =>
  [...granted].some((g) => g === '*' || g === caller || (g.endsWith(':root') && accountOf(g) === accountOf(caller)));

describe('interface endpoint rules', () => {
  test.prop([fc.boolean(), fc.array(op, { maxLength: 40 })], { numRuns: 60 })('hold over random call sequences', (required, ops) => {
    const t = world(required);
    const { cloud, provider } = t;
    const granted = new Set([`arn:aws:iam::${CONSUMER}:root`]);
    let acceptanceRequired = required;
    const created: { id: string; owner: string; acceptanceRequired: boolean }[] = [];
    const accepted = new Set<string>();
    const p = cloud.ec2(provider.identity);

    const attempt = (run: () => void) => {
      const before = cloud.world;
      try {
        run();
      } catch (e) {
        if (!isCloudError(e)) throw e;
        expect(cloud.world).toBe(before);
      }
    };

    for (const step of ops) {
      const pick = 'pick' in step ? created[step.pick % Math.max(1, created.length)] : undefined;
      switch (step.kind) {
        case 'create': {
          const caller = CALLERS[step.who] ?? '';
          const owner = accountOf(caller);
          const subnets = t.subnetsOf[owner] ?? [];
          const allowed = covers(granted, caller);
          const before = cloud.world;
          try {
            const { VpcEndpoint } = cloud.ec2({ accountId: owner, region: REGION, principalArn: caller }).createVpcEndpoint({
              VpcEndpointType: 'Interface',
              VpcId: t.vpcOf[owner],
              ServiceName: provider.serviceName,
              SubnetIds: step.subnets.map((i) => subnets[i] ?? ''),
            });
            expect(allowed).toBe(true);
            created.push({ id: VpcEndpoint.VpcEndpointId, owner, acceptanceRequired });
          } catch (e) {
            if (!isCloudError(e)) throw e;
            expect(cloud.world).toBe(before);
            if (allowed) expect(e.code).not.toBe('InvalidServiceName');
          }
          break;
        }
        case 'grant':
        case 'revoke': {
          const principal = GRANTABLE[step.principal] ?? '*';
          attempt(() => {
            p.modifyVpcEndpointServicePermissions({
              ServiceId: provider.serviceId,
              ...(step.kind === 'grant' ? { AddAllowedPrincipals: [principal] } : { RemoveAllowedPrincipals: [principal] }),
            });
            if (step.kind === 'grant') granted.add(principal);
            else granted.delete(principal);
          });
          break;
        }
        case 'accept':
        case 'reject':
          if (pick) {
            const call = step.kind === 'accept' ? p.acceptVpcEndpointConnections : p.rejectVpcEndpointConnections;
            const { Unsuccessful } = call({ ServiceId: provider.serviceId, VpcEndpointIds: [pick.id] });
            if (step.kind === 'accept' && Unsuccessful.length === 0) accepted.add(pick.id);
          }
          break;
        case 'delete':
          if (pick) cloud.ec2({ accountId: pick.owner, region: REGION }).deleteVpcEndpoints({ VpcEndpointIds: [pick.id] });
          break;
        case 'modify':
          if (pick) {
            const subnets = t.subnetsOf[pick.owner] ?? [];
            attempt(() =>
              cloud.ec2({ accountId: pick.owner, region: REGION }).modifyVpcEndpoint({
                VpcEndpointId: pick.id,
                AddSubnetIds: step.add.map((i) => subnets[i] ?? ''),
                RemoveSubnetIds: step.remove.map((i) => subnets[i] ?? ''),
              }),
            );
          }
          break;
        case 'acceptance':
          p.modifyVpcEndpointServiceConfiguration({ ServiceId: provider.serviceId, AcceptanceRequired: step.required });
          acceptanceRequired = step.required;
          break;
        case 'advance':
          cloud.clock.advance(step.ms);
          break;
      }
      checkInvariants(t, created, accepted);
    }
  });
});

function checkInvariants(t: ReturnType<typeof world>, created: readonly { id: string; owner: string; acceptanceRequired: boolean }[], accepted: ReadonlySet<string>) {
  const { cloud, provider } = t;
  const state = regionOf(cloud.world, REGION);
  const service = getRow(state.endpointServices, provider.serviceId);
  expect(service).toBeDefined();
  if (service === undefined) return;
  const serviceZones = new Set(serviceZoneIds(cloud.world, state, service));
  const known = new Map(created.map((c) => [c.id, c]));
  for (const endpoint of rows(state.vpcEndpoints)) {
    const origin = known.get(endpoint.VpcEndpointId);
    expect(origin?.owner).toBe(endpoint.OwnerId);
    if (endpoint.State === 'available' && origin?.acceptanceRequired) expect(accepted.has(endpoint.VpcEndpointId)).toBe(true);
    const zoneIds = endpoint.zones.map((z) => z.AvailabilityZoneId);
    expect(new Set(zoneIds).size).toBe(zoneIds.length);
    for (const zone of endpoint.zones) {
      expect(serviceZones.has(zone.AvailabilityZoneId)).toBe(true);
      const subnet = getRow(state.subnets, zone.SubnetId);
      expect(subnet).toMatchObject({ AvailabilityZoneId: zone.AvailabilityZoneId, OwnerId: endpoint.OwnerId, VpcId: endpoint.VpcId });
      expect(service.NetworkLoadBalancerArns).toContain(zone.LoadBalancerArn);
      const nodes = getRow(state.loadBalancers, zone.LoadBalancerArn ?? '')?.nodes ?? [];
      expect(nodes.some((n) => n.AvailabilityZoneId === zone.AvailabilityZoneId)).toBe(true);
    }
  }
  for (const account of [CONSUMER, OUTSIDER]) {
    const seen = cloud.ec2({ accountId: account, region: REGION }).describeVpcEndpoints().VpcEndpoints;
    for (const e of seen) expect(e.OwnerId).toBe(account);
    const own = created.filter((c) => c.owner === account).map((c) => c.id);
    for (const e of seen) expect(own).toContain(e.VpcEndpointId);
  }
}
