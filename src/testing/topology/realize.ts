/**
 * Building a {@link TopologyPlan} through the public facades, exactly as a user's code would:
 * VPCs and subnets, the provider's NLBs each with a listener and one target per AZ, the
 * endpoint service and its permissions, and (when planned) consumer endpoints.
 *
 * @module
 */
import { createCloud, type Cloud } from '../../cloud.js';
import { UNLIMITED_QUOTAS } from '../../quotas/defaults.js';
import { formatIpv4, parseCidr } from '../../network/cidr.js';
import type { World } from '../../world/world.js';
import { firstOf, present } from '../_internals/first.js';
import type { ConsumerPlan, LoadBalancerPlan, TopologyPlan, VpcPlan } from './plan.js';

/** A realized VPC: its ids, in plan order. */
export interface RealizedVpc {
  vpcId: string;
  /** Subnet ids in the order of the plan's `subnets`. */
  subnetIds: string[];
  defaultSecurityGroupId: string;
}

/** A registered target of the provider's target group. */
export interface RealizedTarget {
  ip: string;
  port: number;
  zoneId: string;
}

/** A realized NLB of the service with its target group and listener. */
export interface RealizedLoadBalancer {
  loadBalancerArn: string;
  targetGroupArn: string;
  listenerArn: string;
  targets: RealizedTarget[];
}

/** What {@link realizeTopology} built. */
export interface RealizedTopology {
  plan: TopologyPlan;
  provider: RealizedVpc & {
    accountId: string;
    /** The service's NLBs, in plan order. */
    loadBalancers: RealizedLoadBalancer[];
    serviceId: string;
    serviceName: string;
    /** The NLBs' security group, when the plan gives them one. */
    loadBalancerSecurityGroupId?: string;
  };
  consumers: (RealizedVpc & { accountId: string; principals: string[]; endpointId?: string })[];
}

/**
 * A cloud configured as the plan says (seed, AZ maps, timings, port capacity, the quotas it
 * sets low), still empty; or, given `from` (a world of a cloud this made), a fresh cloud
 * restored from that world (the world holds every option but the port capacity, which comes
 * from the plan as for a new one).
 *
 * @example
 * const cloud = createTopologyCloud(plan);
 * realizeTopology(cloud, plan);
 * const twin = createTopologyCloud(plan, cloud.world); // the same world, its own future
 */
export function createTopologyCloud(plan: TopologyPlan, from?: World): Cloud {
  return createCloud({
    ...(from === undefined ? {} : { from }),
    seed: plan.seed,
    accounts: plan.accounts,
    timing: { ...plan.timing },
    portCapacity: plan.portCapacity,
    // Long campaigns can pass AWS's defaults (VPCs per Region first): a quota the plan does
    // not set low has no limit, so exhaustion happens where the plan (and the model) expect it.
    quotas: { ...UNLIMITED_QUOTAS, ...plan.quotas },
  });
}

/**
 * A host address inside a subnet block: its 10th address, or the last usable one of a tiny block.
 *
 * @example
 * hostIn('10.0.1.0/24'); // '10.0.1.10'
 */
export function hostIn(cidr: string, offset = 10): string {
  const block = parseCidr(cidr);
  if (block === undefined) return cidr;
  return formatIpv4(block.base + Math.min(offset, block.size - 2));
}

function realizeVpc(cloud: Cloud, accountId: string, region: string, plan: VpcPlan): RealizedVpc {
  const ec2 = cloud.ec2({ accountId, region });
  const vpcId = present(ec2.createVpc({ CidrBlock: plan.cidr }).Vpc.VpcId, 'Vpc.VpcId');
  const subnetIds = plan.subnets.map((s) =>
    present(ec2.createSubnet({ VpcId: vpcId, CidrBlock: s.cidr, AvailabilityZoneId: s.zoneId }).Subnet.SubnetId, 'Subnet.SubnetId'),
  );
  const groups = ec2.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'group-name', Values: ['default'] }] });
  const defaultSecurityGroupId = present(firstOf(groups.SecurityGroups, 'the default security group').GroupId, 'GroupId');
  return { vpcId, subnetIds, defaultSecurityGroupId };
}

function realizeConsumer(cloud: Cloud, plan: TopologyPlan, consumer: ConsumerPlan, serviceName: string): RealizedTopology['consumers'][number] {
  const vpc = realizeVpc(cloud, consumer.accountId, plan.region, consumer.vpc);
  const out: RealizedTopology['consumers'][number] = { ...vpc, accountId: consumer.accountId, principals: [...consumer.principals] };
  if (consumer.endpointSubnets !== undefined) {
    const { VpcEndpoint } = cloud.ec2({ accountId: consumer.accountId, region: plan.region }).createVpcEndpoint({
      VpcEndpointType: 'Interface',
      VpcId: vpc.vpcId,
      ServiceName: serviceName,
      SubnetIds: consumer.endpointSubnets.map((i) => vpc.subnetIds[i] ?? `subnet-${i}`),
      PrivateDnsEnabled: false,
    });
    out.endpointId = present(VpcEndpoint.VpcEndpointId, 'VpcEndpoint.VpcEndpointId');
  }
  return out;
}

/**
 * Builds `plan` in `cloud` through the facades and returns every id. Any `CloudError` a call
 * raises propagates unchanged (that is how a defective plan reports its defect).
 *
 * @example
 * const cloud = createTopologyCloud(plan);
 * const topology = realizeTopology(cloud, plan);
 * cloud.ec2({ accountId: topology.consumers[0]!.accountId, region: plan.region }).describeVpcEndpointServices();
 */
export function realizeTopology(cloud: Cloud, plan: TopologyPlan): RealizedTopology {
  const p = plan.provider;
  const identity = { accountId: p.accountId, region: plan.region };
  const vpc = realizeVpc(cloud, p.accountId, plan.region, p.vpc);
  const ec2 = cloud.ec2(identity);
  const groupId = realizeLoadBalancerGroup(cloud, plan, vpc);
  const loadBalancers = p.loadBalancers.map((lb, i) => realizeLoadBalancer(cloud, plan, vpc, lb, String.fromCharCode(97 + i), groupId));
  const { ServiceConfiguration } = ec2.createVpcEndpointServiceConfiguration({
    NetworkLoadBalancerArns: loadBalancers.map((lb) => lb.loadBalancerArn),
    AcceptanceRequired: p.acceptanceRequired,
  });
  const serviceId = ServiceConfiguration.ServiceId;
  if (p.allowedPrincipals.length > 0) ec2.modifyVpcEndpointServicePermissions({ ServiceId: serviceId, AddAllowedPrincipals: p.allowedPrincipals });
  return {
    plan,
    provider: {
      ...vpc,
      accountId: p.accountId,
      loadBalancers,
      serviceId,
      serviceName: ServiceConfiguration.ServiceName,
      ...(groupId === undefined ? {} : { loadBalancerSecurityGroupId: groupId }),
    },
    consumers: plan.consumers.map((c) => realizeConsumer(cloud, plan, c, ServiceConfiguration.ServiceName)),
  };
}

/** The NLBs' planned security group with its rule, or `undefined` when the plan has none. */
function realizeLoadBalancerGroup(cloud: Cloud, plan: TopologyPlan, vpc: RealizedVpc): string | undefined {
  const guard = plan.provider.loadBalancerSecurityGroup;
  if (guard === undefined) return undefined;
  const ec2 = cloud.ec2({ accountId: plan.provider.accountId, region: plan.region });
  const groupId = present(ec2.createSecurityGroup({ VpcId: vpc.vpcId, GroupName: 'plan-nlb', Description: 'the service NLBs' }).GroupId, 'GroupId');
  if (guard.ingressCidr !== undefined) {
    const port = plan.provider.listenerPort;
    ec2.authorizeSecurityGroupIngress({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: guard.ingressCidr }] }] });
  }
  return groupId;
}

/** One planned NLB: the load balancer, a target group with one target per AZ, a TCP listener. */
function realizeLoadBalancer(cloud: Cloud, plan: TopologyPlan, vpc: RealizedVpc, lbPlan: LoadBalancerPlan, letter: string, groupId: string | undefined): RealizedLoadBalancer {
  const p = plan.provider;
  const elb = cloud.elbv2({ accountId: p.accountId, region: plan.region });
  const subnets = lbPlan.subnets.map((i) => vpc.subnetIds[i] ?? `subnet-${i}`);
  const groups = groupId === undefined ? {} : { SecurityGroups: [groupId] };
  const lb = firstOf(elb.createLoadBalancer({ Name: `plan-nlb-${letter}`, Type: 'network', Scheme: 'internal', Subnets: subnets, ...groups }).LoadBalancers, 'a load balancer');
  const loadBalancerArn = present(lb.LoadBalancerArn, 'LoadBalancerArn');
  if (groupId !== undefined && p.loadBalancerSecurityGroup?.enforcePrivateLink === 'off') {
    elb.setSecurityGroups({ LoadBalancerArn: loadBalancerArn, SecurityGroups: [groupId], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' });
  }
  const tg = firstOf(
    elb.createTargetGroup({ Name: `plan-targets-${letter}`, Protocol: 'TCP', Port: p.targetPort, VpcId: vpc.vpcId, TargetType: 'ip' }).TargetGroups,
    'a target group',
  );
  const targetGroupArn = present(tg.TargetGroupArn, 'TargetGroupArn');
  const targets = lbPlan.subnets.map((i): RealizedTarget => {
    const subnet = p.vpc.subnets[i];
    return { ip: hostIn(subnet?.cidr ?? ''), port: p.targetPort, zoneId: subnet?.zoneId ?? '' };
  });
  elb.registerTargets({ TargetGroupArn: targetGroupArn, Targets: targets.map((t) => ({ Id: t.ip, Port: t.port })) });
  if (p.proxyProtocol) {
    elb.modifyTargetGroupAttributes({ TargetGroupArn: targetGroupArn, Attributes: [{ Key: 'proxy_protocol_v2.enabled', Value: 'true' }] });
  }
  if (p.crossZone) {
    elb.modifyLoadBalancerAttributes({ LoadBalancerArn: loadBalancerArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] });
  }
  const listener = firstOf(
    elb.createListener({ LoadBalancerArn: loadBalancerArn, Protocol: 'TCP', Port: p.listenerPort, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] }).Listeners,
    'a listener',
  );
  return { loadBalancerArn, targetGroupArn, listenerArn: present(listener.ListenerArn, 'ListenerArn'), targets };
}

/**
 * A new cloud with `plan` built in it.
 *
 * @example
 * fc.assert(fc.property(topologyPlan(), (plan) => {
 *   const { cloud, topology } = buildTopologyPlan(plan);
 *   assertInvariants(cloud);
 * }));
 */
export function buildTopologyPlan(plan: TopologyPlan): { cloud: Cloud; topology: RealizedTopology } {
  const cloud = createTopologyCloud(plan);
  return { cloud, topology: realizeTopology(cloud, plan) };
}
