/**
 * A data-plane fixture on top of the shared topology: the provider's NLB gets a TCP
 * listener on 443 forwarding to an `ip` target group on 8080 with one target per AZ
 * (10.0.1.10 in use1-az2, 10.0.2.10 in use1-az3), and the consumer has an endpoint in its
 * subnets of both AZs, accepted and available.
 */
import { buildTopology, type Topology, type TopologyOptions } from '../fixtures/topology.js';

/** What {@link buildDataPath} built, beyond the topology. */
export interface DataPath extends Topology {
  targetGroupArn: string;
  endpointId: string;
  regionalName: string;
  /** Zonal names by AZ id. */
  zonalNames: Record<string, string>;
}

/** Options of {@link buildDataPath}. */
export interface DataPathOptions extends TopologyOptions {
  crossZone?: boolean;
  proxyProtocol?: boolean;
}

/** Builds a provider with targets and a consumer endpoint ready to carry traffic. */
export function buildDataPath(options: DataPathOptions = {}): DataPath {
  const topology = buildTopology({ acceptanceRequired: false, ...options });
  const { cloud, provider, consumer } = topology;
  const elb = cloud.elbv2(provider.identity);
  const tg = elb.createTargetGroup({ Name: 'svc-targets', Protocol: 'TCP', Port: 8080, VpcId: provider.vpcId, TargetType: 'ip' });
  const targetGroupArn = tg.TargetGroups[0]?.TargetGroupArn ?? '';
  elb.registerTargets({ TargetGroupArn: targetGroupArn, Targets: [{ Id: '10.0.1.10', Port: 8080 }, { Id: '10.0.2.10', Port: 8080 }] });
  elb.createListener({
    LoadBalancerArn: provider.loadBalancerArn,
    Protocol: 'TCP',
    Port: 443,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
  });
  if (options.crossZone) {
    elb.modifyLoadBalancerAttributes({
      LoadBalancerArn: provider.loadBalancerArn,
      Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }],
    });
  }
  if (options.proxyProtocol) {
    elb.modifyTargetGroupAttributes({ TargetGroupArn: targetGroupArn, Attributes: [{ Key: 'proxy_protocol_v2.enabled', Value: 'true' }] });
  }
  const ec2 = cloud.ec2(consumer.identity);
  // The endpoint admits TCP 443 from the consumer VPC.
  ec2.authorizeSecurityGroupIngress({
    GroupId: consumer.defaultSecurityGroupId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
  });
  const { VpcEndpoint } = ec2.createVpcEndpoint({
    VpcEndpointType: 'Interface',
    ServiceName: provider.serviceName,
    VpcId: consumer.vpcId,
    SubnetIds: [consumer.subnetA, consumer.subnetB],
  });
  const endpointId = VpcEndpoint.VpcEndpointId ?? '';
  const described = ec2.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0];
  const names = (described?.DnsEntries ?? []).map((e) => e.DnsName ?? '');
  const regionalName = names.find((n) => !/-us-east-1[a-z]\./.test(n)) ?? '';
  const zonalNames: Record<string, string> = {
    'use1-az2': names.find((n) => n.includes('-us-east-1a.')) ?? '',
    'use1-az3': names.find((n) => n.includes('-us-east-1b.')) ?? '',
  };
  return { ...topology, targetGroupArn, endpointId, regionalName, zonalNames };
}
