/**
 * The reference model of model-based fuzzing: a small, plain record of what the commands
 * created and what state each thing should be in, kept apart from the cloud's World. Each
 * command predicts its outcome from it, checks the cloud's answer against the prediction,
 * and updates it.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import type { World } from '../../world/world.js';
import type { VpcEndpointState } from '../../endpoints/model.js';
import type { Quotas } from '../../quotas/model.js';
import type { CloudHistory } from '../invariants/history.js';
import type { RealizedTopology } from '../topology/realize.js';
import type { Coverage } from './coverage.js';
import type { FullCheckSchedule } from './full-checks.js';

/** A VPC as the model knows it. */
export interface ModelVpc {
  id: string;
  owner: string;
  cidr: string;
  defaultSecurityGroupId: string;
  dnsSupport: boolean;
  dnsHostnames: boolean;
  /** Free subnet blocks inside it that a command may use. */
  spareCidrs: string[];
}

/** A subnet. */
export interface ModelSubnet {
  id: string;
  owner: string;
  vpcId: string;
  cidr: string;
  zoneId: string;
}

/** A security group and its TCP ingress rules (`<port> <cidr>`). */
export interface ModelSecurityGroup {
  id: string;
  owner: string;
  vpcId: string;
  name: string;
  isDefault: boolean;
  rules: string[];
}

/** A Network Load Balancer. */
export interface ModelLoadBalancer {
  arn: string;
  owner: string;
  vpcId: string;
  /** Node subnets, one per AZ. */
  subnetIds: string[];
  zoneIds: string[];
  crossZone: boolean;
  /** Its security groups (none when created without: then it never gets any). */
  securityGroups: string[];
  /** `EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic` (meaningful with groups only). */
  enforcePrivateLink: 'on' | 'off';
  /** The live service using it, if any. */
  serviceId?: string;
}

/** A registered target. */
export interface ModelTarget {
  ip: string;
  port: number;
  zoneId: string;
  healthy: boolean;
}

/** A target group. */
export interface ModelTargetGroup {
  arn: string;
  owner: string;
  vpcId: string;
  port: number;
  proxyProtocol: boolean;
  targets: ModelTarget[];
}

/** A listener. */
export interface ModelListener {
  arn: string;
  owner: string;
  loadBalancerArn: string;
  port: number;
  targetGroupArn: string;
}

/** A private DNS name of a service, with its TXT challenge. */
export interface ModelPrivateDns {
  name: string;
  txtName: string;
  txtValue: string;
  state: 'pendingVerification' | 'verified' | 'failed';
}

/** An endpoint service. */
export interface ModelService {
  id: string;
  name: string;
  owner: string;
  acceptanceRequired: boolean;
  principals: string[];
  loadBalancerArns: string[];
  privateDns?: ModelPrivateDns;
}

/** One AZ of an endpoint: its subnet and the NLB it is wired to there. */
export interface ModelEndpointZone {
  zoneId: string;
  subnetId: string;
  /**
   * The service NLB the endpoint uses in this AZ: a seeded choice among the service's NLBs
   * with a node there, observed from the world (and checked to be one of them); `''` for an
   * endpoint to an AWS service.
   */
  loadBalancerArn: string;
}

/** An interface endpoint. */
export interface ModelEndpoint {
  id: string;
  owner: string;
  requester: string;
  vpcId: string;
  serviceId: string;
  state: VpcEndpointState;
  zones: ModelEndpointZone[];
  groups: string[];
  privateDnsEnabled: boolean;
  /** Its regional DNS name (`<id>-<suffix>.<service id>.<region>.vpce.amazonaws.com`). */
  regionalDnsName: string;
  /**
   * For an endpoint to an AWS service (`com.amazonaws.<region>.ec2`...): that service's
   * name. Such an endpoint has no NLB (its zones' `loadBalancerArn` is `''`), is never
   * pending acceptance, and the commands about a customer's service leave it alone.
   */
  awsService?: string;
  /** When a `pending` endpoint becomes `available`, or a `deleting` one `deleted`. */
  dueAt?: number;
}

/** An open connection. */
export interface ModelConnection {
  id: number;
  endpointId: string;
  serviceId: string;
  zoneId: string;
  loadBalancerArn: string;
  targetGroupArn: string;
  target: { ip: string; port: number; zoneId: string };
  /** Allocator key: (load balancer, AZ of the node, target ip, target port). */
  portKey: string;
  /** The peering connection or on-premises network it came through, if any. */
  via?: string;
}

/** A VPC peering connection. */
export interface ModelPeering {
  id: string;
  requesterVpcId: string;
  accepterVpcId: string;
  requesterOwner: string;
  accepterOwner: string;
  status: string;
}

/** An on-premises network attached to a VPC. */
export interface ModelOnPremises {
  id: string;
  owner: string;
  vpcId: string;
  cidr: string;
}

/** A connection notification. */
export interface ModelNotification {
  id: string;
  owner: string;
  /** The service or endpoint id it watches. */
  target: string;
}

/** One recorded call, replayable on another cloud (determinism check). */
export type JournalEntry = (cloud: Cloud) => unknown;

/**
 * The reference state of one model-based run.
 *
 * @example
 * fc.modelRun(fuzzSetup(plan), commands); // the setup builds the topology and this model
 */
export interface FuzzModel {
  readonly topology: RealizedTopology;
  readonly region: string;
  /** Every account of the plan, the provider first. */
  readonly accounts: readonly string[];
  /** Principal ARNs the accounts act as (roots, users, roles). */
  readonly principals: readonly string[];
  vpcs: ModelVpc[];
  subnets: ModelSubnet[];
  securityGroups: ModelSecurityGroup[];
  loadBalancers: ModelLoadBalancer[];
  targetGroups: ModelTargetGroup[];
  listeners: ModelListener[];
  services: ModelService[];
  endpoints: ModelEndpoint[];
  connections: ModelConnection[];
  peerings: ModelPeering[];
  onPremises: ModelOnPremises[];
  notifications: ModelNotification[];
  /** AZ ids failed by `cloud.faults.failAvailabilityZone`. */
  failedZones: Set<string>;
  /** Principals denied `ec2:CreateVpcEndpoint` by an identity policy. */
  deniedPrincipals: Set<string>;
  /** Per allocator key, when its released ports become reusable (held ports are the open connections). */
  coolingPorts: Map<string, number[]>;
  /** ELBv2 tags by resource ARN (load balancers, target groups, listeners). */
  elbTags: Map<string, Map<string, string>>;
  /** EC2 tags by resource id (`CreateTags` / `DeleteTags`; resources start untagged in a run). */
  ec2Tags: Map<string, Map<string, string>>;
  /** TXT records published in the model's public DNS (`name\tvalue`). */
  publishedTxt: Set<string>;
  /** Simulated time (mirrors `cloud.clock.now()`). */
  now: number;
  readonly portCapacity: number;
  readonly portCooldownMs: number;
  /** The quotas the plan set low (absent: no limit); see `quota-rules.ts`. */
  readonly quotas: Readonly<Partial<Quotas>>;
  /** Counter for unique names. */
  sequence: number;
  readonly coverage: Coverage;
  readonly history: CloudHistory;
  /** Every call made, replayable on a fresh cloud built from the same plan. */
  readonly journal: JournalEntry[];
  /**
   * Which commands check every invariant in full; the others check the API-level ones (3, 9,
   * 10) on what they changed. Shared by the runs of a campaign.
   */
  readonly fullChecks: FullCheckSchedule;
  /**
   * The world the run started from: the realized topology, as `createFuzzModel` found it.
   * The determinism replay starts a fresh cloud from it rather than realizing the plan again.
   */
  readonly startWorld: World;
  /** The world the invariants were last checked on: the next check covers what changed since. */
  checkedWorld: World;
  /** Commands run so far. */
  commandsRun: number;
}
