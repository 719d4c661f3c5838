/**
 * The 55,000 limit: port allocation errors, and the fix AWS gives (more targets).
 *
 * Through an endpoint, every connection reaches the target from the NLB node's address, so
 * the node tells connections apart by its source port alone: per unique target (IP address
 * and port) it holds at most 55,000 simultaneous connections, and a closed connection's port
 * returns only after a cooldown (about 55,000 connections per minute). Past that, new
 * connections to that target fail with a port allocation error. The fix is more targets.
 *
 * The model keeps the real number (55,000 connections open in a fraction of a second);
 * `createCloud({ portCapacity })` lowers it for tests that want to reach it quickly.
 *
 * Run: npx tsx examples/port-allocation.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, type World } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';
const LIMIT = 55_000;

/** Runs the scenario, printing each step; returns the moments the docs draw. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  const cloud = createCloud({ seed: 13 });
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

  const consumerVpc = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
  const zone = consumer.describeVpcEndpointServices({ ServiceNames: [ServiceName] }).ServiceDetails[0]?.AvailabilityZones[0] ?? '';
  const consumerSubnet = consumer.createSubnet({ VpcId: consumerVpc, CidrBlock: '10.1.0.0/20', AvailabilityZone: zone }).Subnet.SubnetId;
  const groupId = consumer.describeSecurityGroups({ Filters: [{ Name: 'vpc-id', Values: [consumerVpc] }] }).SecurityGroups[0]?.GroupId ?? '';
  consumer.authorizeSecurityGroupIngress({
    GroupId: groupId,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.1.0.0/16' }] }],
  });
  const { VpcEndpoint } = consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumerVpc, ServiceName, SubnetIds: [consumerSubnet] });
  const host = consumer.describeVpcEndpoints({ VpcEndpointIds: [VpcEndpoint.VpcEndpointId] }).VpcEndpoints[0]?.DnsEntries[0]?.DnsName ?? '';

  // Many consumer hosts (10.1.0.4 - 10.1.15.254: AWS reserves the subnet's first four
  // addresses and its last), each opening connections.
  let host32 = 0;
  const open = () => {
    const n = 4 + (host32++ % 4091);
    const ip = `10.1.${n >> 8}.${n & 255}`;
    return cloud.connect({ from: { accountId: CONSUMER, subnetId: consumerSubnet, ip }, host, port: 443 });
  };
  const perTarget = () =>
    [...new Set(cloud.connections().map((c) => c.target.ip))]
      .sort()
      .map((ip) => `${ip}: ${cloud.connections({ targetIp: ip }).length.toLocaleString('en-US')}`)
      .join(', ');

  print('== One target: fill it up ==');
  for (let i = 0; i < LIMIT; i++) {
    const r = open();
    if (!r.ok) throw new Error(`connection ${i + 1}: ${r.message}`);
  }
  print(`${LIMIT.toLocaleString('en-US')} connections open (${perTarget()})`);
  const refused = open();
  print(`connection ${(LIMIT + 1).toLocaleString('en-US')}: ${refused.ok ? 'opened' : `${refused.reason}: ${refused.message}`}`);

  print('');
  print('== Closing connections does not free their ports at once ==');
  const first = cloud.connections().slice(0, 100);
  for (const c of first) cloud.close(c.id);
  const early = open();
  print(`closed 100; right away: ${early.ok ? 'opened' : early.reason}`);
  cloud.clock.advance(60_000);
  let reopened = 0;
  for (let i = 0; i < 100; i++) if (open().ok) reopened++;
  print(`60 s later (the cooldown): ${reopened} of 100 opened`);
  const moments: Record<string, World> = { 'One target: its 55,000 source ports are all in use': cloud.world };

  print('');
  print('== The fix: register more targets ==');
  elbv2.registerTargets({ TargetGroupArn: tgArn, Targets: [{ Id: '10.0.1.11' }, { Id: '10.0.1.12' }, { Id: '10.0.1.13' }] });
  let opened = 0;
  let failed = 0;
  for (let i = 0; i < 30_000; i++) {
    if (open().ok) opened++;
    else failed++;
  }
  print(`next 30,000 connections: ${opened.toLocaleString('en-US')} opened, ${failed.toLocaleString('en-US')} failed`);
  print(`  (new flows spread over the targets by flow hash; the ones still hashed to the full target fail)`);
  print(`open per target: ${perTarget()}`);
  print(`total open: ${cloud.connections().length.toLocaleString('en-US')}, ports in use: ${cloud.dataPlane.ports.totalInUse().toLocaleString('en-US')}`);
  moments['Four targets share the load'] = cloud.world;
  return moments;
}

// Runs when executed (npx tsx examples/port-allocation.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
