/**
 * The small seeded world the hostile-input property test attacks: the data-path fixture
 * (provider NLB, listener, target group with targets, endpoint service, a consumer endpoint)
 * plus a tagged VPC, a security group with a rule, a pending peering, a connection
 * notification, a verified private DNS name, an identity policy and an on-premises network,
 * so generated inputs can name real resources. Built once; each run restores it from JSON.
 */
import { createCloud, type Cloud, type World } from '../../src/index.js';
import { buildDataPath } from '../data-plane/fixtures.js';
import { CONSUMER, OUTSIDER, PROVIDER, REGION, verifyPrivateDnsName } from '../fixtures/topology.js';

/** Real ids of the world, by what they are. */
export interface HostileIds {
  providerVpc: string;
  consumerVpc: string;
  taggedVpc: string;
  providerSubnets: readonly [string, string];
  consumerSubnets: readonly [string, string, string];
  defaultGroup: string;
  group: string;
  peering: string;
  notification: string;
  endpoint: string;
  /** The endpoint's network interface in the consumer's first subnet. */
  endpointInterface: string;
  serviceId: string;
  serviceName: string;
  loadBalancerArn: string;
  targetGroupArn: string;
  listenerArn: string;
  onPremisesNetwork: string;
}

/** The built world and the real names in it, by kind. */
export interface HostileWorld {
  snapshot: string;
  ids: HostileIds;
  /** Real ids, ARNs, names, addresses of the world (strings a caller could plausibly send). */
  strings: readonly string[];
  identities: readonly { accountId: string; region: string; principalArn?: string }[];
  /** A request that opens a connection in the restored world. */
  connectRequest: { from: { accountId: string; subnetId: string }; host: string; port: number };
  targetGroupArn: string;
}

function build(): HostileWorld {
  const path = buildDataPath({ seed: 'hostile', proxyProtocol: true });
  const { cloud, provider, consumer, targetGroupArn, endpointId, regionalName } = path;
  const p = cloud.ec2(provider.identity);
  const tagged = p.createVpc({
    CidrBlock: '10.9.0.0/16',
    TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'env', Value: 'prod' }] }],
  }).Vpc.VpcId;
  const group = p.createSecurityGroup({ VpcId: provider.vpcId, GroupName: 'web', Description: 'web' }).GroupId;
  p.authorizeSecurityGroupIngress({ GroupId: group, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }] });
  const peering = p.createVpcPeeringConnection({ VpcId: tagged, PeerVpcId: consumer.vpcId, PeerOwnerId: CONSUMER }).VpcPeeringConnection
    .VpcPeeringConnectionId;
  const notification = p.createVpcEndpointConnectionNotification({
    ServiceId: provider.serviceId,
    ConnectionNotificationArn: `arn:aws:sns:${REGION}:${PROVIDER}:events`,
    ConnectionEvents: ['Connect', 'Accept'],
  }).ConnectionNotification.ConnectionNotificationId;
  verifyPrivateDnsName(path, 'api.example.com');
  const role = `arn:aws:iam::${CONSUMER}:role/app`;
  cloud.iam.putPrincipalPolicy(role, { Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] });
  const onPrem = cloud.network.attachOnPremisesNetwork({
    accountId: CONSUMER,
    region: REGION,
    vpcId: consumer.vpcId,
    cidrBlock: '192.168.0.0/16',
    link: 'direct-connect',
  }).NetworkId;
  const endpointInterface = cloud.ec2(consumer.identity).describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0]?.NetworkInterfaceIds[0] ?? '';
  const listenerArn = cloud.elbv2(provider.identity).describeListeners({ LoadBalancerArn: provider.loadBalancerArn }).Listeners[0]?.ListenerArn ?? '';
  const strings = [
    provider.vpcId, consumer.vpcId, tagged, ...provider.subnetIds, consumer.subnetA, consumer.subnetB, consumer.subnetC,
    consumer.defaultSecurityGroupId, group, peering, notification, endpointId, endpointInterface, provider.serviceId, provider.serviceName,
    provider.loadBalancerArn, targetGroupArn, listenerArn, regionalName, 'api.example.com', onPrem, role,
    PROVIDER, CONSUMER, OUTSIDER, `arn:aws:iam::${CONSUMER}:root`, `arn:aws-cn:iam::${CONSUMER}:root`, '*',
    REGION, 'eu-west-1', 'use1-az2', 'us-east-1a', '10.0.1.10', '10.0.0.0/16', '10.7.0.0/16', '10.9.1.0/24', 'TCP', 'tcp',
    'network', 'ip', 'forward', 'Interface', 'vpc', 'subnet', 'security-group', 'vpc-endpoint', 'vpc-id', 'tag:env', 'env',
    'load_balancing.cross_zone.enabled', 'proxy_protocol_v2.enabled', 'true', 'enableDnsSupport', 'svc-nlb', 'svc-targets',
  ];
  const ids: HostileIds = {
    providerVpc: provider.vpcId,
    consumerVpc: consumer.vpcId,
    taggedVpc: tagged,
    providerSubnets: provider.subnetIds,
    consumerSubnets: [consumer.subnetA, consumer.subnetB, consumer.subnetC],
    defaultGroup: consumer.defaultSecurityGroupId,
    group,
    peering,
    notification,
    endpoint: endpointId,
    endpointInterface,
    serviceId: provider.serviceId,
    serviceName: provider.serviceName,
    loadBalancerArn: provider.loadBalancerArn,
    targetGroupArn,
    listenerArn,
    onPremisesNetwork: onPrem,
  };
  return {
    snapshot: JSON.stringify(cloud.snapshot()),
    ids,
    strings,
    identities: [provider.identity, consumer.identity, { accountId: CONSUMER, region: REGION, principalArn: role }, { accountId: OUTSIDER, region: REGION }],
    connectRequest: { from: { accountId: CONSUMER, subnetId: consumer.subnetA }, host: regionalName, port: 443 },
    targetGroupArn,
  };
}

let built: HostileWorld | undefined;

/** The world, built on first use. */
export function hostileWorld(): HostileWorld {
  built ??= build();
  return built;
}

/** A fresh cloud over the world, with one open connection (its id), for one run. */
export function freshCloud(): { cloud: Cloud; connectionId: number | undefined } {
  const world = hostileWorld();
  const cloud = createCloud({ from: JSON.parse(world.snapshot) as World });
  const opened = cloud.connect(world.connectRequest);
  return { cloud, connectionId: opened.ok ? opened.connection.id : undefined };
}
