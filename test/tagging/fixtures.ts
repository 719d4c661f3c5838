/**
 * A world with one resource of every taggable kind: the shared topology (provider VPC,
 * subnets, endpoint service; consumer VPC and subnets), plus the consumer's interface
 * endpoint, a security group with an ingress rule, and a peering connection the provider
 * requested to the consumer's VPC.
 */
import { buildTopology, CONSUMER, OUTSIDER, PROVIDER, REGION } from '../fixtures/topology.js';

export { expectFailure } from '../support/errors.js';

/** The tagging fixture: the topology and one id of each taggable kind. */
export function taggingWorld() {
  const topology = buildTopology({ acceptanceRequired: false });
  const { cloud, provider, consumer } = topology;
  const p = cloud.ec2(provider.identity);
  const c = cloud.ec2(consumer.identity);
  const outsider = cloud.ec2({ accountId: OUTSIDER, region: REGION });
  const endpointId = c.createVpcEndpoint({
    VpcEndpointType: 'Interface',
    VpcId: consumer.vpcId,
    ServiceName: provider.serviceName,
    SubnetIds: [consumer.subnetA],
  }).VpcEndpoint.VpcEndpointId;
  const networkInterfaceId = c.describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0]?.NetworkInterfaceIds[0] ?? '';
  const groupId = c.createSecurityGroup({ VpcId: consumer.vpcId, GroupName: 'web', Description: 'web' }).GroupId;
  const ruleId =
    c.authorizeSecurityGroupIngress({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] })
      .SecurityGroupRules[0]?.SecurityGroupRuleId ?? '';
  const peeringId = p.createVpcPeeringConnection({ VpcId: provider.vpcId, PeerVpcId: consumer.vpcId, PeerOwnerId: CONSUMER }).VpcPeeringConnection.VpcPeeringConnectionId;
  return {
    ...topology,
    p,
    c,
    outsider,
    ids: {
      vpc: consumer.vpcId,
      subnet: consumer.subnetA,
      securityGroup: groupId,
      securityGroupRule: ruleId,
      vpcEndpoint: endpointId,
      networkInterface: networkInterfaceId,
      peering: peeringId,
      service: provider.serviceId,
      providerVpc: provider.vpcId,
    },
    accounts: { provider: PROVIDER, consumer: CONSUMER, outsider: OUTSIDER },
  };
}
