/**
 * Whole-world scans for the invariant checks. These are O(world) on purpose: the checker
 * runs between commands, never inside one.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { getRow, rows } from '../../core/table.js';
import type { EndpointServiceRecord } from '../../endpoint-services/model.js';
import type { Ec2Facade, Elbv2Facade } from '../../facade/facade.js';
import type { RegionState, World } from '../../world/world.js';

/** What the invariant checks read from a cloud. */
export type InvariantSubject = Pick<Cloud, 'world' | 'ec2' | 'elbv2' | 'connections' | 'dataPlane'>;

/** The facades of one account in one region. */
export interface ViewerApis {
  readonly ec2: Ec2Facade;
  readonly elb: Elbv2Facade;
}

const apisBySubject = new WeakMap<InvariantSubject, Map<string, ViewerApis>>();

/**
 * The EC2 and ELBv2 facades of `accountId` in `region` on `subject`, built once per subject
 * (a facade calls the subject's current world, so it stays valid as the world changes; the
 * checks call describes as every account after every step, and building ~60 methods each
 * time was a measurable part of a check).
 *
 * @example
 * viewerApis(cloud, '222222222222', 'us-east-1').ec2.describeVpcs();
 */
export function viewerApis(subject: InvariantSubject, accountId: string, region: string): ViewerApis {
  let byViewer = apisBySubject.get(subject);
  if (byViewer === undefined) {
    byViewer = new Map();
    apisBySubject.set(subject, byViewer);
  }
  const key = `${accountId}/${region}`;
  let apis = byViewer.get(key);
  if (apis === undefined) {
    apis = { ec2: subject.ec2({ accountId, region }), elb: subject.elbv2({ accountId, region }) };
    byViewer.set(key, apis);
  }
  return apis;
}

/**
 * Every stored region, by name, in name order.
 *
 * @example
 * for (const [region, state] of regionsOf(cloud.world)) console.log(region, state);
 */
export function regionsOf(world: World): [string, RegionState][] {
  return Object.entries(world.regions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The accounts that matter in a region: declared ones and every owner of a VPC, load
 * balancer, service or endpoint there, sorted.
 *
 * @example
 * knownAccounts(cloud.world, regionOf(cloud.world, 'us-east-1')); // ['111111111111', '222222222222']
 */
export function knownAccounts(world: World, state: RegionState): readonly string[] {
  // Several invariants ask this of the same frozen region in one check: scan it once.
  const frozen = Object.isFrozen(state) && Object.isFrozen(world.accounts);
  const cached = frozen ? knownAccountsCache.get(state) : undefined;
  if (cached !== undefined && cached.accounts === world.accounts) return cached.ids;
  const ids = new Set(Object.keys(world.accounts));
  for (const vpc of rows(state.vpcs)) ids.add(vpc.OwnerId);
  for (const lb of rows(state.loadBalancers)) ids.add(lb.OwnerId);
  for (const service of rows(state.endpointServices)) ids.add(service.OwnerId);
  for (const endpoint of rows(state.vpcEndpoints)) ids.add(endpoint.OwnerId);
  const sorted = Object.freeze([...ids].sort());
  if (frozen) knownAccountsCache.set(state, { accounts: world.accounts, ids: sorted });
  return sorted;
}

/** `knownAccounts` of frozen region states, with the accounts record it was computed with. */
const knownAccountsCache = new WeakMap<RegionState, { accounts: World['accounts']; ids: readonly string[] }>();

/**
 * The account root identity of `accountId` in `region`.
 *
 * @example
 * cloud.ec2(rootIdentity('222222222222', 'us-east-1')).describeVpcs();
 */
export function rootIdentity(accountId: string, region: string): { accountId: string; region: string } {
  return { accountId, region };
}

/**
 * Endpoint states in which an endpoint holds its AZs and is wired to the service.
 *
 * @example
 * LIVE_ENDPOINT_STATES.has(endpoint.State);
 */
export const LIVE_ENDPOINT_STATES: ReadonlySet<string> = new Set(['pendingAcceptance', 'pending', 'available', 'partial']);

/**
 * Service states in which a service is offered.
 *
 * @example
 * LIVE_SERVICE_STATES.has(service.ServiceState);
 */
export const LIVE_SERVICE_STATES: ReadonlySet<string> = new Set(['Pending', 'Available']);

/**
 * The AZ ids a service is offered in: where its load balancers have nodes (read from the world).
 *
 * @example
 * offeredZoneIds(state, service); // Set { 'use1-az2', 'use1-az3' }
 */
export function offeredZoneIds(state: RegionState, service: EndpointServiceRecord): Set<string> {
  const zones = new Set<string>();
  for (const arn of service.NetworkLoadBalancerArns) {
    for (const node of getRow(state.loadBalancers, arn)?.nodes ?? []) zones.add(node.AvailabilityZoneId);
  }
  return zones;
}
