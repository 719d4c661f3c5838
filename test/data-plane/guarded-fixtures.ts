/**
 * A data path whose service NLB has a security group: the shared topology's provider adds an
 * internal NLB `guarded` in its two subnets with group `nlb-guard` (no inbound rule yet), a
 * TCP listener on 443 forwarding to `ip` targets on 8080 (one per AZ), and an endpoint service
 * of its own; the consumer has an endpoint to it in subnet `a` (10.1.1.0/24) and `b`, and its
 * default group admits TCP 443 from 10.0.0.0/8. Hosts in subnet `a2` (10.1.11.0/24) are
 * clients whose address is not the endpoint's.
 */
import { getRow } from '../../src/core/table.js';
import { regionOf } from '../../src/world/world.js';
import { buildTopology, CONSUMER, type Topology } from '../fixtures/topology.js';

/** What {@link buildGuardedPath} built, beyond the topology. */
export interface GuardedPath extends Topology {
  loadBalancerArn: string;
  groupId: string;
  endpointId: string;
  regionalName: string;
  /** The endpoint interfaces' private addresses. */
  endpointIps: string[];
}

/**
 * Builds the guarded path.
 *
 * @example
 * const t = buildGuardedPath(); t.cloud.connect({ from: { accountId: CONSUMER, subnetId: t.consumer.subnetA2 }, host: t.regionalName, port: 443 });
 */
export function buildGuardedPath(seed = 1): GuardedPath {
  const topology = buildTopology({ seed, acceptanceRequired: false });
  const { cloud, provider, consumer } = topology;
  const p = cloud.ec2(provider.identity);
  const elb = cloud.elbv2(provider.identity);
  const groupId = p.createSecurityGroup({ GroupName: 'nlb-guard', Description: 'guards the NLB', VpcId: provider.vpcId }).GroupId;
  const loadBalancerArn =
    elb.createLoadBalancer({ Name: 'guarded', Type: 'network', Scheme: 'internal', Subnets: [...provider.subnetIds], SecurityGroups: [groupId] }).LoadBalancers[0]
      ?.LoadBalancerArn ?? '';
  const tgArn = elb.createTargetGroup({ Name: 'guarded-targets', Protocol: 'TCP', Port: 8080, VpcId: provider.vpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
  elb.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.1.20' }, { Id: '10.0.2.20' }] });
  elb.createListener({ LoadBalancerArn: loadBalancerArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
  const service = p.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [loadBalancerArn], AcceptanceRequired: false }).ServiceConfiguration;
  p.modifyVpcEndpointServicePermissions({ ServiceId: service.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
  const c = cloud.ec2(consumer.identity);
  c.authorizeSecurityGroupIngress({
    GroupId: consumer.defaultSecurityGroupId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
  });
  const endpointId =
    c.createVpcEndpoint({ VpcEndpointType: 'Interface', ServiceName: service.ServiceName, VpcId: consumer.vpcId, SubnetIds: [consumer.subnetA, consumer.subnetB] }).VpcEndpoint
      .VpcEndpointId ?? '';
  const described = c.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0];
  const regionalName = (described?.DnsEntries ?? []).map((e) => e.DnsName ?? '').find((n) => !/-us-east-1[a-z]\./.test(n)) ?? '';
  const endpointIps = (getRow(regionOf(cloud.world, 'us-east-1').vpcEndpoints, endpointId)?.zones ?? []).map((zone) => zone.PrivateIpAddress);
  return { ...topology, loadBalancerArn, groupId, endpointId, regionalName, endpointIps };
}
