/**
 * Invalid counterparts of {@link topologyPlan}: a valid plan with exactly one defect, and the
 * AWS error code building it must fail with (`createTopologyCloud` for account and region
 * defects, `realizeTopology` for the rest). For negative tests of tools that provision
 * PrivateLink: the defect must surface as that error, never as a half-built topology.
 *
 * @module
 */
import fc from 'fast-check';
import { findRegion, REGIONS } from '../../geo/regions.js';
import { formatIpv4, parseCidr } from '../../network/cidr.js';
import type { ConsumerPlan, TopologyPlan } from '../topology/plan.js';
import { malformedPrincipal } from './malformed-principal.js';
import { nearMissAccountId } from './near-miss-account-id.js';
import { topologyPlan, type TopologyPlanConstraints } from './topology.js';
import { wrongRegion } from './wrong-region.js';

/**
 * The error code each defect is refused with.
 *
 * @example
 * TOPOLOGY_DEFECT_CODES.overlappingSubnets; // 'InvalidSubnet.Conflict'
 */
export const TOPOLOGY_DEFECT_CODES = {
  vpcBlockTooLarge: 'InvalidVpc.Range',
  vpcBlockTooSmall: 'InvalidVpc.Range',
  subnetOutsideVpc: 'InvalidSubnet.Range',
  overlappingSubnets: 'InvalidSubnet.Conflict',
  loadBalancerSubnetsInOneZone: 'InvalidConfigurationRequest',
  bareAccountIdPrincipal: 'InvalidPrincipal',
  malformedPrincipal: 'InvalidPrincipal',
  zoneOfAnotherRegion: 'InvalidParameterValue',
  nearMissAccountId: 'UnknownAccount',
  wrongRegion: 'InvalidParameterValue',
  consumerNotAllowed: 'InvalidServiceName',
  endpointInZoneServiceLacks: 'InvalidParameter',
  endpointSubnetsInOneZone: 'DuplicateSubnetsInSameZone',
} as const;

/** A kind of defect (key of {@link TOPOLOGY_DEFECT_CODES}). */
export type TopologyDefect = keyof typeof TOPOLOGY_DEFECT_CODES;

/** A plan with one defect and the code it is refused with. */
export interface DefectiveTopologyPlan {
  plan: TopologyPlan;
  defect: TopologyDefect;
  expectedCode: (typeof TOPOLOGY_DEFECT_CODES)[TopologyDefect];
}

/**
 * Options of {@link defectiveTopologyPlan} (its plans never set quotas low: a limit could
 * refuse the defect's extra subnet before the defect shows).
 *
 * @remarks Since 0.1.0
 */
export interface DefectiveTopologyPlanConstraints extends Omit<TopologyPlanConstraints, 'lowQuotas'> {
  /**
   * The defects produced (a defect a plan cannot carry is skipped for that plan).
   * @defaultValue every defect
   */
  defects?: readonly TopologyDefect[];
}

const clone = (plan: TopologyPlan): TopologyPlan => structuredClone(plan);
const zonesOf = (plan: TopologyPlan, account: string) => plan.accounts[account]?.zones?.[plan.region] ?? [];
const serviceZones = (plan: TopologyPlan) => new Set(plan.provider.loadBalancers.flatMap((lb) => lb.subnets.map((i) => plan.provider.vpc.subnets[i]?.zoneId)));

/** Gives the first consumer a new subnet in `zoneId` (from its spare blocks); its index, or -1. */
function addConsumerSubnet(consumer: ConsumerPlan, zoneId: string): number {
  const cidr = consumer.vpc.spareCidrs.shift();
  if (cidr === undefined) return -1;
  consumer.vpc.subnets.push({ cidr, zoneId });
  return consumer.vpc.subnets.length - 1;
}

/** Applies `defect` to a copy of `plan`, or answers `undefined` when the plan cannot carry it. */
function spoil(source: TopologyPlan, defect: TopologyDefect, extra: { principal: string; account: string; region: string }): TopologyPlan | undefined {
  const plan = clone(source);
  const p = plan.provider;
  const vpc = parseCidr(p.vpc.cidr);
  const consumer = plan.consumers[0];
  const grantConsumer = () => {
    if (consumer !== undefined) p.allowedPrincipals = [`arn:aws:iam::${consumer.accountId}:root`];
  };
  switch (defect) {
    case 'vpcBlockTooLarge':
      if (vpc === undefined || vpc.prefix < 16) return undefined;
      p.vpc.cidr = `${formatIpv4(vpc.base - (vpc.base % 2 ** 17))}/15`;
      return plan;
    case 'vpcBlockTooSmall':
      if (vpc === undefined) return undefined;
      p.vpc.cidr = `${formatIpv4(vpc.base)}/29`;
      return plan;
    case 'subnetOutsideVpc': {
      const first = p.vpc.subnets[0];
      if (first === undefined) return undefined;
      first.cidr = p.vpc.cidr.startsWith('10.') ? '192.168.255.0/28' : '10.255.255.0/28';
      return plan;
    }
    case 'overlappingSubnets': {
      const first = p.vpc.subnets[0];
      if (first === undefined) return undefined;
      p.vpc.subnets.push({ ...first });
      return plan;
    }
    case 'loadBalancerSubnetsInOneZone': {
      const first = p.loadBalancers[0];
      const anchor = p.vpc.subnets[first?.subnets[0] ?? -1];
      const cidr = p.vpc.spareCidrs.shift();
      if (first === undefined || anchor === undefined || cidr === undefined) return undefined;
      p.vpc.subnets.push({ cidr, zoneId: anchor.zoneId });
      first.subnets.push(p.vpc.subnets.length - 1);
      return plan;
    }
    case 'bareAccountIdPrincipal':
      p.allowedPrincipals = [consumer?.accountId ?? p.accountId];
      return plan;
    case 'malformedPrincipal':
      p.allowedPrincipals = [extra.principal];
      return plan;
    case 'zoneOfAnotherRegion': {
      const foreign = Object.values(REGIONS).find((r) => r.name !== plan.region)?.zoneIds[0];
      const zones = plan.accounts[p.accountId]?.zones;
      if (foreign === undefined || zones === undefined) return undefined;
      zones[plan.region] = [...(zones[plan.region] ?? []), foreign];
      return plan;
    }
    case 'nearMissAccountId': {
      const owner = consumer ?? p;
      const options = plan.accounts[owner.accountId];
      if (options === undefined) return undefined;
      delete plan.accounts[owner.accountId];
      plan.accounts[extra.account] = options;
      owner.accountId = extra.account;
      return plan;
    }
    case 'wrongRegion': {
      const zones = plan.accounts[p.accountId]?.zones;
      if (zones === undefined || findRegion(extra.region) !== undefined) return undefined;
      zones[extra.region] = zones[plan.region] ?? [];
      return plan;
    }
    case 'consumerNotAllowed':
      if (consumer === undefined) return undefined;
      p.allowedPrincipals = [];
      consumer.endpointSubnets = [0];
      return plan;
    case 'endpointInZoneServiceLacks': {
      const offered = serviceZones(plan);
      const lacking = consumer === undefined ? undefined : zonesOf(plan, consumer.accountId).find((z) => !offered.has(z));
      if (consumer === undefined || lacking === undefined) return undefined;
      const index = addConsumerSubnet(consumer, lacking);
      if (index < 0) return undefined;
      grantConsumer();
      consumer.endpointSubnets = [index];
      return plan;
    }
    case 'endpointSubnetsInOneZone': {
      const offered = serviceZones(plan);
      const common = consumer === undefined ? undefined : zonesOf(plan, consumer.accountId).find((z) => offered.has(z));
      if (consumer === undefined || common === undefined) return undefined;
      const a = addConsumerSubnet(consumer, common);
      const b = addConsumerSubnet(consumer, common);
      if (a < 0 || b < 0) return undefined;
      grantConsumer();
      consumer.endpointSubnets = [a, b];
      return plan;
    }
  }
}

/**
 * A topology plan with exactly one defect, and the error code building it fails with.
 *
 * @example
 * fc.assert(fc.property(defectiveTopologyPlan(), ({ plan, expectedCode }) => {
 *   expect(cloudErrorOf(() => buildTopologyPlan(plan)).code).toBe(expectedCode);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function defectiveTopologyPlan(constraints: DefectiveTopologyPlanConstraints = {}): fc.Arbitrary<DefectiveTopologyPlan> {
  const wanted = constraints.defects !== undefined && constraints.defects.length > 0 ? constraints.defects : (Object.keys(TOPOLOGY_DEFECT_CODES) as TopologyDefect[]);
  const extra = fc.record({ principal: malformedPrincipal(), account: nearMissAccountId(), region: wrongRegion() });
  return fc.tuple(topologyPlan({ ...constraints, lowQuotas: 'never' }), extra, fc.shuffledSubarray([...wanted], { minLength: wanted.length, maxLength: wanted.length })).map(([valid, more, order]) => {
    for (const defect of order) {
      const plan = spoil(valid, defect, more);
      if (plan !== undefined) return { plan, defect, expectedCode: TOPOLOGY_DEFECT_CODES[defect] };
    }
    const fallback = spoil(valid, 'vpcBlockTooSmall', more) ?? valid;
    return { plan: fallback, defect: 'vpcBlockTooSmall' as const, expectedCode: TOPOLOGY_DEFECT_CODES.vpcBlockTooSmall };
  });
}
