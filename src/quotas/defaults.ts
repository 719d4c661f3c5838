/**
 * AWS's default value of every enforced quota (see {@link Quotas} for each one's AWS name
 * and Service Quotas code), and the all-unlimited set for worlds larger than a fresh
 * account allows (benchmarks, big fuzz worlds).
 *
 * @module
 */
import type { QuotaName, Quotas } from './model.js';

/**
 * AWS's defaults, as a fresh account has them.
 *
 * @example
 * DEFAULT_QUOTAS.vpcsPerRegion; // 5
 */
export const DEFAULT_QUOTAS: Readonly<Quotas> = Object.freeze({
  vpcsPerRegion: 5,
  subnetsPerVpc: 200,
  securityGroupsPerRegion: 2_500,
  rulesPerSecurityGroup: 60,
  securityGroupsPerNetworkInterface: 5,
  interfaceEndpointsPerVpc: 50,
  activePeeringConnectionsPerVpc: 50,
  outstandingPeeringConnectionRequests: 25,
  networkLoadBalancersPerRegion: 50,
  listenersPerNetworkLoadBalancer: 50,
  targetGroupsPerRegion: 3_000,
  targetsPerTargetGroup: 1_000,
});

/**
 * Every quota's name, in a fixed order.
 *
 * @example
 * QUOTA_NAMES.includes('subnetsPerVpc'); // true
 */
export const QUOTA_NAMES: readonly QuotaName[] = Object.freeze(Object.keys(DEFAULT_QUOTAS) as QuotaName[]);

/**
 * Every quota set to `Infinity`: a model without AWS's limits, for worlds far larger than
 * an account may hold.
 *
 * @example
 * const cloud = createCloud({ quotas: UNLIMITED_QUOTAS });
 */
export const UNLIMITED_QUOTAS: Readonly<Quotas> = Object.freeze(everyQuota(Infinity));

function everyQuota(value: number): Quotas {
  const quotas = { ...DEFAULT_QUOTAS };
  for (const name of QUOTA_NAMES) quotas[name] = value;
  return quotas;
}
