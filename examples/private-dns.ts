/**
 * A private DNS name, end to end: consumers keep using `orders.example.com`.
 *
 * 1. The provider gives its service the private DNS name `orders.example.com`. AWS answers
 *    with a TXT record to publish (`_<random>` = `vpce:<random>`): proof of control of the
 *    domain. Until it is verified, consumers cannot use the name.
 * 2. A verification started before the record is published ends `failed`.
 * 3. The provider publishes the record in public DNS (`cloud.publicDns`, the model's stand-in
 *    for the domain's DNS host) and starts verification again; it takes a while (five
 *    minutes of simulated time here) and ends `verified`.
 * 4. The consumer turns on DNS hostnames in its VPC and creates an endpoint with private
 *    DNS enabled: inside that VPC, `orders.example.com` now resolves to the endpoint.
 *
 * Run: npx tsx examples/private-dns.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, isCloudError, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';
const NAME = 'orders.example.com';

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  // Everything settles at once except domain verification, which takes 5 minutes.
  const cloud = createCloud({ seed: 5, timing: { dnsVerificationMs: 300_000 } });
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });
  const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });

  const vpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = provider.createSubnet({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet;
  const nlbArn =
    elbv2.createLoadBalancer({ Name: 'orders', Type: 'network', Scheme: 'internal', Subnets: [subnet.SubnetId] }).LoadBalancers[0]
      ?.LoadBalancerArn ?? '';
  const tgArn =
    elbv2.createTargetGroup({ Name: 'orders-app', Protocol: 'TCP', Port: 8443, VpcId: vpc, TargetType: 'ip' }).TargetGroups[0]
      ?.TargetGroupArn ?? '';
  elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.1.10' }] });
  elbv2.createListener({ LoadBalancerArn: nlbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });

  print(`== 1. The provider names its service ${NAME} ==`);
  const { ServiceId, ServiceName } = provider.createVpcEndpointServiceConfiguration({
    NetworkLoadBalancerArns: [nlbArn],
    AcceptanceRequired: false,
    PrivateDnsName: NAME,
  }).ServiceConfiguration;
  provider.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
  const challenge = () => provider.describeVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] }).ServiceConfigurations[0];
  const txt = challenge()?.PrivateDnsNameConfiguration;
  print(`state: ${txt?.State}`);
  print(`publish: ${txt?.Name}.${NAME} ${txt?.Type} "${txt?.Value}"`);

  print('');
  print('== 2. Verifying before the record exists ==');
  provider.startVpcEndpointServicePrivateDnsVerification({ ServiceId });
  print(`started; state: ${challenge()?.PrivateDnsNameConfiguration?.State}`);
  cloud.clock.advance(300_000);
  print(`5 minutes later: ${challenge()?.PrivateDnsNameConfiguration?.State}`);

  print('');
  print('== 3. Publishing the TXT record, verifying again ==');
  cloud.publicDns.upsert(`${txt?.Name}.${NAME}`, 'TXT', txt?.Value ?? '');
  print(`public DNS ${txt?.Name}.${NAME} TXT: ${cloud.publicDns.lookup(`${txt?.Name}.${NAME}`, 'TXT').join(', ')}`);
  provider.startVpcEndpointServicePrivateDnsVerification({ ServiceId });
  print(`started; state: ${challenge()?.PrivateDnsNameConfiguration?.State}`);
  cloud.clock.advance(300_000);
  print(`5 minutes later: ${challenge()?.PrivateDnsNameConfiguration?.State}`);
  const seen = consumer.describeVpcEndpointServices({ ServiceNames: [ServiceName] }).ServiceDetails[0];
  print(`the consumer sees: PrivateDnsName ${seen?.PrivateDnsName}, ${seen?.PrivateDnsNameVerificationState}`);

  print('');
  print('== 4. The consumer uses the name ==');
  const consumerVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const zone = seen?.AvailabilityZones[0] ?? '';
  const consumerSubnet = consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: '10.1.1.0/24', AvailabilityZone: zone }).Subnet.SubnetId;
  const endpointInput = {
    VpcEndpointType: 'Interface' as const,
    VpcId: consumerVpc,
    ServiceName,
    SubnetIds: [consumerSubnet],
    PrivateDnsEnabled: true,
  };
  try {
    consumer.createVpcEndpoint(endpointInput);
  } catch (error) {
    if (!isCloudError(error)) throw error;
    print(`without DNS hostnames in the VPC: ${error.code}: ${error.message}`);
  }
  consumer.modifyVpcAttribute({ VpcId: consumerVpc, EnableDnsHostnames: { Value: true } });
  const groupId = consumer.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [consumerVpc] }] }).SecurityGroups[0]?.GroupId ?? '';
  consumer.authorizeSecurityGroupIngress({
    GroupId: groupId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }],
  });
  const { VpcEndpoint } = consumer.createVpcEndpoint(endpointInput);
  const endpoint = consumer.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0];
  print(`endpoint ${endpoint?.VpcEndpointId}: ${endpoint?.State}, PrivateDnsEnabled ${endpoint?.PrivateDnsEnabled}`);
  for (const entry of endpoint?.DnsEntries ?? []) print(`  DNS entry ${entry.DnsName}`);
  const r = cloud.connect({ from: { accountId: CONSUMER, subnetId: consumerSubnet }, host: NAME, port: 443 });
  print(
    r.ok
      ? `connect ${NAME}:443 -> endpoint interface ${r.connection.endpointIp} -> target ${r.connection.target.ip}:${r.connection.target.port}`
      : `connect ${NAME}:443 -> ${r.reason}: ${r.message}`,
  );
  const other = consumer.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
  const otherSubnet = consumer.createSubnet({ VpcId: other, CidrBlock: '10.2.1.0/24', AvailabilityZone: zone }).Subnet.SubnetId;
  const outside = cloud.connect({ from: { accountId: CONSUMER, subnetId: otherSubnet }, host: NAME, port: 443 });
  print(`from another VPC of the consumer: ${outside.ok ? 'connected' : `${outside.reason}: ${outside.message}`}`);
  return { [`${NAME} verified; the consumer's endpoint answers for it`]: cloud.world };
}

// Runs when executed (npx tsx examples/private-dns.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
