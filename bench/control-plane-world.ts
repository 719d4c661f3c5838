/**
 * The worlds the control-plane benchmark measures in: a mixed region where a provider runs
 * VPCs, subnets, security groups, NLBs with target groups, listeners and targets, and
 * endpoint services, and a consumer connects interface endpoints to them. `buildWorld(n)`
 * grows it in units until it holds about `n` resources (rows of the region's tables), so
 * 1,000 and 100,000 are the same world at two sizes.
 *
 * @module
 */
import { rowCount } from '../src/core/table.js';
import { createCloud, UNLIMITED_QUOTAS, type Cloud } from '../src/index.js';
import { regionOf } from '../src/world/world.js';

export const REGION = 'us-east-1';
export const PROVIDER = { accountId: '111111111111', region: REGION };
export const CONSUMER = { accountId: '222222222222', region: REGION };
const ZONES = {
  [PROVIDER.accountId]: { zones: { [REGION]: ['use1-az1', 'use1-az2'] } },
  [CONSUMER.accountId]: { zones: { [REGION]: ['use1-az2', 'use1-az1'] } },
};

/** What one unit of the world made, for the benchmark to pick existing resources from. */
export interface Unit {
  /** The second octet of its VPCs' 10.x.0.0/16 blocks. */
  octet: number;
  providerVpcId: string;
  subnetIds: string[];
  groupIds: string[];
  loadBalancerArn: string;
  targetGroupArn: string;
  serviceId: string;
  serviceName: string;
  consumerVpcId: string;
  consumerSubnetId: string;
  endpointIds: string[];
}

/** A built world. */
export interface BuiltWorld {
  cloud: Cloud;
  units: Unit[];
  /** Rows in the region's tables, ENIs and targets included. */
  resources: number;
  buildMs: number;
}

/** Endpoints per unit: most of a PrivateLink region's resources are endpoints and their ENIs. */
const ENDPOINTS_PER_UNIT = 8;

function buildUnit(cloud: Cloud, n: number): Unit {
  const p = cloud.ec2(PROVIDER);
  const elb = cloud.elbv2(PROVIDER);
  const c = cloud.ec2(CONSUMER);
  const octet = n % 250;
  const providerVpcId = p.createVpc({ CidrBlock: `10.${octet}.0.0/16` }).Vpc.VpcId ?? '';
  const subnetIds = [0, 1].map(
    (i) => p.createSubnet({ VpcId: providerVpcId, CidrBlock: `10.${octet}.${i}.0/24`, AvailabilityZoneId: i === 0 ? 'use1-az1' : 'use1-az2' }).Subnet.SubnetId ?? '',
  );
  const groupIds = [0, 1].map((i) => p.createSecurityGroup({ VpcId: providerVpcId, GroupName: `web-${i}`, Description: 'bench' }).GroupId ?? '');
  const loadBalancerArn =
    elb.createLoadBalancer({ Name: `nlb-${n}`, Type: 'network', Scheme: 'internal', Subnets: subnetIds }).LoadBalancers[0]?.LoadBalancerArn ?? '';
  const targetGroupArn =
    elb.createTargetGroup({ Name: `tg-${n}`, Protocol: 'TCP', Port: 8080, VpcId: providerVpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
  elb.registerTargets({ TargetGroupArn: targetGroupArn, Targets: [10, 11].map((h) => ({ Id: `10.${octet}.0.${h}`, Port: 8080 })) });
  elb.createListener({ LoadBalancerArn: loadBalancerArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }] });
  const service = p.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [loadBalancerArn], AcceptanceRequired: false }).ServiceConfiguration;
  const serviceId = service.ServiceId ?? '';
  const serviceName = service.ServiceName ?? '';
  p.modifyVpcEndpointServicePermissions({ ServiceId: serviceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER.accountId}:root`] });
  const consumerVpcId = c.createVpc({ CidrBlock: `10.${octet}.0.0/16` }).Vpc.VpcId ?? '';
  const consumerSubnetId = c.createSubnet({ VpcId: consumerVpcId, CidrBlock: `10.${octet}.0.0/20`, AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId ?? '';
  const endpointIds = Array.from(
    { length: ENDPOINTS_PER_UNIT },
    () =>
      c.createVpcEndpoint({ VpcEndpointType: 'Interface', ServiceName: serviceName, VpcId: consumerVpcId, SubnetIds: [consumerSubnetId] }).VpcEndpoint.VpcEndpointId ??
      '',
  );
  return { octet, providerVpcId, subnetIds, groupIds, loadBalancerArn, targetGroupArn, serviceId, serviceName, consumerVpcId, consumerSubnetId, endpointIds };
}

/** Rows in the region's tables (what "resources in the region" counts). */
export function resourcesIn(cloud: Cloud): number {
  const state = regionOf(cloud.world, REGION);
  return (
    rowCount(state.vpcs) +
    rowCount(state.subnets) +
    rowCount(state.networkInterfaces) +
    rowCount(state.securityGroups) +
    rowCount(state.vpcPeeringConnections) +
    rowCount(state.loadBalancers) +
    rowCount(state.targetGroups) +
    rowCount(state.listeners) +
    rowCount(state.endpointServices) +
    rowCount(state.vpcEndpoints) +
    rowCount(state.connectionNotifications)
  );
}

/**
 * A world of about `resources` resources in one region.
 *
 * @example
 * const { cloud, units } = buildWorld(1_000);
 */
export function buildWorld(resources: number): BuiltWorld {
  const started = performance.now();
  const cloud = createCloud({ seed: 'control-plane-bench', accounts: ZONES, quotas: UNLIMITED_QUOTAS }); // 100,000 resources: far past AWS's defaults
  const units: Unit[] = [];
  // A unit adds about 37 rows: 2 VPCs, 3 subnets, 4 groups (2 default), an NLB and its 2
  // ENIs, a target group, a listener, a service and 8 endpoints with their 8 ENIs.
  while (units.length === 0 || (units.length % 16 !== 0 || resourcesIn(cloud) < resources)) units.push(buildUnit(cloud, units.length));
  return { cloud, units, resources: resourcesIn(cloud), buildMs: performance.now() - started };
}
