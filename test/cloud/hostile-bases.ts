/**
 * A valid request per action on the hostile world, and who sends it: the starting points
 * the hostile-input test mutates, so a mutation reaches the checks past the first required
 * field. An action without a base is still attacked with generic requests; the test lists
 * the actions that lack one.
 */
import type { HostileIds } from './hostile-world.js';

/** Who sends a base request: the provider (0) or the consumer (1) of the world. */
export type Sender = 0 | 1;

/** A valid request of an action and its sender. */
export interface Base {
  sender: Sender;
  input: Record<string, unknown>;
}

const TAG = [{ Key: 'team', Value: 'blue' }];
const FILTER = (Name: string, value: string) => [{ Name, Values: [value] }];

/** The base request of each action, by AWS action name. */
export function baseRequests(ids: HostileIds): Readonly<Record<string, Base>> {
  const [ps1, ps2] = ids.providerSubnets;
  const [cs1, cs2] = ids.consumerSubnets;
  const p = (input: Record<string, unknown>): Base => ({ sender: 0, input });
  const c = (input: Record<string, unknown>): Base => ({ sender: 1, input });
  const policy = '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}';
  return {
    DescribeAvailabilityZones: c({ ZoneNames: ['us-east-1a'], Filters: FILTER('zone-id', 'use1-az2'), AllAvailabilityZones: true }),
    CreateVpc: p({ CidrBlock: '10.7.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: TAG }] }),
    CreateSubnet: p({ VpcId: ids.taggedVpc, CidrBlock: '10.9.1.0/24', AvailabilityZoneId: 'use1-az2', TagSpecifications: [{ ResourceType: 'subnet', Tags: TAG }] }),
    DescribeVpcs: p({ VpcIds: [ids.providerVpc], Filters: FILTER('tag:env', 'prod'), MaxResults: 5 }),
    DeleteVpc: p({ VpcId: ids.taggedVpc }),
    ModifyVpcAttribute: c({ VpcId: ids.consumerVpc, EnableDnsHostnames: { Value: false } }),
    DescribeVpcAttribute: c({ VpcId: ids.consumerVpc, Attribute: 'enableDnsSupport' }),
    DescribeSubnets: p({ SubnetIds: [ps1], Filters: FILTER('vpc-id', ids.providerVpc), MaxResults: 5 }),
    DeleteSubnet: c({ SubnetId: ids.consumerSubnets[2] }),
    CreateSecurityGroup: p({ VpcId: ids.providerVpc, GroupName: 'api', Description: 'api', TagSpecifications: [{ ResourceType: 'security-group', Tags: TAG }] }),
    DescribeSecurityGroups: p({ GroupIds: [ids.group], Filters: FILTER('group-name', 'web') }),
    AuthorizeSecurityGroupIngress: p({ GroupId: ids.group, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }], UserIdGroupPairs: [{ GroupId: ids.group }] }] }),
    RevokeSecurityGroupIngress: p({ GroupId: ids.group, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }] }),
    DeleteSecurityGroup: p({ GroupId: ids.group }),
    CreateVpcPeeringConnection: p({ VpcId: ids.providerVpc, PeerVpcId: ids.consumerVpc, PeerOwnerId: '222222222222', PeerRegion: 'us-east-1' }),
    AcceptVpcPeeringConnection: c({ VpcPeeringConnectionId: ids.peering }),
    RejectVpcPeeringConnection: c({ VpcPeeringConnectionId: ids.peering }),
    DeleteVpcPeeringConnection: p({ VpcPeeringConnectionId: ids.peering }),
    DescribeNetworkInterfaces: c({ NetworkInterfaceIds: [ids.endpointInterface], Filters: FILTER('interface-type', 'vpc_endpoint') }),
    DeleteNetworkInterface: c({ NetworkInterfaceId: ids.endpointInterface }),
    CreateTags: c({ Resources: [ids.consumerVpc, ids.endpoint, ids.peering], Tags: [...TAG, { Key: 'env' }] }),
    DeleteTags: c({ Resources: [ids.consumerVpc, ids.consumerSubnets[0]], Tags: [{ Key: 'team', Value: 'blue' }, { Key: 'env' }] }),
    // EC2's DescribeTags (ELBv2 has an action of the same name, below).
    'ec2:DescribeTags': p({ Filters: [...FILTER('resource-type', 'vpc'), ...FILTER('key', 't*')], MaxResults: 5 }),
    DescribeVpcPeeringConnections: c({ VpcPeeringConnectionIds: [ids.peering], Filters: FILTER('status-code', 'pending-acceptance') }),
    CreateVpcEndpoint: c({ VpcEndpointType: 'Interface', VpcId: ids.consumerVpc, ServiceName: ids.serviceName, SubnetIds: [cs1, cs2], SecurityGroupIds: [ids.defaultGroup], PolicyDocument: policy, ClientToken: 'token-1', TagSpecifications: [{ ResourceType: 'vpc-endpoint', Tags: TAG }] }),
    DescribeVpcEndpoints: c({ VpcEndpointIds: [ids.endpoint], Filters: FILTER('vpc-endpoint-state', 'available'), MaxResults: 1000 }),
    ModifyVpcEndpoint: c({ VpcEndpointId: ids.endpoint, PolicyDocument: policy, AddSecurityGroupIds: [ids.defaultGroup], RemoveSubnetIds: [cs2] }),
    DeleteVpcEndpoints: c({ VpcEndpointIds: [ids.endpoint] }),
    CreateVpcEndpointServiceConfiguration: p({ NetworkLoadBalancerArns: [ids.loadBalancerArn], AcceptanceRequired: false, ClientToken: 'token-2', PrivateDnsName: 'x.example.com' }),
    ModifyVpcEndpointServiceConfiguration: p({ ServiceId: ids.serviceId, AcceptanceRequired: true, PrivateDnsName: 'y.example.com' }),
    DeleteVpcEndpointServiceConfigurations: p({ ServiceIds: [ids.serviceId] }),
    DescribeVpcEndpointServiceConfigurations: p({ ServiceIds: [ids.serviceId], Filters: FILTER('service-state', 'Available'), MaxResults: 2000 }),
    ModifyVpcEndpointServicePermissions: p({ ServiceId: ids.serviceId, AddAllowedPrincipals: ['arn:aws:iam::333333333333:root'], RemoveAllowedPrincipals: ['arn:aws:iam::222222222222:root'] }),
    DescribeVpcEndpointServicePermissions: p({ ServiceId: ids.serviceId, Filters: FILTER('principal-type', 'Account') }),
    DescribeVpcEndpointServices: c({ ServiceNames: [ids.serviceName], Filters: FILTER('service-type', 'Interface') }),
    AcceptVpcEndpointConnections: p({ ServiceId: ids.serviceId, VpcEndpointIds: [ids.endpoint] }),
    RejectVpcEndpointConnections: p({ ServiceId: ids.serviceId, VpcEndpointIds: [ids.endpoint] }),
    DescribeVpcEndpointConnections: p({ Filters: FILTER('service-id', ids.serviceId), MaxResults: 5 }),
    StartVpcEndpointServicePrivateDnsVerification: p({ ServiceId: ids.serviceId }),
    CreateVpcEndpointConnectionNotification: p({ ServiceId: ids.serviceId, ConnectionNotificationArn: 'arn:aws:sns:us-east-1:111111111111:more', ConnectionEvents: ['Reject'], ClientToken: 'token-3' }),
    DescribeVpcEndpointConnectionNotifications: p({ ConnectionNotificationId: ids.notification }),
    ModifyVpcEndpointConnectionNotification: p({ ConnectionNotificationId: ids.notification, ConnectionEvents: ['Delete'] }),
    DeleteVpcEndpointConnectionNotifications: p({ ConnectionNotificationIds: [ids.notification] }),
    ModifyVpcEndpointServicePayerResponsibility: p({ ServiceId: ids.serviceId, PayerResponsibility: 'ServiceOwner' }),
    CreateLoadBalancer: p({ Name: 'second-nlb', Type: 'network', Scheme: 'internal', Subnets: [ps1, ps2], Tags: TAG }),
    DescribeLoadBalancers: p({ LoadBalancerArns: [ids.loadBalancerArn], PageSize: 1 }),
    DeleteLoadBalancer: p({ LoadBalancerArn: ids.loadBalancerArn }),
    SetSubnets: p({ LoadBalancerArn: ids.loadBalancerArn, Subnets: [ps1] }),
    SetSecurityGroups: p({ LoadBalancerArn: ids.loadBalancerArn, SecurityGroups: [ids.group], EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' }),
    DescribeLoadBalancerAttributes: p({ LoadBalancerArn: ids.loadBalancerArn }),
    ModifyLoadBalancerAttributes: p({ LoadBalancerArn: ids.loadBalancerArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] }),
    CreateTargetGroup: p({ Name: 'more-targets', Protocol: 'TCP', Port: 80, VpcId: ids.providerVpc, TargetType: 'ip', Tags: TAG }),
    DescribeTargetGroups: p({ TargetGroupArns: [ids.targetGroupArn], PageSize: 400 }),
    DeleteTargetGroup: p({ TargetGroupArn: ids.targetGroupArn }),
    RegisterTargets: p({ TargetGroupArn: ids.targetGroupArn, Targets: [{ Id: '10.0.1.11', Port: 8080 }] }),
    DeregisterTargets: p({ TargetGroupArn: ids.targetGroupArn, Targets: [{ Id: '10.0.1.10', Port: 8080 }] }),
    DescribeTargetHealth: p({ TargetGroupArn: ids.targetGroupArn, Targets: [{ Id: '10.0.1.10', Port: 8080 }] }),
    DescribeTargetGroupAttributes: p({ TargetGroupArn: ids.targetGroupArn }),
    ModifyTargetGroupAttributes: p({ TargetGroupArn: ids.targetGroupArn, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }] }),
    CreateListener: p({ LoadBalancerArn: ids.loadBalancerArn, Protocol: 'TCP', Port: 8443, DefaultActions: [{ Type: 'forward', TargetGroupArn: ids.targetGroupArn }], Tags: TAG }),
    DescribeListeners: p({ LoadBalancerArn: ids.loadBalancerArn, PageSize: 10 }),
    DeleteListener: p({ ListenerArn: ids.listenerArn }),
    AddTags: p({ ResourceArns: [ids.loadBalancerArn, ids.targetGroupArn], Tags: TAG }),
    RemoveTags: p({ ResourceArns: [ids.loadBalancerArn], TagKeys: ['team'] }),
    DescribeTags: p({ ResourceArns: [ids.loadBalancerArn, ids.targetGroupArn] }),
    DescribeRouteTables: p({ Filters: [{ Name: 'vpc-id', Values: [ids.providerVpc] }, { Name: 'association.main', Values: ['true'] }], MaxResults: 5 }),
    DescribePrefixLists: c({ PrefixListIds: ['pl-63a5400a'], Filters: FILTER('prefix-list-name', 'com.amazonaws.us-east-1.s3'), MaxResults: 5 }),
  };
}
