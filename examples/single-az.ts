/**
 * Single Availability Zone: the smallest PrivateLink path that carries traffic.
 *
 * The provider runs one target behind an internal Network Load Balancer in one AZ and offers
 * it as an endpoint service (accepting connections automatically). The consumer's AZ names
 * differ from the provider's, so it finds the shared AZ by id, creates an interface endpoint
 * there, and opens a TCP connection: consumer host -> endpoint network interface -> NLB node
 * -> target. The target sees the NLB node's address, not the consumer's.
 *
 * Run: npx tsx examples/single-az.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, isCloudError, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({
    seed: 7,
    accounts: {
      // Index 0 is the account's us-east-1a: the provider's 1a is the consumer's 1c.
      [PROVIDER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
      [CONSUMER]: { zones: { [REGION]: ['use1-az1', 'use1-az2', 'use1-az4'] } },
    },
  });
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });
  const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });

  print('== Provider: one subnet, one NLB node, one target ==');
  const vpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = provider.createSubnet({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet;
  print(`subnet ${subnet.SubnetId} in ${subnet.AvailabilityZone} (${subnet.AvailabilityZoneId})`);
  const nlbArn =
    elbv2.createLoadBalancer({ Name: 'orders', Type: 'network', Scheme: 'internal', Subnets: [subnet.SubnetId] }).LoadBalancers[0]
      ?.LoadBalancerArn ?? '';
  const tgArn =
    elbv2.createTargetGroup({ Name: 'orders-app', Protocol: 'TCP', Port: 8080, VpcId: vpc, TargetType: 'ip' }).TargetGroups[0]
      ?.TargetGroupArn ?? '';
  elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.1.10' }] });
  elbv2.createListener({ LoadBalancerArn: nlbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
  const { ServiceId, ServiceName } = provider.createVpcEndpointServiceConfiguration({
    NetworkLoadBalancerArns: [nlbArn],
    AcceptanceRequired: false,
  }).ServiceConfiguration;
  provider.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
  print(`endpoint service ${ServiceName} (accepts automatically)`);

  print('');
  print('== Consumer: find the shared AZ by id, create the endpoint there ==');
  const seen = consumer.describeVpcEndpointServices({ ServiceNames: [ServiceName] }).ServiceDetails[0];
  const zoneName = seen?.AvailabilityZones[0] ?? '';
  const zoneId = consumer.describeAvailabilityZones({ ZoneNames: [zoneName] }).AvailabilityZones[0]?.ZoneId ?? '';
  print(`the service is offered in my ${zoneName} (${zoneId}): the provider calls the same place ${subnet.AvailabilityZone}`);
  const consumerVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const here = consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: '10.1.1.0/24', AvailabilityZone: zoneName }).Subnet.SubnetId;
  const elsewhere = consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: '10.1.2.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
  try {
    consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumerVpc, ServiceName, SubnetIds: [elsewhere] });
  } catch (error) {
    if (!isCloudError(error)) throw error;
    print(`a subnet in my us-east-1a is refused: ${error.code}: ${error.message}`);
  }
  const groupId = consumer.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [consumerVpc] }] }).SecurityGroups[0]?.GroupId ?? '';
  consumer.authorizeSecurityGroupIngress({
    GroupId: groupId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }],
  });
  const { VpcEndpoint } = consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumerVpc, ServiceName, SubnetIds: [here] });
  const endpoint = consumer.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0];
  const regionalName = endpoint?.DnsEntries[0]?.DnsName ?? '';
  print(`endpoint ${VpcEndpoint.VpcEndpointId} is ${endpoint?.State}`);
  print(`regional DNS name: ${regionalName}`);

  print('');
  print('== Data plane: one TCP connection ==');
  const result = cloud.connect({ from: { accountId: CONSUMER, subnetId: here, ip: '10.1.1.50' }, host: regionalName, port: 443 });
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  const c = result.connection;
  print(`consumer 10.1.1.50:${c.consumer.port} -> ${regionalName.split('.')[0]}...:443`);
  print(`  1. endpoint network interface ${c.endpointIp} in ${c.availabilityZoneId}`);
  print(`  2. NLB node ${c.nodeIp} in ${c.availabilityZoneId} (source port ${c.sourcePort})`);
  print(`  3. target ${c.target.ip}:${c.target.port} in ${c.target.availabilityZoneId}`);
  print(`the target sees the connection coming from ${c.seenSourceIp} (the NLB node), not from ${c.consumer.ip}`);
  return { 'One AZ, one endpoint interface, one NLB node, one target': cloud.world };
}

// Runs when executed (npx tsx examples/single-az.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
