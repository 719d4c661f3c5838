/**
 * Whole provider/consumer topologies as plans: accounts with their own AZ maps, VPC and
 * subnet layouts, the NLB's AZs, acceptance, granted principals. `realizeTopology` builds a
 * plan through the facades; every plan this arbitrary yields builds without error.
 *
 * @module
 */
import fc from 'fast-check';
import { findRegion, REGIONS } from '../../geo/regions.js';
import type { ConsumerPlan, LoadBalancerGroupPlan, ProviderPlan, SubnetPlan, TopologyPlan, VpcPlan } from '../topology/plan.js';
import { accountIds } from './account-id.js';
import { withLowQuotas, type LowQuotas } from './plan-quotas.js';
import { subnetCidrs, vpcCidr } from './cidr.js';
import { principal, principalArnOf } from './principal.js';
import { zoneMapping } from './zone-mapping.js';

/**
 * Options of {@link topologyPlan}.
 *
 * @remarks Since 0.1.0
 */
export interface TopologyPlanConstraints {
  /**
   * Regions the topology may live in.
   * @defaultValue every region of the catalogue
   */
  regions?: readonly string[];
  /**
   * Fewest consumer accounts.
   * @defaultValue 1
   */
  minConsumers?: number;
  /**
   * Most consumer accounts.
   * @defaultValue 2
   */
  maxConsumers?: number;
  /**
   * Most subnets created per VPC (spare blocks come on top).
   * @defaultValue 3
   */
  maxSubnets?: number;
  /**
   * Whether plans may use non-instant endpoint timings and small port capacities.
   * @defaultValue true
   */
  varyTimings?: boolean;
  /**
   * Whether allowed consumers may start with an interface endpoint to the service.
   * @defaultValue true
   */
  withEndpoints?: boolean;
  /**
   * Whether the service requires acceptance: `'required'` (every endpoint the plan creates
   * starts `pendingAcceptance`, for tools that accept or reject connections), `'automatic'`,
   * or either (one plan in three requires it).
   * @defaultValue 'either'
   * @remarks Since 0.2.0
   */
  acceptance?: 'required' | 'automatic' | 'either';
  /**
   * How often a plan sets a few AWS quotas just above what it creates (else none is limited).
   * @defaultValue 'sometimes' (one plan in three)
   */
  lowQuotas?: LowQuotas;
}

/** A VPC plan for an account with `zones`: subnets in those AZs, plus spare blocks. */
function vpcPlan(zones: readonly string[], maxSubnets: number): fc.Arbitrary<VpcPlan> {
  return vpcCidr({ minPrefixLength: 16, maxPrefixLength: 24 }).chain((cidr) => {
    const prefix = Number(cidr.split('/')[1]);
    return subnetCidrs(cidr, { minPrefixLength: Math.min(prefix + 3, 28), maxPrefixLength: 28, minLength: 3, maxLength: maxSubnets + 3 }).chain(
      (blocks) => {
        const created = Math.max(1, Math.min(maxSubnets, blocks.length - 2));
        return fc.array(fc.constantFrom(...zones), { minLength: created, maxLength: created }).map((subnetZones): VpcPlan => ({
          cidr,
          subnets: subnetZones.map((zoneId, i): SubnetPlan => ({ cidr: blocks[i] ?? cidr, zoneId })),
          spareCidrs: blocks.slice(created),
        }));
      },
    );
  });
}

/** Index of the first subnet in each AZ: the candidates for an NLB (one subnet per AZ). */
function firstSubnetPerZone(subnets: readonly SubnetPlan[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  subnets.forEach((s, i) => {
    if (!seen.has(s.zoneId)) out.push(i);
    seen.add(s.zoneId);
  });
  return out;
}

/** The principals a consumer acts as: its root and up to two IAM users or roles. */
function consumerPrincipals(accountId: string): fc.Arbitrary<string[]> {
  return fc
    .uniqueArray(principal({ accountIds: [accountId], kinds: ['user', 'role'], withPaths: false }), { maxLength: 2 })
    .map((others) => [principalArnOf('root', accountId), ...others]);
}

/**
 * A provider/consumer topology plan. Account AZ maps are drawn independently, so the
 * provider's and consumers' AZ names usually disagree; subnets are placed by AZ id. The
 * service has one or two NLBs (so some AZs have two candidates), and allowed consumers may
 * start with an endpoint. One plan in three sets a few quotas low (see `lowQuotas`).
 *
 * @example
 * fc.assert(fc.property(topologyPlan(), (plan) => {
 *   const { cloud, topology } = buildTopologyPlan(plan);
 *   expect(checkInvariants(cloud)).toEqual([]);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function topologyPlan(constraints: TopologyPlanConstraints = {}): fc.Arbitrary<TopologyPlan> {
  const regionNames = (constraints.regions ?? Object.keys(REGIONS)).filter((r) => findRegion(r) !== undefined);
  const minConsumers = Math.max(0, constraints.minConsumers ?? 1);
  const maxConsumers = Math.max(minConsumers, constraints.maxConsumers ?? 2);
  const maxSubnets = Math.max(1, constraints.maxSubnets ?? 3);
  const vary = constraints.varyTimings ?? true;
  const withEndpoints = constraints.withEndpoints ?? true;
  const lowQuotas = constraints.lowQuotas ?? 'sometimes';
  const acceptance = constraints.acceptance ?? 'either';
  return fc
    .record({
      region: fc.constantFrom(...(regionNames.length > 0 ? regionNames : ['us-east-1'])),
      ids: accountIds({ minLength: 1 + minConsumers, maxLength: 1 + maxConsumers }),
    })
    .chain(({ region, ids }) => {
      const [providerId = '', ...consumerIds] = ids;
      return fc.tuple(...ids.map(() => zoneMapping({ region }))).chain((maps) => {
        const zonesOf = (i: number) => maps[i] ?? [];
        const provider = vpcPlan(zonesOf(0), maxSubnets).chain((vpc) => {
          const nlb = fc.subarray(firstSubnetPerZone(vpc.subnets), { minLength: 1 }).map((subnets) => ({ subnets }));
          return fc.record({ vpc: fc.constant(vpc), loadBalancers: fc.array(nlb, { minLength: 1, maxLength: 2 }) });
        });
        const consumers = fc.tuple(
          ...consumerIds.map((accountId, i) =>
            fc.record({ accountId: fc.constant(accountId), vpc: vpcPlan(zonesOf(i + 1), maxSubnets), principals: consumerPrincipals(accountId) }),
          ),
        );
        return fc.record({
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          region: fc.constant(region),
          accounts: fc.constant(Object.fromEntries(ids.map((id, i) => [id, { zones: { [region]: zonesOf(i) } }]))),
          provider,
          consumers,
          acceptanceRequired:
            acceptance === 'either' ? fc.oneof({ arbitrary: fc.constant(false), weight: 2 }, { arbitrary: fc.constant(true), weight: 1 }) : fc.constant(acceptance === 'required'),
          grantAll: fc.boolean(),
          listenerPort: fc.constantFrom(80, 443, 8443),
          targetPort: fc.constantFrom(80, 8080, 9000),
          crossZone: fc.boolean(),
          proxyProtocol: fc.boolean(),
          // A third of the services' NLBs have a security group (enforced on PrivateLink traffic or not).
          loadBalancerSecurityGroup: fc.oneof(
            { weight: 2, arbitrary: fc.constant(undefined) },
            {
              weight: 1,
              arbitrary: fc
                .record({ enforcePrivateLink: fc.constantFrom('on' as const, 'off' as const), ingressCidr: fc.option(fc.constantFrom('10.0.0.0/8', '0.0.0.0/0', '192.168.0.0/16'), { nil: undefined }) })
                .map(({ enforcePrivateLink, ingressCidr }): LoadBalancerGroupPlan => (ingressCidr === undefined ? { enforcePrivateLink } : { enforcePrivateLink, ingressCidr })),
            },
          ),
          endpointProvisioningMs: vary ? fc.constantFrom(0, 0, 1_000) : fc.constant(0),
          endpointDeletionMs: vary ? fc.constantFrom(0, 0, 1_000) : fc.constant(0),
          portCapacity: vary ? fc.oneof(fc.constant(55_000), fc.integer({ min: 1, max: 3 })) : fc.constant(55_000),
        }).chain((r) => {
          const candidates = [...r.consumers.flatMap((c) => c.principals), '*'];
          const granted: fc.Arbitrary<string[]> = r.grantAll ? fc.constant(['*']) : fc.subarray(candidates);
          return granted.chain((allowedPrincipals) => {
            const offered = new Set(r.provider.loadBalancers.flatMap((lb) => lb.subnets.map((i) => r.provider.vpc.subnets[i]?.zoneId)));
            const endpoints = r.consumers.map((c) => {
              const allowed = allowedPrincipals.includes('*') || allowedPrincipals.includes(principalArnOf('root', c.accountId));
              const fitting = firstSubnetPerZone(c.vpc.subnets).filter((i) => offered.has(c.vpc.subnets[i]?.zoneId));
              return allowed && fitting.length > 0 && withEndpoints ? fc.option(fc.subarray(fitting, { minLength: 1 }), { nil: undefined, freq: 4 }) : fc.constant(undefined);
            });
            return fc.tuple(...endpoints).map((endpointSubnets): TopologyPlan => {
              const providerPlan: ProviderPlan = {
                accountId: providerId,
                vpc: r.provider.vpc,
                loadBalancers: r.provider.loadBalancers,
                acceptanceRequired: r.acceptanceRequired,
                allowedPrincipals,
                listenerPort: r.listenerPort,
                targetPort: r.targetPort,
                crossZone: r.crossZone,
                proxyProtocol: r.proxyProtocol,
                ...(r.loadBalancerSecurityGroup === undefined ? {} : { loadBalancerSecurityGroup: r.loadBalancerSecurityGroup }),
              };
              const consumerPlans: ConsumerPlan[] = r.consumers.map((c, i) => {
                const subnets = endpointSubnets[i];
                return subnets === undefined ? { ...c } : { ...c, endpointSubnets: subnets };
              });
              return {
                seed: r.seed,
                region: r.region,
                accounts: r.accounts,
                provider: providerPlan,
                consumers: consumerPlans,
                timing: { endpointProvisioningMs: r.endpointProvisioningMs, endpointDeletionMs: r.endpointDeletionMs },
                portCapacity: r.portCapacity,
              };
            });
          });
        });
      });
    })
    .chain((plan) => withLowQuotas(plan, lowQuotas));
}
