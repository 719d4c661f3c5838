/**
 * Shared set-up of the quota tests: clouds with chosen quotas, a provider with an NLB and a
 * target group, a consumer with an endpoint service to connect to, refusals checked to
 * leave the world unchanged, and the usage counters compared with a scan of the world.
 */
import { expect } from 'vitest';
import { getRow, rows, tableEntries } from '../../src/core/table.js';
import { CloudError, createCloud, type AccountUsage, type Cloud, type Identity, type Quotas, type World } from '../../src/index.js';
import { buildTopology, type Topology } from '../fixtures/topology.js';

export const REGION = 'us-east-1';
export const A = { accountId: '111111111111', region: REGION } as const;
export const B = { accountId: '222222222222', region: REGION } as const;
export const C = { accountId: '333333333333', region: REGION } as const;

/** A cloud with AWS's defaults changed by `quotas`. */
export function cloudWith(quotas: Partial<Quotas> = {}): Cloud {
  return createCloud({ seed: 'quotas', quotas });
}

/**
 * Runs `run`, which must throw the AWS error `code` (and `message`, when given), and checks
 * the world is the very same object as before: nothing changed, not even the id sequence.
 */
export function expectRefused(cloud: Cloud, run: () => unknown, code: string, message?: string | RegExp): CloudError {
  const before = cloud.world;
  const json = JSON.stringify(before);
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  if (!(caught instanceof CloudError)) throw new Error(`expected ${code}, got ${String(caught)}`);
  expect(caught.code).toBe(code);
  if (typeof message === 'string') expect(caught.message).toBe(message);
  else if (message !== undefined) expect(caught.message).toMatch(message);
  expect(caught.httpStatusCode).toBe(400);
  expect(cloud.world).toBe(before);
  expect(JSON.stringify(cloud.world)).toBe(json);
  return caught;
}

/** A VPC of `who` with one /20 subnet per AZ name given; returns their ids. */
export function vpcWithSubnets(cloud: Cloud, who: Identity, cidr: string, zones: readonly string[] = ['us-east-1a']) {
  const ec2 = cloud.ec2(who);
  const vpcId = ec2.createVpc({ CidrBlock: cidr }).Vpc.VpcId;
  const [a = 10, b = 0] = cidr.split('.').map(Number);
  const subnetIds = zones.map(
    (zone, i) => ec2.createSubnet({ VpcId: vpcId, CidrBlock: `${a}.${b}.${i * 16}.0/20`, AvailabilityZone: zone }).Subnet.SubnetId,
  );
  return { vpcId, subnetIds };
}

/** A provider NLB and a target group in its VPC (for listener and target quotas). */
export function nlbWithTargetGroup(cloud: Cloud) {
  const { vpcId, subnetIds } = vpcWithSubnets(cloud, A, '10.0.0.0/16');
  const elbv2 = cloud.elbv2(A);
  const lbArn = elbv2.createLoadBalancer({ Name: 'nlb', Type: 'network', Scheme: 'internal', Subnets: subnetIds }).LoadBalancers[0]?.LoadBalancerArn ?? '';
  const tgArn = elbv2.createTargetGroup({ Name: 'tg', Protocol: 'TCP', Port: 80, VpcId: vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
  return { vpcId, subnetIds, elbv2, lbArn, tgArn };
}

/** The shared provider/consumer topology (service accepts automatically) with `quotas`. */
export function topologyWith(quotas: Partial<Quotas> = {}): Topology {
  return buildTopology({ acceptanceRequired: false, quotas });
}

/** `n` IPv4 targets in 10.0.<x>.<y>, port 80. */
export function targets(n: number, from = 0): { Id: string; Port: number }[] {
  return Array.from({ length: n }, (_, i) => ({ Id: `10.0.${1 + Math.floor((from + i) / 250)}.${2 + ((from + i) % 250)}`, Port: 80 }));
}

const OUTSTANDING = new Set(['initiating-request', 'pending-acceptance']);
const ACTIVE = new Set(['provisioning', 'active']);

/** What every account holds in every region, by scanning the world (the counters' meaning). */
function scannedUsage(world: World): Map<string, AccountUsage> {
  const usage = new Map<string, AccountUsage>();
  const of = (region: string, account: string) => {
    const key = `${region}/${account}`;
    let u = usage.get(key);
    if (u === undefined) {
      u = { vpcs: 0, securityGroups: 0, loadBalancers: 0, targetGroups: 0, outstandingPeeringRequests: 0 };
      usage.set(key, u);
    }
    return u;
  };
  for (const [name, state] of Object.entries(world.regions)) {
    for (const vpc of rows(state.vpcs)) of(name, vpc.OwnerId).vpcs++;
    for (const group of rows(state.securityGroups)) of(name, group.OwnerId).securityGroups++;
    for (const lb of rows(state.loadBalancers)) of(name, lb.OwnerId).loadBalancers++;
    for (const tg of rows(state.targetGroups)) of(name, tg.OwnerId).targetGroups++;
    for (const p of rows(state.vpcPeeringConnections)) if (OUTSTANDING.has(p.Status)) of(name, p.RequesterOwnerId).outstandingPeeringRequests++;
  }
  return usage;
}

/**
 * Checks every quota counter the World keeps against a scan: per account and region
 * (`accountUsage`), and per VPC (`interfaceEndpointCount`, `activePeeringCount`).
 */
export function expectCountersMatchWorld(world: World): void {
  const scanned = scannedUsage(world);
  const zero: AccountUsage = { vpcs: 0, securityGroups: 0, loadBalancers: 0, targetGroups: 0, outstandingPeeringRequests: 0 };
  for (const [name, state] of Object.entries(world.regions)) {
    const accounts = new Set([...tableEntries(state.accountUsage)].map(([id]) => id));
    for (const key of scanned.keys()) if (key.startsWith(`${name}/`)) accounts.add(key.slice(name.length + 1));
    for (const account of accounts) {
      expect(getRow(state.accountUsage, account) ?? zero, `${name}/${account}`).toEqual(scanned.get(`${name}/${account}`) ?? zero);
    }
    for (const vpc of rows(state.vpcs)) {
      const endpoints = [...rows(state.vpcEndpoints)].filter((e) => e.VpcId === vpc.VpcId && e.State !== 'deleted').length;
      const active = [...rows(state.vpcPeeringConnections)].filter(
        (p) => ACTIVE.has(p.Status) && (p.RequesterVpcId === vpc.VpcId || p.AccepterVpcId === vpc.VpcId),
      ).length;
      expect({ endpoints: vpc.interfaceEndpointCount, active: vpc.activePeeringCount }, vpc.VpcId).toEqual({ endpoints, active });
    }
  }
}
