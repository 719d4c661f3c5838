/**
 * Low AWS quotas for a topology plan: a few quotas set just above what the topology itself
 * creates, so a short fuzz run reaches them (`VpcLimitExceeded`, `TooManyTargets`, ...),
 * is refused, deletes, and creates again.
 *
 * @module
 */
import fc from 'fast-check';
import type { Quotas } from '../../quotas/model.js';
import { MODELLED_QUOTAS, type ModelledQuota } from '../model/quota-rules.js';
import type { TopologyPlan } from '../topology/plan.js';

/**
 * How often `topologyPlan` sets quotas low: `never`, on `sometimes` one plan in three,
 * or `always`.
 *
 * @example
 * topologyPlan({ lowQuotas: 'always' });
 */
export type LowQuotas = 'never' | 'sometimes' | 'always';

/** The most a planned VPC list holds for one account. */
function mostPerAccount(accounts: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const a of accounts) counts.set(a, (counts.get(a) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

/**
 * What building `plan` uses of each quota, at its fullest scope (the account, VPC, load
 * balancer, group or target group holding the most): a limit below it would refuse the
 * topology itself.
 *
 * @example
 * plannedQuotaUsage(plan).networkLoadBalancersPerRegion; // plan.provider.loadBalancers.length
 */
export function plannedQuotaUsage(plan: TopologyPlan): Record<ModelledQuota, number> {
  const vpcs = [plan.provider.vpc, ...plan.consumers.map((c) => c.vpc)];
  const vpcsPerAccount = mostPerAccount([plan.provider.accountId, ...plan.consumers.map((c) => c.accountId)]);
  const guard = plan.provider.loadBalancerSecurityGroup;
  // The NLBs' group, when planned, is one more of the provider's.
  const groupsPerAccount = mostPerAccount([plan.provider.accountId, ...plan.consumers.map((c) => c.accountId), ...(guard === undefined ? [] : [plan.provider.accountId])]);
  const lbs = plan.provider.loadBalancers;
  return {
    vpcsPerRegion: vpcsPerAccount,
    subnetsPerVpc: Math.max(0, ...vpcs.map((v) => v.subnets.length)),
    // Each VPC's default group, and the NLBs' group when planned.
    securityGroupsPerRegion: groupsPerAccount,
    // A default group's one inbound rule (its own members).
    rulesPerSecurityGroup: 1,
    interfaceEndpointsPerVpc: plan.consumers.some((c) => c.endpointSubnets !== undefined) ? 1 : 0,
    networkLoadBalancersPerRegion: lbs.length,
    listenersPerNetworkLoadBalancer: lbs.length > 0 ? 1 : 0,
    targetGroupsPerRegion: lbs.length,
    targetsPerTargetGroup: Math.max(0, ...lbs.map((lb) => lb.subnets.length)),
    // A topology makes no peering connections.
    outstandingPeeringConnectionRequests: 0,
    activePeeringConnectionsPerVpc: 0,
    // Every endpoint has a group (its VPC's default one when the request names none).
    securityGroupsPerNetworkInterface: 1,
  };
}

/**
 * A few of the modelled quotas (at least one), each at what `plan` uses plus 0 to 2.
 *
 * @example
 * fc.sample(lowPlanQuotas(plan), 1)[0]; // e.g. { vpcsPerRegion: 2, targetsPerTargetGroup: 3 }
 */
export function lowPlanQuotas(plan: TopologyPlan): fc.Arbitrary<Partial<Quotas>> {
  const used = plannedQuotaUsage(plan);
  return fc
    .subarray([...MODELLED_QUOTAS], { minLength: 1 })
    .chain((names) => fc.tuple(...names.map(() => fc.integer({ min: 0, max: 2 }))).map((extras) => {
      const quotas: Partial<Quotas> = {};
      names.forEach((name, i) => {
        quotas[name] = used[name] + (extras[i] ?? 0);
      });
      return quotas;
    }));
}

/**
 * `plan`, with low quotas as often as `how` says (unlimited shrinks first, so a failure that
 * does not need a quota is printed without one).
 *
 * @example
 * withLowQuotas(plan, 'sometimes'); // 1 plan in 3 with quotas
 */
export function withLowQuotas(plan: TopologyPlan, how: LowQuotas): fc.Arbitrary<TopologyPlan> {
  if (how === 'never') return fc.constant(plan);
  const low = lowPlanQuotas(plan).map((quotas): TopologyPlan => ({ ...plan, quotas }));
  if (how === 'always') return low;
  return fc.oneof({ arbitrary: fc.constant(plan), weight: 2 }, { arbitrary: low, weight: 1 });
}
