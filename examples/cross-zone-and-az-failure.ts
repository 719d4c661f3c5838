/**
 * Two Availability Zones: cross-zone load balancing off and on, and an AZ failure.
 *
 * The provider's NLB has a node and a target in two AZs; the consumer's endpoint has a
 * network interface in both. Each endpoint interface sends to the NLB node of its own AZ.
 *
 * 1. Cross-zone off (the NLB default): a node sends only to targets in its own AZ.
 * 2. The target in one AZ fails its health checks: that AZ's zonal DNS name has nowhere to
 *    go, while the regional name keeps working through the other AZ.
 * 3. Cross-zone on: the node of the AZ without a healthy target sends across to the other
 *    AZ's target (charged as regional data transfer).
 * 4. A whole AZ fails: its interfaces, nodes and targets go dark, the connections through it
 *    are closed, and the regional name is served by the AZ left.
 *
 * Run: npx tsx examples/cross-zone-and-az-failure.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, type ConnectResult, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';
const AZ1 = 'use1-az1';
const AZ2 = 'use1-az2';

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({
    seed: 11,
    accounts: {
      [PROVIDER]: { zones: { [REGION]: [AZ1, AZ2, 'use1-az3'] } },
      [CONSUMER]: { zones: { [REGION]: [AZ2, AZ1, 'use1-az4'] } },
    },
  });
  const provider = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });
  const consumer = cloud.ec2({ accountId: CONSUMER, region: REGION });

  // Provider: a subnet, an NLB node and a target in each of two AZs, behind TCP 443.
  const vpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnets = [AZ1, AZ2].map(
    (zoneId, i) => provider.createSubnet({ VpcId: vpc, CidrBlock: `10.0.${i + 1}.0/24`, AvailabilityZoneId: zoneId }).Subnet.SubnetId,
  );
  const nlbArn =
    elbv2.createLoadBalancer({ Name: 'orders', Type: 'network', Scheme: 'internal', Subnets: subnets }).LoadBalancers[0]?.LoadBalancerArn ?? '';
  const tgArn =
    elbv2.createTargetGroup({ Name: 'orders-app', Protocol: 'TCP', Port: 8080, VpcId: vpc, TargetType: 'ip' }).TargetGroups[0]
      ?.TargetGroupArn ?? '';
  elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.1.10' }, { Id: '10.0.2.10' }] });
  elbv2.createListener({ LoadBalancerArn: nlbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
  const { ServiceId, ServiceName } = provider.createVpcEndpointServiceConfiguration({
    NetworkLoadBalancerArns: [nlbArn],
    AcceptanceRequired: false,
  }).ServiceConfiguration;
  provider.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });

  // Consumer: an endpoint with an interface in both AZs (its us-east-1a is use1-az2).
  const consumerVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const [subnetA = '', subnetB = ''] = ['us-east-1a', 'us-east-1b'].map(
    (zone, i) => consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: `10.1.${i + 1}.0/24`, AvailabilityZone: zone }).Subnet.SubnetId,
  );
  const groupId = consumer.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [consumerVpc] }] }).SecurityGroups[0]?.GroupId ?? '';
  consumer.authorizeSecurityGroupIngress({
    GroupId: groupId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }],
  });
  const { VpcEndpoint } = consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumerVpc, ServiceName, SubnetIds: [subnetA, subnetB] });
  const entries = consumer.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0]?.DnsEntries ?? [];
  const regional = entries[0]?.DnsName ?? '';
  const zonal = (zoneName: string) => entries.find((e) => e.DnsName?.includes(`-${zoneName}.`))?.DnsName ?? '';
  const zonalAz1 = zonal('us-east-1b'); // the consumer's name for use1-az1

  const open = (host: string, port: number): ConnectResult =>
    cloud.connect({ from: { accountId: CONSUMER, subnetId: subnetA, port }, host, port: 443 });
  const describe = (r: ConnectResult) =>
    r.ok
      ? `interface in ${r.connection.availabilityZoneId} -> target ${r.connection.target.ip} in ${r.connection.target.availabilityZoneId}${r.connection.crossZone ? ' (cross-zone)' : ''}`
      : `${r.reason}: ${r.message}`;
  /** Opens `count` connections to `host`, counts where they went, then closes them. */
  const spread = (host: string, count: number): void => {
    const seen = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const r = open(host, 40000 + i);
      const key = describe(r);
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (r.ok) cloud.close(r.connection.id);
    }
    for (const [key, n] of [...seen].sort()) print(`  ${String(n).padStart(2)} x ${key}`);
  };
  const moments: Record<string, World> = {};

  print('== 1. Cross-zone off: each node sends to its own AZ ==');
  print(`20 connections to the regional name ${regional.split('.')[0]}...`);
  spread(regional, 20);

  print('');
  print(`== 2. The target in ${AZ1} fails its health checks ==`);
  cloud.faults.setTargetHealth(tgArn, { Id: '10.0.1.10', Port: 8080 }, 'unhealthy');
  print(`zonal name of ${AZ1} (consumer's us-east-1b): ${describe(open(zonalAz1, 41000))}`);
  print('20 connections to the regional name:');
  spread(regional, 20);
  moments[`Cross-zone off, the target in ${AZ1} unhealthy`] = cloud.world;

  print('');
  print('== 3. Cross-zone on: the node without a healthy target sends across ==');
  elbv2.modifyLoadBalancerAttributes({ LoadBalancerArn: nlbArn, Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'true' }] });
  const across = open(zonalAz1, 41001);
  print(`zonal name of ${AZ1}: ${describe(across)}`);
  if (across.ok) cloud.transfer(across.connection.id, { sent: 1000, received: 4000 });
  cloud.faults.setTargetHealth(tgArn, { Id: '10.0.1.10', Port: 8080 }, 'healthy');
  print('healthy again; 20 connections to the zonal name of use1-az1 now spread over both targets:');
  spread(zonalAz1, 20);
  const bytes = cloud.dataTransfer();
  print(`data transfer so far: ${bytes.crossZoneBytes} bytes cross-zone (charged as regional), ${bytes.sameZoneBytes} same-zone`);
  moments['Cross-zone on: every node sends to the targets of both AZs'] = cloud.world;

  print('');
  print(`== 4. ${AZ1} fails ==`);
  for (let i = 0; i < 10; i++) open(regional, 42000 + i);
  /** Open connections by the AZ of their endpoint interface and of their target. */
  const paths = (): string => {
    const counts = new Map<string, number>();
    for (const c of cloud.connections()) {
      const key = `${c.availabilityZoneId} -> ${c.target.availabilityZoneId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].sort().map(([key, n]) => `${n} x ${key}`).join(', ');
  };
  print(`open connections before: ${cloud.connections().length}: the 10 just opened and step 3's cross-zone one (interface -> target: ${paths()})`);
  cloud.faults.failAvailabilityZone(REGION, AZ1);
  print(`open connections after:  ${cloud.connections().length}: every one with its interface or its target in ${AZ1} was closed (${paths()})`);
  print(`zonal name of ${AZ1}: ${describe(open(zonalAz1, 43000))}`);
  print('20 connections to the regional name:');
  spread(regional, 20);
  moments[`${AZ1} failed`] = cloud.world;
  cloud.faults.restoreAvailabilityZone(REGION, AZ1);
  print(`${AZ1} restored: zonal name -> ${describe(open(zonalAz1, 43001))}`);
  return moments;
}

// Runs when executed (npx tsx examples/cross-zone-and-az-failure.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
