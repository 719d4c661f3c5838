/**
 * The shape of a provider/consumer topology plan: plain data a fuzzer generates
 * (`topologyPlan()`), prints when a run fails, and `realizeTopology` builds through the
 * public facades.
 *
 * @module
 */
import type { Quotas } from '../../quotas/model.js';
import type { AccountOptions } from '../../world/create-world.js';

/** One subnet of a planned VPC. */
export interface SubnetPlan {
  /** `CreateSubnet`'s `CidrBlock`, inside the VPC's block. */
  cidr: string;
  /** AZ id (never a name: names differ per account), one the account has. */
  zoneId: string;
}

/** A planned VPC. */
export interface VpcPlan {
  /** `CreateVpc`'s `CidrBlock`. */
  cidr: string;
  /** Subnets created with the topology. */
  subnets: SubnetPlan[];
  /** Further free blocks inside the VPC, for subnets a fuzzer creates later. */
  spareCidrs: string[];
}

/** One planned Network Load Balancer of the service. */
export interface LoadBalancerPlan {
  /** Indexes into the provider's `vpc.subnets`: one per AZ. The NLBs' AZs make the service's AZs. */
  subnets: number[];
}

/**
 * The provider side: a VPC, one or two internal NLBs (each with a listener and a target
 * group with one target per AZ), an endpoint service over all of them.
 */
export interface ProviderPlan {
  accountId: string;
  vpc: VpcPlan;
  /** The service's NLBs (at least one). */
  loadBalancers: LoadBalancerPlan[];
  /** The service's `AcceptanceRequired`. */
  acceptanceRequired: boolean;
  /** Principals granted at once (`ModifyVpcEndpointServicePermissions`). */
  allowedPrincipals: string[];
  /** The NLB listener's TCP port (what consumers connect to). */
  listenerPort: number;
  /** The target group's port. */
  targetPort: number;
  /** `load_balancing.cross_zone.enabled`. */
  crossZone: boolean;
  /** `proxy_protocol_v2.enabled` on the target group. */
  proxyProtocol: boolean;
  /**
   * A security group `plan-nlb` in the provider's VPC given to every NLB at creation, with
   * its PrivateLink enforcement (`SetSecurityGroups` sets `off`) and, when `ingressCidr` is
   * given, one inbound TCP rule on the listener port from it; absent: NLBs without groups.
   */
  loadBalancerSecurityGroup?: LoadBalancerGroupPlan;
}

/**
 * The provider NLBs' security group.
 *
 * @example
 * const guard: LoadBalancerGroupPlan = { enforcePrivateLink: 'on', ingressCidr: '10.0.0.0/8' };
 */
export interface LoadBalancerGroupPlan {
  /** `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic`. */
  enforcePrivateLink: 'on' | 'off';
  /** The source block of the group's one inbound rule; absent for no rule. */
  ingressCidr?: string;
}

/** A consumer account with a VPC. */
export interface ConsumerPlan {
  accountId: string;
  vpc: VpcPlan;
  /**
   * The IAM principals of this consumer account that calls may be made as (its root first,
   * then users and roles): identities the consumer acts as, not the service's allowed
   * principals (`provider.allowedPrincipals` grants some of them).
   */
  principals: string[];
  /**
   * Indexes into `vpc.subnets` for an interface endpoint created with the topology (as the
   * root principal); absent for none.
   */
  endpointSubnets?: number[];
}

/** Asynchronous steps that are not instant (everything else settles at once). */
export interface PlanTimings {
  /** Interface endpoint `pending` -> `available`. */
  endpointProvisioningMs: number;
  /** Interface endpoint `deleting` -> `deleted`. */
  endpointDeletionMs: number;
}

/**
 * A whole provider/consumer topology, as data.
 *
 * @example
 * const plan = fc.sample(topologyPlan(), 1)[0]!;
 * const { cloud, topology } = buildTopologyPlan(plan);
 */
export interface TopologyPlan {
  /** `createCloud`'s seed. */
  seed: number;
  /** The region everything lives in. */
  region: string;
  /** `createCloud`'s `accounts`: an explicit AZ mapping for every account of the plan. */
  accounts: Record<string, AccountOptions>;
  provider: ProviderPlan;
  consumers: ConsumerPlan[];
  timing: PlanTimings;
  /** Simultaneous connections per unique target (small values exercise port exhaustion). */
  portCapacity: number;
  /**
   * AWS quotas set low (just above what the topology creates) so a short run exhausts them;
   * a quota absent here has no limit (the plan never needs `Infinity`, which JSON lacks).
   * Absent: every quota unlimited.
   */
  quotas?: Partial<Quotas>;
}
