/**
 * The provider side of the PrivateLink picture, before any endpoint service exists:
 * VPC B with a subnet in each of two Availability Zones, an internal Network Load Balancer
 * with a node in each, an `ip` target group with a target in both AZs, and a TCP listener.
 * Prints a short summary: per node its AZ (name as the provider sees it, and the AZ id that
 * names the same place in every account) and private address, the targets and their health,
 * and the cross-zone setting.
 *
 * Run: npx tsx examples/provider-side.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, type World } from '../src/index.js';

const PROVIDER = '111111111111';
const REGION = 'us-east-1';

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({
    seed: 42,
    accounts: { [PROVIDER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } } },
  });
  const ec2 = cloud.ec2({ accountId: PROVIDER, region: REGION });
  const elbv2 = cloud.elbv2({ accountId: PROVIDER, region: REGION });

  // VPC B and one subnet per AZ.
  const vpcB = ec2.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
  const subnetA = ec2.createSubnet({ VpcId: vpcB, CidrBlock: '10.2.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
  const subnetB = ec2.createSubnet({ VpcId: vpcB, CidrBlock: '10.2.2.0/24', AvailabilityZone: 'us-east-1b' }).Subnet.SubnetId;

  // The internal NLB: one node (network interface) in each subnet.
  const created = elbv2.createLoadBalancer({ Name: 'svc-b', Type: 'network', Scheme: 'internal', Subnets: [subnetA, subnetB] });
  const lbArn = created.LoadBalancers[0]?.LoadBalancerArn ?? '';

  // The application: an ip target group on port 8080 with a target in each AZ, behind TCP 443.
  const tgArn =
    elbv2.createTargetGroup({ Name: 'svc-b-app', Protocol: 'TCP', Port: 8080, VpcId: vpcB, TargetType: 'ip' }).TargetGroups[0]
      ?.TargetGroupArn ?? '';
  elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.2.1.10' }, { Id: '10.2.2.10' }] });
  elbv2.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });

  // The summary.
  const zoneIds = new Map(ec2.describeAvailabilityZones().AvailabilityZones.map((z) => [z.ZoneName, z.ZoneId]));
  const lb = elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0];
  const crossZone = elbv2
    .describeLoadBalancerAttributes({ LoadBalancerArn: lbArn })
    .Attributes.find((a) => a.Key === 'load_balancing.cross_zone.enabled')?.Value;

  print(`NLB ${lb?.LoadBalancerName} (${lb?.Scheme}, ${lb?.State?.Code}) in ${lb?.VpcId}`);
  print(`  DNS name: ${lb?.DNSName}`);
  for (const zone of lb?.AvailabilityZones ?? []) {
    const ip = zone.LoadBalancerAddresses.map((a) => a.PrivateIPv4Address).join(', ');
    print(`  node in ${zone.ZoneName} (${zoneIds.get(zone.ZoneName)}): ${ip} in ${zone.SubnetId}`);
  }
  print(`  cross-zone load balancing: ${crossZone}`);
  print('Listener TCP 443 -> target group svc-b-app (TCP 8080, ip targets)');
  for (const d of elbv2.describeTargetHealth({ TargetGroupArn: tgArn }).TargetHealthDescriptions) {
    const zone = d.Target.AvailabilityZone ?? '?';
    print(`  target ${d.Target.Id}:${d.Target.Port} in ${zone} (${zoneIds.get(zone) ?? zone}): ${d.TargetHealth.State}`);
  }
  return { 'The provider side: NLB nodes and targets in two AZs, no endpoint service yet': cloud.world };
}

// Runs when executed (npx tsx examples/provider-side.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
