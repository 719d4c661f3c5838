/**
 * Under random creates and deletes with random (small) quotas, no quota is ever exceeded,
 * a quota refusal happens only when the scope is full (so deleting frees room), and every
 * usage counter equals a scan of the world.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { rowCount, rows } from '../../src/core/table.js';
import { CloudError, createCloud, quotasOf, type Cloud, type Quotas } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { buildTopology } from '../fixtures/topology.js';
import { expectCountersMatchWorld, targets } from './fixtures.js';

const KINDS = [
  'createVpc', 'deleteVpc', 'createSubnet', 'deleteSubnet', 'createGroup', 'deleteGroup', 'authorize', 'revoke',
  'createNlb', 'deleteNlb', 'createTargetGroup', 'deleteTargetGroup', 'register', 'deregister', 'listen', 'unlisten',
  'request', 'accept', 'reject', 'deletePeering', 'createEndpoint', 'deleteEndpoint', 'modifyEndpointGroups',
] as const;
type Kind = (typeof KINDS)[number];

interface Op {
  kind: Kind;
  account: number;
  pick: number;
  count: number;
}

const quotasArb: fc.Arbitrary<Partial<Quotas>> = fc.record({
  vpcsPerRegion: fc.integer({ min: 1, max: 4 }),
  subnetsPerVpc: fc.integer({ min: 0, max: 3 }),
  securityGroupsPerRegion: fc.integer({ min: 2, max: 7 }),
  rulesPerSecurityGroup: fc.integer({ min: 1, max: 4 }),
  securityGroupsPerNetworkInterface: fc.integer({ min: 1, max: 3 }),
  interfaceEndpointsPerVpc: fc.integer({ min: 0, max: 3 }),
  activePeeringConnectionsPerVpc: fc.integer({ min: 0, max: 2 }),
  outstandingPeeringConnectionRequests: fc.integer({ min: 0, max: 2 }),
  networkLoadBalancersPerRegion: fc.integer({ min: 1, max: 3 }),
  listenersPerNetworkLoadBalancer: fc.integer({ min: 0, max: 2 }),
  targetGroupsPerRegion: fc.integer({ min: 1, max: 3 }),
  targetsPerTargetGroup: fc.integer({ min: 0, max: 4 }),
});

const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom(...KINDS), account: fc.nat(1), pick: fc.nat(), count: fc.integer({ min: 1, max: 3 }) });

/** The shared topology (two accounts, a service), its subnets in room of any subnet quota. */
function world(quotas: Partial<Quotas>): { cloud: Cloud; accounts: string[]; serviceName: string } {
  const topology = buildTopology({ acceptanceRequired: false, quotas: { ...quotas, subnetsPerVpc: Math.max(quotas.subnetsPerVpc ?? 0, 4) } });
  return { cloud: topology.cloud, accounts: [topology.provider.identity.accountId, topology.consumer.identity.accountId], serviceName: topology.provider.serviceName };
}

const at = <T>(list: readonly T[], pick: number): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);

/** Runs one operation; returns the AWS error code when it was refused. */
function run(cloud: Cloud, accountId: string, serviceName: string, op: Op, serial: number): string | undefined {
  const who = { accountId, region: 'us-east-1' };
  const ec2 = cloud.ec2(who);
  const elbv2 = cloud.elbv2(who);
  const state = regionOf(cloud.world, who.region);
  const mine = <T extends { OwnerId: string }>(table: Parameters<typeof rows<T>>[0]) => [...rows(table)].filter((r) => r.OwnerId === accountId);
  const vpc = at(mine(state.vpcs), op.pick);
  const group = at(mine(state.securityGroups), op.pick);
  const lb = at(mine(state.loadBalancers), op.pick);
  const tg = at(mine(state.targetGroups), op.pick);
  const peering = at([...rows(state.vpcPeeringConnections)], op.pick);
  const endpoint = at(mine(state.vpcEndpoints).filter((e) => e.State !== 'deleted'), op.pick);
  const vpcId = vpc?.VpcId ?? 'vpc-00000000000000000';
  const octet = 100 + (serial % 150);
  try {
    switch (op.kind) {
      case 'createVpc': ec2.createVpc({ CidrBlock: `10.${octet}.0.0/16` }); break;
      case 'deleteVpc': ec2.deleteVpc({ VpcId: vpcId }); break;
      case 'createSubnet': {
        const base = vpc?.CidrBlock.split('.').slice(0, 2).join('.') ?? '10.0';
        ec2.createSubnet({ VpcId: vpcId, CidrBlock: `${base}.${200 + (serial % 50)}.0/24` });
        break;
      }
      case 'deleteSubnet': ec2.deleteSubnet({ SubnetId: at(vpc?.subnetIds ?? [], op.pick) ?? 'subnet-00000000000000000' }); break;
      case 'createGroup': ec2.createSecurityGroup({ VpcId: vpcId, GroupName: `g${serial}`, Description: 'x' }); break;
      case 'deleteGroup': ec2.deleteSecurityGroup({ GroupId: group?.GroupId ?? 'sg-00000000000000000' }); break;
      case 'authorize':
        ec2.authorizeSecurityGroupIngress({
          GroupId: group?.GroupId ?? 'sg-00000000000000000',
          IpPermissions: Array.from({ length: op.count }, (_, i) => ({ IpProtocol: 'tcp', FromPort: serial * 4 + i, ToPort: serial * 4 + i, IpRanges: [{ CidrIp: '10.0.0.0/8' }] })),
        });
        break;
      case 'revoke': {
        const rule = at(group?.IpPermissions ?? [], op.pick);
        ec2.revokeSecurityGroupIngress({ GroupId: group?.GroupId ?? 'sg-00000000000000000', SecurityGroupRuleIds: [rule?.SecurityGroupRuleId ?? 'sgr-00000000000000000'] });
        break;
      }
      case 'createNlb': elbv2.createLoadBalancer({ Name: `n${serial}`, Type: 'network', Scheme: 'internal', Subnets: vpc?.subnetIds.slice(0, 1) ?? [] }); break;
      case 'deleteNlb': elbv2.deleteLoadBalancer({ LoadBalancerArn: lb?.LoadBalancerArn ?? '' }); break;
      case 'createTargetGroup': elbv2.createTargetGroup({ Name: `t${serial}`, Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' }); break;
      case 'deleteTargetGroup': elbv2.deleteTargetGroup({ TargetGroupArn: tg?.TargetGroupArn ?? '' }); break;
      case 'register': elbv2.registerTargets({ TargetGroupArn: tg?.TargetGroupArn ?? '', Targets: targets(op.count, op.pick % 6).map((t) => ({ ...t, AvailabilityZone: 'all' })) }); break;
      case 'deregister': elbv2.deregisterTargets({ TargetGroupArn: tg?.TargetGroupArn ?? '', Targets: targets(1, op.pick % 6) }); break;
      case 'listen':
        elbv2.createListener({ LoadBalancerArn: lb?.LoadBalancerArn ?? '', Protocol: 'TCP', Port: 1 + (serial % 1000), DefaultActions: [{ Type: 'forward', TargetGroupArn: tg?.TargetGroupArn ?? '' }] });
        break;
      case 'unlisten': elbv2.deleteListener({ ListenerArn: at(lb?.listenerArns ?? [], op.pick) ?? '' }); break;
      case 'request': {
        const peer = at([...rows(state.vpcs)].filter((v) => v.VpcId !== vpcId), op.pick + 1);
        ec2.createVpcPeeringConnection({ VpcId: vpcId, PeerVpcId: peer?.VpcId ?? vpcId, PeerOwnerId: peer?.OwnerId ?? accountId });
        break;
      }
      case 'accept': ec2.acceptVpcPeeringConnection({ VpcPeeringConnectionId: peering?.VpcPeeringConnectionId ?? 'pcx-00000000000000000' }); break;
      case 'reject': ec2.rejectVpcPeeringConnection({ VpcPeeringConnectionId: peering?.VpcPeeringConnectionId ?? 'pcx-00000000000000000' }); break;
      case 'deletePeering': ec2.deleteVpcPeeringConnection({ VpcPeeringConnectionId: peering?.VpcPeeringConnectionId ?? 'pcx-00000000000000000' }); break;
      case 'createEndpoint': {
        const groups = mine(state.securityGroups).filter((g) => g.VpcId === vpcId).slice(0, op.count).map((g) => g.GroupId);
        ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpcId, ServiceName: serviceName, SecurityGroupIds: groups });
        break;
      }
      case 'deleteEndpoint': ec2.deleteVpcEndpoints({ VpcEndpointIds: [endpoint?.VpcEndpointId ?? 'vpce-00000000000000000'] }); break;
      case 'modifyEndpointGroups': {
        const extra = mine(state.securityGroups).filter((g) => g.VpcId === endpoint?.VpcId).map((g) => g.GroupId);
        ec2.modifyVpcEndpoint({ VpcEndpointId: endpoint?.VpcEndpointId ?? 'vpce-00000000000000000', AddSecurityGroupIds: extra.slice(0, op.count) });
        break;
      }
    }
  } catch (error) {
    if (error instanceof CloudError) return error.code;
    throw error;
  }
  return undefined;
}

/** Every scope's count, next to the quota in force: none may be past it. */
function everyCountWithin(cloud: Cloud, accounts: readonly string[]): void {
  const state = regionOf(cloud.world, 'us-east-1');
  const q = quotasOf(cloud.world.quotas);
  const owned = <T extends { OwnerId: string }>(list: Iterable<T>, account: string) => [...list].filter((r) => r.OwnerId === account).length;
  for (const account of accounts) {
    expect(owned(rows(state.vpcs), account)).toBeLessThanOrEqual(q.vpcsPerRegion);
    expect(owned(rows(state.securityGroups), account)).toBeLessThanOrEqual(q.securityGroupsPerRegion);
    expect(owned(rows(state.loadBalancers), account)).toBeLessThanOrEqual(q.networkLoadBalancersPerRegion);
    expect(owned(rows(state.targetGroups), account)).toBeLessThanOrEqual(q.targetGroupsPerRegion);
    const outstanding = [...rows(state.vpcPeeringConnections)].filter((p) => p.RequesterOwnerId === account && ['initiating-request', 'pending-acceptance'].includes(p.Status));
    expect(outstanding.length).toBeLessThanOrEqual(q.outstandingPeeringConnectionRequests);
  }
  for (const vpc of rows(state.vpcs)) {
    expect(vpc.subnetIds.length).toBeLessThanOrEqual(q.subnetsPerVpc);
    expect(vpc.interfaceEndpointCount).toBeLessThanOrEqual(q.interfaceEndpointsPerVpc);
    expect(vpc.activePeeringCount).toBeLessThanOrEqual(q.activePeeringConnectionsPerVpc);
  }
  // A default group is born with one inbound rule, whatever the quota (AWS creates it so).
  for (const group of rows(state.securityGroups)) expect(group.IpPermissions.length).toBeLessThanOrEqual(Math.max(q.rulesPerSecurityGroup, 1));
  for (const lb of rows(state.loadBalancers)) expect(lb.listenerArns.length).toBeLessThanOrEqual(q.listenersPerNetworkLoadBalancer);
  for (const tg of rows(state.targetGroups)) expect(rowCount(tg.targets)).toBeLessThanOrEqual(q.targetsPerTargetGroup);
  for (const e of rows(state.vpcEndpoints)) if (e.State !== 'deleted') expect(e.Groups.length).toBeLessThanOrEqual(q.securityGroupsPerNetworkInterface);
}

const QUOTA_CODES = new Set([
  'VpcLimitExceeded', 'SubnetLimitExceeded', 'SecurityGroupLimitExceeded', 'RulesPerSecurityGroupLimitExceeded',
  'SecurityGroupsPerInterfaceLimitExceeded', 'VpcEndpointLimitExceeded', 'ActiveVpcPeeringConnectionPerVpcLimitExceeded',
  'OutstandingVpcPeeringConnectionLimitExceeded', 'TooManyLoadBalancers', 'TooManyListeners', 'TooManyTargetGroups', 'TooManyTargets',
]);

/** Quota codes the random runs hit, so the property is known to reach the limits it guards. */
const hit = new Set<string>();

test.prop([quotasArb, fc.array(opArb, { minLength: 1, maxLength: 60 })], { numRuns: 80 })(
  'no quota is ever exceeded, a refusal changes nothing, and the counters always equal a scan',
  (quotas, ops) => {
    const { cloud, accounts, serviceName } = world(quotas);
    ops.forEach((op, serial) => {
      const before = cloud.world;
      const code = run(cloud, accounts[op.account] ?? '', serviceName, op, serial);
      if (code !== undefined) expect(cloud.world).toBe(before);
      if (code !== undefined && QUOTA_CODES.has(code)) hit.add(code);
      everyCountWithin(cloud, accounts);
      expectCountersMatchWorld(cloud.world);
    });
  },
);

test('the random runs reach most quotas', () => {
  expect(hit.size, [...hit].join(', ')).toBeGreaterThanOrEqual(6);
});

/** Resources counted against a quota, each with a create that may be refused and a delete. */
const COUNTED = {
  vpcsPerRegion: {
    code: 'VpcLimitExceeded',
    create: (cloud: Cloud, i: number) => cloud.ec2(OUTSIDER).createVpc({ CidrBlock: `10.${i}.0.0/16` }).Vpc.VpcId,
    remove: (cloud: Cloud, id: string) => cloud.ec2(OUTSIDER).deleteVpc({ VpcId: id }),
  },
  targetGroupsPerRegion: {
    code: 'TooManyTargetGroups',
    create: (cloud: Cloud, i: number) =>
      cloud.elbv2(OUTSIDER).createTargetGroup({ Name: `t${i}`, Protocol: 'TCP', Port: 80, VpcId: outsiderVpc(cloud), TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '',
    remove: (cloud: Cloud, id: string) => cloud.elbv2(OUTSIDER).deleteTargetGroup({ TargetGroupArn: id }),
  },
  securityGroupsPerRegion: {
    code: 'SecurityGroupLimitExceeded',
    create: (cloud: Cloud, i: number) => cloud.ec2(OUTSIDER).createSecurityGroup({ VpcId: outsiderVpc(cloud), GroupName: `g${i}`, Description: 'x' }).GroupId,
    remove: (cloud: Cloud, id: string) => cloud.ec2(OUTSIDER).deleteSecurityGroup({ GroupId: id }),
  },
} as const;

const OUTSIDER = { accountId: '333333333333', region: 'us-east-1' };

/** The outsider's one VPC (made on first use, with unlimited VPCs it never hits a quota). */
function outsiderVpc(cloud: Cloud): string {
  const state = regionOf(cloud.world, OUTSIDER.region);
  const existing = [...rows(state.vpcs)].find((v) => v.OwnerId === OUTSIDER.accountId && v.CidrBlock === '192.168.0.0/16');
  return existing?.VpcId ?? cloud.ec2(OUTSIDER).createVpc({ CidrBlock: '192.168.0.0/16' }).Vpc.VpcId;
}

test.prop([fc.constantFrom(...(Object.keys(COUNTED) as (keyof typeof COUNTED)[])), fc.integer({ min: 1, max: 4 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 30 })], {
  numRuns: 60,
})('deleting frees room: a create is refused exactly when the account is at its quota', (name, quota, steps) => {
  // The VPC and security group quotas also count the outsider's own VPC and its default group.
  const base = name === 'targetGroupsPerRegion' ? 0 : name === 'securityGroupsPerRegion' ? 1 : 0;
  const cloud = createCloud({ seed: 1, quotas: { vpcsPerRegion: name === 'vpcsPerRegion' ? quota : Infinity, [name]: quota + base } });
  if (name !== 'vpcsPerRegion') outsiderVpc(cloud);
  const counted = COUNTED[name];
  const held: string[] = [];
  steps.forEach((create, i) => {
    if (!create) {
      const id = held.pop();
      if (id !== undefined) counted.remove(cloud, id);
      return;
    }
    const full = held.length >= quota;
    let code: string | undefined;
    try {
      held.push(counted.create(cloud, i));
    } catch (error) {
      if (!(error instanceof CloudError)) throw error;
      code = error.code;
    }
    expect(code).toBe(full ? counted.code : undefined);
    expect(held.length).toBeLessThanOrEqual(quota);
  });
  expectCountersMatchWorld(cloud.world);
});
