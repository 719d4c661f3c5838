/**
 * AWS quotas in the reference model: for each quota the fuzzer exhausts, what the model
 * counts against it (exactly what the cloud counts) and the error code past it. The one
 * place a command asks "would this create pass the quota?".
 *
 * @module
 */
import type { CloudErrorCode } from '../../core/errors.js';
import type { QuotaName } from '../../quotas/model.js';
import type { FuzzModel } from './fuzz-model.js';

/**
 * The quotas the reference model predicts exactly (a topology plan may set these low).
 *
 * @example
 * const quota: ModelledQuota = 'vpcsPerRegion';
 */
export type ModelledQuota = Extract<
  QuotaName,
  | 'vpcsPerRegion'
  | 'subnetsPerVpc'
  | 'securityGroupsPerRegion'
  | 'rulesPerSecurityGroup'
  | 'interfaceEndpointsPerVpc'
  | 'networkLoadBalancersPerRegion'
  | 'listenersPerNetworkLoadBalancer'
  | 'targetGroupsPerRegion'
  | 'targetsPerTargetGroup'
  | 'outstandingPeeringConnectionRequests'
  | 'activePeeringConnectionsPerVpc'
  | 'securityGroupsPerNetworkInterface'
>;

interface QuotaRule {
  /** The AWS error code of a create past the quota. */
  code: CloudErrorCode;
  /**
   * What the quota counts now. `scope` is what AWS counts it per: the account for the
   * per-Region quotas, else the VPC id, load balancer ARN, security group id or target group ARN.
   */
  usage: (model: Readonly<FuzzModel>, scope: string) => number;
}

const owned = (list: readonly { owner: string }[], account: string) => list.filter((x) => x.owner === account).length;

const RULES: { readonly [Q in ModelledQuota]: QuotaRule } = {
  vpcsPerRegion: { code: 'VpcLimitExceeded', usage: (m, account) => owned(m.vpcs, account) },
  subnetsPerVpc: { code: 'SubnetLimitExceeded', usage: (m, vpcId) => m.subnets.filter((s) => s.vpcId === vpcId).length },
  // Each VPC's `default` group counts, as on AWS.
  securityGroupsPerRegion: { code: 'SecurityGroupLimitExceeded', usage: (m, account) => owned(m.securityGroups, account) },
  // A `default` group starts with one inbound rule (its members); the model's `rules` lists
  // only the TCP rules commands add.
  rulesPerSecurityGroup: {
    code: 'RulesPerSecurityGroupLimitExceeded',
    usage: (m, groupId) => {
      const group = m.securityGroups.find((g) => g.id === groupId);
      return group === undefined ? 0 : group.rules.length + (group.isDefault ? 1 : 0);
    },
  },
  // Endpoints count until `deleted` (a `deleting` one still holds its place).
  interfaceEndpointsPerVpc: { code: 'VpcEndpointLimitExceeded', usage: (m, vpcId) => m.endpoints.filter((e) => e.vpcId === vpcId && e.state !== 'deleted').length },
  networkLoadBalancersPerRegion: { code: 'TooManyLoadBalancers', usage: (m, account) => owned(m.loadBalancers, account) },
  listenersPerNetworkLoadBalancer: { code: 'TooManyListeners', usage: (m, arn) => m.listeners.filter((l) => l.loadBalancerArn === arn).length },
  targetGroupsPerRegion: { code: 'TooManyTargetGroups', usage: (m, account) => owned(m.targetGroups, account) },
  targetsPerTargetGroup: { code: 'TooManyTargets', usage: (m, arn) => m.targetGroups.find((t) => t.arn === arn)?.targets.length ?? 0 },
  // Requests the account made that await an answer (a `failed` one no longer does).
  outstandingPeeringConnectionRequests: {
    code: 'OutstandingVpcPeeringConnectionLimitExceeded',
    usage: (m, account) => m.peerings.filter((p) => p.requesterOwner === account && p.status === 'pending-acceptance').length,
  },
  // Active connections of the VPC, on either side.
  activePeeringConnectionsPerVpc: {
    code: 'ActiveVpcPeeringConnectionPerVpcLimitExceeded',
    usage: (m, vpcId) => m.peerings.filter((p) => p.status === 'active' && (p.requesterVpcId === vpcId || p.accepterVpcId === vpcId)).length,
  },
  // An endpoint's groups are its network interfaces' groups.
  securityGroupsPerNetworkInterface: {
    code: 'SecurityGroupsPerInterfaceLimitExceeded',
    usage: (m, endpointId) => m.endpoints.find((e) => e.id === endpointId)?.groups.length ?? 0,
  },
};

/**
 * Every quota the model predicts, in a fixed order.
 *
 * @example
 * MODELLED_QUOTAS.includes('subnetsPerVpc'); // true
 */
export const MODELLED_QUOTAS: readonly ModelledQuota[] = Object.freeze(Object.keys(RULES) as ModelledQuota[]);

/**
 * The AWS error code of a create past `quota`.
 *
 * @example
 * quotaErrorCode('vpcsPerRegion'); // 'VpcLimitExceeded'
 */
export function quotaErrorCode(quota: ModelledQuota): CloudErrorCode {
  return RULES[quota].code;
}

/**
 * What `quota` counts now in `scope` (see {@link ModelledQuota}'s scopes: an account, a VPC
 * id, a load balancer ARN, a security group id, a target group ARN, an endpoint id).
 *
 * @example
 * quotaUsage(model, 'subnetsPerVpc', vpc.id); // 3
 */
export function quotaUsage(model: Readonly<FuzzModel>, quota: ModelledQuota, scope: string): number {
  return RULES[quota].usage(model, scope);
}

/**
 * The error code when adding `adding` more to `quota` in `scope` would pass the limit the
 * plan set, else `undefined` (a quota the plan leaves out has no limit).
 *
 * @example
 * const expected = quotaRefusal(model, 'vpcsPerRegion', account) ?? 'ok';
 */
export function quotaRefusal(model: Readonly<FuzzModel>, quota: ModelledQuota, scope: string, adding = 1): CloudErrorCode | undefined {
  const limit = model.quotas[quota] ?? Infinity;
  return quotaUsage(model, quota, scope) + adding > limit ? RULES[quota].code : undefined;
}
