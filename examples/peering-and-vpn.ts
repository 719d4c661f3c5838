/**
 * Reaching an endpoint from elsewhere: a peered VPC, a Site-to-Site VPN, Direct Connect.
 *
 * The consumer's interface endpoint lives in one VPC, but its clients need not: AWS lets
 * them reach it across a VPC peering connection and from on-premises networks over
 * Direct Connect or a Site-to-Site VPN. What they need is a route (an active peering, an
 * attached network) and the endpoint's security group admitting their addresses. They use
 * the endpoint's own DNS names: a private DNS name resolves only inside the endpoint's VPC.
 *
 * Run: npx tsx examples/peering-and-vpn.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, type ConnectResult, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({ seed: 17 });
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });
  const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });

  const vpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = provider.createSubnet({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet;
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

  // The consumer's hub VPC holds the endpoint; its security group admits the hub itself.
  const zone = consumer.describeVpcEndpointServices({ ServiceNames: [ServiceName] }).ServiceDetails[0]?.AvailabilityZones[0] ?? '';
  const hub = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const hubSubnet = consumer.createSubnet({ VpcId: hub, CidrBlock: '10.1.1.0/24', AvailabilityZone: zone }).Subnet.SubnetId;
  const groupId = consumer.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [hub] }] }).SecurityGroups[0]?.GroupId ?? '';
  const admit = (cidr: string) =>
    consumer.authorizeSecurityGroupIngress({
      GroupId: groupId,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: cidr }] }],
    });
  admit('10.1.0.0/16');
  const { VpcEndpoint } = consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: hub, ServiceName, SubnetIds: [hubSubnet] });
  const host = consumer.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0]?.DnsEntries[0]?.DnsName ?? '';
  print(`endpoint ${VpcEndpoint.VpcEndpointId} in hub VPC ${hub} (10.1.0.0/16)`);
  print(`name: ${host}`);

  const show = (label: string, r: ConnectResult) => {
    if (!r.ok) {
      print(`${label}: ${r.reason}: ${r.message}`);
      return;
    }
    const p = r.connection.path;
    const via = p.kind === 'peering' ? `peering ${p.vpcPeeringConnectionId}` : p.kind === 'on-premises' ? `${p.link} (${p.networkId})` : 'same VPC';
    print(`${label}: connected via ${via} -> target ${r.connection.target.ip}:${r.connection.target.port}`);
  };

  print('');
  print('== A spoke VPC, peered with the hub ==');
  const spoke = consumer.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
  const spokeSubnet = consumer.createSubnet({ VpcId: spoke, CidrBlock: '10.2.1.0/24', AvailabilityZone: zone }).Subnet.SubnetId;
  const fromSpoke = () => cloud.connect({ from: { accountId: CONSUMER, subnetId: spokeSubnet, ip: '10.2.1.20' }, host, port: 443 });
  show('before peering', fromSpoke());
  const pcx = consumer.createVpcPeeringConnection({ VpcId: spoke, PeerVpcId: hub }).VpcPeeringConnection.VpcPeeringConnectionId ?? '';
  consumer.acceptVpcPeeringConnection({ VpcPeeringConnectionId: pcx });
  show(`peered (${pcx}), spoke not admitted yet`, fromSpoke());
  admit('10.2.0.0/16');
  show('spoke admitted by the security group', fromSpoke());

  print('');
  print('== An office over a Site-to-Site VPN ==');
  const office = cloud.network.attachOnPremisesNetwork({ accountId: CONSUMER, region: REGION, vpcId: hub, cidrBlock: '192.168.0.0/16', link: 'site-to-site-vpn' });
  const fromOffice = () => cloud.connect({ from: { accountId: CONSUMER, network: office.NetworkId, ip: '192.168.10.5' }, host, port: 443 });
  show('office, not admitted yet', fromOffice());
  admit('192.168.0.0/16');
  show('office admitted', fromOffice());

  print('');
  print('== A data centre over Direct Connect ==');
  const datacentre = cloud.network.attachOnPremisesNetwork({ accountId: CONSUMER, region: REGION, vpcId: hub, cidrBlock: '172.16.0.0/12', link: 'direct-connect' });
  admit('172.16.0.0/12');
  show('data centre', cloud.connect({ from: { accountId: CONSUMER, network: datacentre.NetworkId, ip: '172.16.4.4' }, host, port: 443 }));

  print('');
  print(`open connections: ${cloud.connections().map((c) => `${c.consumer.ip} (${c.path.kind})`).join(', ')}`);
  return { 'The hub VPC with the endpoint, a peered spoke VPC, an office and a data centre': cloud.world };
}

// Runs when executed (npx tsx examples/peering-and-vpn.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
