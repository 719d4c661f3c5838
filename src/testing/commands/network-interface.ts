/**
 * Network interface commands. `DescribeNetworkInterfaces` with a random filter, whose count
 * the model predicts (one interface per AZ of each of the caller's endpoints not yet
 * `deleted`, one per AZ of each of its load balancers), paged reads listing what one read
 * lists, and every endpoint's `NetworkInterfaceIds` describing to its own interfaces;
 * `DeleteNetworkInterface` of a random interface, always refused: the caller's own as in
 * use (`InvalidParameterValue`, every interface the model creates is requester-managed),
 * another account's or an unknown one as `InvalidNetworkInterfaceID.NotFound`, a malformed id
 * as `InvalidNetworkInterfaceId.Malformed`.
 *
 * @module
 */
import fc from 'fast-check';
import type { Cloud } from '../../cloud.js';
import { fuzzFailure } from '../_internals/failure.js';
import { allPages } from '../_internals/paging.js';
import { attempt, expectOutcome } from '../model/attempt.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/** One network interface as the model predicts it: its subnet and what it serves. */
interface PredictedInterface {
  subnetId: string;
  type: 'vpc_endpoint' | 'network_load_balancer';
}

/** The interfaces `account` owns, by the model. */
function interfacesOf(model: FuzzModel, account: string): PredictedInterface[] {
  const out: PredictedInterface[] = [];
  for (const e of model.endpoints) {
    if (e.owner === account && e.state !== 'deleted') out.push(...e.zones.map((z) => ({ subnetId: z.subnetId, type: 'vpc_endpoint' as const })));
  }
  for (const lb of model.loadBalancers) {
    if (lb.owner === account) out.push(...lb.subnetIds.map((subnetId) => ({ subnetId, type: 'network_load_balancer' as const })));
  }
  return out;
}

type FilterKind = 'none' | 'subnet-id' | 'vpc-id' | 'availability-zone-id' | 'interface-type' | 'requester-managed' | 'owner-id' | 'status' | 'unknown';

const FILTER_KINDS: readonly FilterKind[] = ['none', 'subnet-id', 'vpc-id', 'availability-zone-id', 'interface-type', 'requester-managed', 'owner-id', 'status', 'unknown'];

/** A filter of `kind` with a value drawn by `n`, and which predicted interfaces it keeps. */
function filterOf(model: FuzzModel, account: string, kind: FilterKind, n: number): { filters: { Name: string; Values: string[] }[]; keep: (i: PredictedInterface) => boolean } {
  const subnetOf = (id: string) => model.subnets.find((s) => s.id === id);
  const one = (Name: string, value: string, keep: (i: PredictedInterface) => boolean) => ({ filters: [{ Name, Values: [value] }], keep });
  switch (kind) {
    case 'subnet-id': {
      const subnet = pick(model.subnets.filter((s) => s.owner === account), n)?.id ?? 'subnet-0123456789abcdef0';
      return one('subnet-id', subnet, (i) => i.subnetId === subnet);
    }
    case 'vpc-id': {
      const vpc = pick(model.vpcs.filter((v) => v.owner === account), n)?.id ?? 'vpc-0123456789abcdef0';
      return one('vpc-id', vpc, (i) => subnetOf(i.subnetId)?.vpcId === vpc);
    }
    case 'availability-zone-id': {
      const zone = pick([...new Set(model.subnets.map((s) => s.zoneId))], n) ?? 'use1-az1';
      return one('availability-zone-id', zone, (i) => subnetOf(i.subnetId)?.zoneId === zone);
    }
    case 'interface-type': {
      const type = n % 2 === 0 ? 'vpc_endpoint' : 'network_load_balancer';
      return one('interface-type', type, (i) => i.type === type);
    }
    case 'requester-managed':
      return one('requester-managed', n % 2 === 0 ? 'true' : 'false', () => n % 2 === 0);
    case 'owner-id': {
      const owner = pick(model.accounts, n) ?? account;
      return one('owner-id', owner, () => owner === account);
    }
    case 'status':
      return one('status', n % 2 === 0 ? 'in-use' : 'available', () => n % 2 === 0);
    case 'unknown':
      return one('instance-id', 'i-0123456789abcdef0', () => false);
    case 'none':
      return { filters: [], keep: () => true };
  }
}

/** Checks that the caller's endpoints' interface ids describe to interfaces of their subnets. */
function checkEndpointInterfaces(model: FuzzModel, cloud: Cloud, account: string): void {
  const ec2 = cloud.ec2(identityOf(model, account));
  for (const endpoint of ec2.describeVpcEndpoints().VpcEndpoints) {
    if (endpoint.NetworkInterfaceIds.length === 0) continue;
    const subnets = ec2.describeNetworkInterfaces({ NetworkInterfaceIds: endpoint.NetworkInterfaceIds }).NetworkInterfaces.map((n) => n.SubnetId).sort();
    if (subnets.join(',') !== [...endpoint.SubnetIds].sort().join(',')) {
      throw fuzzFailure(`endpoint ${endpoint.VpcEndpointId}'s interfaces are in [${subnets.join(', ')}], its subnets are [${endpoint.SubnetIds.join(', ')}]`);
    }
  }
}

/**
 * `DescribeNetworkInterfaces` as one of the plan's accounts, with a random filter.
 *
 * @example
 * const commands = fc.commands([describeNetworkInterfacesCommand()], { maxCommands: 10 });
 */
export function describeNetworkInterfacesCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DescribeNetworkInterfaces',
    input: fc.record({ who: fc.nat(), filter: fc.constantFrom(...FILTER_KINDS), value: fc.nat() }),
    run: (model, cloud, { who, filter, value }) => {
      const account = pick(model.accounts, who) ?? '';
      const me = identityOf(model, account);
      const { filters, keep } = filterOf(model, account, filter, value);
      const before = cloud.world;
      const r = attempt(model, cloud, 'DescribeNetworkInterfaces', expectOutcome(filter === 'unknown' ? 'InvalidFilter' : 'ok'), (c) =>
        c.ec2(me).describeNetworkInterfaces({ Filters: filters }),
      );
      if (cloud.world !== before) throw fuzzFailure('DescribeNetworkInterfaces changed the world');
      if (!r.ok) return;
      const expected = interfacesOf(model, account).filter(keep).length;
      const listed = r.value.NetworkInterfaces.map((n) => n.NetworkInterfaceId).sort();
      if (listed.length !== expected) {
        throw fuzzFailure(`DescribeNetworkInterfaces ${JSON.stringify(filters)} as ${account} listed ${listed.length} interfaces, the model expected ${expected}`);
      }
      const ec2 = cloud.ec2(me);
      const paged = allPages((NextToken) => ec2.describeNetworkInterfaces({ Filters: filters, MaxResults: 5, ...(NextToken === undefined ? {} : { NextToken }) }), (p) => p.NetworkInterfaces)
        .map((n) => n.NetworkInterfaceId)
        .sort();
      if (paged.join(',') !== listed.join(',')) throw fuzzFailure(`DescribeNetworkInterfaces pages list [${paged.join(', ')}], one read lists [${listed.join(', ')}]`);
      checkEndpointInterfaces(model, cloud, account);
    },
  });
}

type DeleteVariant = 'own' | 'foreign' | 'unknown' | 'malformed';

/**
 * `DeleteNetworkInterface` of one of the caller's interfaces (in use), another account's or
 * an unknown one (not found), or a malformed id: always refused, nothing changes.
 *
 * @example
 * const commands = fc.commands([deleteNetworkInterfaceCommand()], { maxCommands: 10 });
 */
export function deleteNetworkInterfaceCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'DeleteNetworkInterface',
    input: fc.record({ who: fc.nat(), owner: fc.nat(), n: fc.nat(), variant: fc.constantFrom<DeleteVariant>('own', 'own', 'foreign', 'unknown', 'malformed') }),
    run: (model, cloud, { who, owner, n, variant }) => {
      const caller = pick(model.accounts, who) ?? '';
      const holder = variant === 'own' ? caller : (pick(model.accounts.filter((a) => a !== caller), owner) ?? '');
      if ((variant === 'own' || variant === 'foreign') && interfacesOf(model, holder).length === 0) return;
      const me = identityOf(model, caller);
      const them = identityOf(model, holder);
      // The id is read from the cloud inside the call, so a replay picks the same one.
      const idOf = (c: Cloud): string => {
        if (variant === 'unknown') return 'eni-0123456789abcdef0';
        if (variant === 'malformed') return 'eni-0123';
        const all = c.ec2(them).describeNetworkInterfaces().NetworkInterfaces;
        return all[n % Math.max(1, all.length)]?.NetworkInterfaceId ?? '';
      };
      const expected = { own: 'InvalidParameterValue', foreign: 'InvalidNetworkInterfaceID.NotFound', unknown: 'InvalidNetworkInterfaceID.NotFound', malformed: 'InvalidNetworkInterfaceId.Malformed' }[variant];
      attempt(model, cloud, 'DeleteNetworkInterface', expectOutcome(expected), (c) => c.ec2(me).deleteNetworkInterface({ NetworkInterfaceId: idOf(c) }));
    },
  });
}
