/**
 * AWS Service Quotas the model enforces, as the World stores them, and the per-account
 * usage counters that make every quota check O(1). Each quota carries AWS's name, its
 * default and, where AWS publishes one, its Service Quotas code (`vpc/L-...`,
 * `elasticloadbalancing/L-...`). Quotas AWS counts per account and Region are counted per
 * account and Region; per-resource quotas are counted on the resource's own record.
 *
 * @module
 */

/**
 * The quotas a cloud enforces, each a count. Set them with `createCloud({ quotas })`: raise,
 * lower, or `Infinity` for no limit, as AWS Service Quotas lets an account do.
 *
 * @example
 * const quotas: Partial<Quotas> = { vpcsPerRegion: 100, interfaceEndpointsPerVpc: Infinity };
 */
export interface Quotas {
  /**
   * VPCs per Region (`vpc/L-F678F1CE`), default 5, per account. `CreateVpc` past it is
   * `VpcLimitExceeded`.
   */
  vpcsPerRegion: number;
  /** Subnets per VPC (`vpc/L-407747CB`), default 200. `CreateSubnet` past it is `SubnetLimitExceeded`. */
  subnetsPerVpc: number;
  /**
   * VPC security groups per Region (`vpc/L-E79EC296`), default 2,500, per account; each
   * VPC's `default` group counts. `CreateSecurityGroup` (and `CreateVpc`, which creates a
   * default group) past it is `SecurityGroupLimitExceeded`.
   */
  securityGroupsPerRegion: number;
  /**
   * Inbound or outbound rules per security group (`vpc/L-0EA8095F`), default 60, counted
   * for each direction separately. `AuthorizeSecurityGroupIngress` past it is
   * `RulesPerSecurityGroupLimitExceeded`. The model adds outbound rules only as AWS's
   * default egress rule of a new group (it has no `AuthorizeSecurityGroupEgress`).
   */
  rulesPerSecurityGroup: number;
  /**
   * Security groups per network interface (`vpc/L-2AFB9258`), default 5: an interface
   * endpoint's groups are its network interfaces' groups. `CreateVpcEndpoint` and
   * `ModifyVpcEndpoint` past it are `SecurityGroupsPerInterfaceLimitExceeded`.
   */
  securityGroupsPerNetworkInterface: number;
  /**
   * Interface and Gateway Load Balancer endpoints per VPC (`vpc/L-29B6F2EB`, "Interface VPC
   * endpoints per VPC"), default 50: endpoints not yet `deleted`. `CreateVpcEndpoint` past
   * it is `VpcEndpointLimitExceeded`.
   */
  interfaceEndpointsPerVpc: number;
  /**
   * Active VPC peering connections per VPC (`vpc/L-7E9ECCDB`), default 50 (AWS raises it
   * to 125 at most): connections `provisioning` or `active`. `AcceptVpcPeeringConnection`
   * past it, for either VPC, is `ActiveVpcPeeringConnectionPerVpcLimitExceeded`.
   */
  activePeeringConnectionsPerVpc: number;
  /**
   * Outstanding VPC peering connection requests (`vpc/L-DC9F7029`), default 25, per
   * requesting account: requests `initiating-request` or `pending-acceptance`.
   * `CreateVpcPeeringConnection` past it is `OutstandingVpcPeeringConnectionLimitExceeded`.
   */
  outstandingPeeringConnectionRequests: number;
  /**
   * Network Load Balancers per Region (`elasticloadbalancing/L-69A177A2`), default 50, per
   * account. `CreateLoadBalancer` past it is `TooManyLoadBalancers`.
   */
  networkLoadBalancersPerRegion: number;
  /**
   * Listeners per Network Load Balancer, default 50 (not adjustable on AWS, no Service
   * Quotas code). `CreateListener` past it is `TooManyListeners`.
   */
  listenersPerNetworkLoadBalancer: number;
  /**
   * Target Groups per Region (`elasticloadbalancing/L-B22855CB`), default 3,000, per
   * account. `CreateTargetGroup` past it is `TooManyTargetGroups`.
   */
  targetGroupsPerRegion: number;
  /**
   * Targets per Target Group per Region (`elasticloadbalancing/L-A0D0B863`), default 1,000
   * (instances or IP addresses). `RegisterTargets` past it is `TooManyTargets`.
   */
  targetsPerTargetGroup: number;
}

/** The name of a quota (a key of {@link Quotas}). */
export type QuotaName = keyof Quotas;

/**
 * The quotas in force, as the World stores them: every quota, a non-negative integer, or
 * `null` for no limit (`Infinity` is not JSON).
 *
 * @example
 * const stored: QuotaSettings = { ...DEFAULT_QUOTAS, vpcsPerRegion: null };
 */
export type QuotaSettings = { [K in QuotaName]: number | null };

/**
 * What one account holds in one Region, for the quotas AWS counts per account and Region.
 * Each count equals the number of such resources the account owns in the Region; commands
 * update it when they create or delete one, so no check ever scans.
 *
 * @example
 * const usage: AccountUsage = { vpcs: 1, securityGroups: 1, loadBalancers: 0, targetGroups: 0, outstandingPeeringRequests: 0 };
 */
export interface AccountUsage {
  /** VPCs the account owns in the Region. */
  vpcs: number;
  /** Security groups the account owns in the Region, default groups included. */
  securityGroups: number;
  /** Network Load Balancers the account owns in the Region. */
  loadBalancers: number;
  /** Target groups the account owns in the Region. */
  targetGroups: number;
  /** Peering connections the account requested that are `initiating-request` or `pending-acceptance`. */
  outstandingPeeringRequests: number;
}
