/**
 * Benchmark: the full data-plane path, `cloud.connect` (resolve, reach, security groups,
 * route to a node and a target, allocate a port, header) plus `cloud.close`, on a warm world
 * of 1,000 and of 100,000 endpoints. Baseline in the same process: the same loop calling
 * only a Map lookup and a property read (the floor of "look up a name and return it").
 *
 * Each world is measured once the garbage of its build is collected (a full GC, as
 * `settledMemory` does): building 100,000 endpoints leaves gigabytes of garbage, and
 * measured right away the collector's marking and sweeping of it ran during the timed loop,
 * charging the world's build to connect+close (more so the faster connect+close is).
 *
 * Prints ns/op, ops/s, the ratio 100k/1k and `BENCH <name> <value> <unit>` lines.
 */
import { getRow } from '../src/core/table.js';
import { regionalDnsName } from '../src/endpoints/dns-entries.js';
import { createCloud, type Cloud } from '../src/index.js';
import { regionOf } from '../src/world/world.js';
import { settledMemory } from './harness.js';

const PROVIDER = { accountId: '111111111111', region: 'us-east-1' };
const CONSUMER = { accountId: '222222222222', region: 'us-east-1' };
const ZONES = { [PROVIDER.accountId]: { zones: { 'us-east-1': ['use1-az1', 'use1-az2'] } }, [CONSUMER.accountId]: { zones: { 'us-east-1': ['use1-az2', 'use1-az1'] } } };

interface Warm {
  cloud: Cloud;
  hosts: string[];
  subnetIds: string[];
}

function build(endpoints: number): Warm {
  // 60,000 endpoints per consumer VPC: far past AWS's 50 interface endpoints per VPC.
  const cloud = createCloud({ seed: 'bench', accounts: ZONES, quotas: { interfaceEndpointsPerVpc: Infinity } });
  const p = cloud.ec2(PROVIDER);
  const vpc = p.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = p.createSubnet({ VpcId: vpc, CidrBlock: '10.0.0.0/20', AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId;
  const elb = cloud.elbv2(PROVIDER);
  const lbArn = elb.createLoadBalancer({ Name: 'bench', Type: 'network', Scheme: 'internal', Subnets: [subnet] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
  const tgArn = elb.createTargetGroup({ Name: 'bench', Protocol: 'TCP', Port: 8080, VpcId: vpc, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
  elb.registerTargets({ TargetGroupArn: tgArn, Targets: Array.from({ length: 8 }, (_, i) => ({ Id: `10.0.0.${10 + i}`, Port: 8080 })) });
  elb.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
  const service = p.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [lbArn], AcceptanceRequired: false }).ServiceConfiguration;
  p.modifyVpcEndpointServicePermissions({ ServiceId: service.ServiceId, AddAllowedPrincipals: ['*'] });

  const c = cloud.ec2(CONSUMER);
  const subnetIds: string[] = [];
  const ids: string[] = [];
  const perVpc = 60_000;
  for (let made = 0; made < endpoints; made += perVpc) {
    const n = subnetIds.length;
    const consumerVpc = c.createVpc({ CidrBlock: `10.${100 + n}.0.0/16` }).Vpc.VpcId;
    const consumerSubnet = c.createSubnet({ VpcId: consumerVpc, CidrBlock: `10.${100 + n}.0.0/16`, AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId;
    subnetIds.push(consumerSubnet);
    for (let i = made; i < Math.min(endpoints, made + perVpc); i++) {
      const e = c.createVpcEndpoint({ VpcEndpointType: 'Interface', ServiceName: service.ServiceName, VpcId: consumerVpc, SubnetIds: [consumerSubnet] });
      ids.push(e.VpcEndpoint.VpcEndpointId ?? '');
    }
  }
  const state = regionOf(cloud.world, 'us-east-1');
  const hosts = ids.map((id) => {
    const endpoint = getRow(state.vpcEndpoints, id);
    return regionalDnsName(id, endpoint?.dnsSuffix ?? '', service.ServiceId, 'us-east-1');
  });
  return { cloud, hosts, subnetIds };
}

function subnetFor(warm: Warm, index: number): string {
  return warm.subnetIds[Math.floor(index / 60_000)] ?? '';
}

/** Runs connect+close over the first `active` hosts round-robin; returns ns per pair. */
function measure(warm: Warm, pairs: number, active = warm.hosts.length): number {
  const { cloud } = warm;
  const hosts = warm.hosts.slice(0, active);
  const requests = hosts.map((host, i) => ({ from: { accountId: CONSUMER.accountId, subnetId: subnetFor(warm, i) }, host, port: 443 }));
  const run = (count: number) => {
    for (let i = 0; i < count; i++) {
      // A real minute passes every 200,000 connections: ports cool down as on AWS.
      if (i % 200_000 === 0) cloud.clock.advance(60_000);
      const r = cloud.connect(requests[i % requests.length] ?? { from: { accountId: '', subnetId: '' }, host: '', port: 443 });
      if (!r.ok) throw new Error(`${r.reason}: ${r.message}`);
      cloud.close(r.connection.id);
    }
  };
  run(Math.max(hosts.length, 20_000)); // warm: every route compiled, JIT settled
  const start = process.hrtime.bigint();
  run(pairs);
  return Number(process.hrtime.bigint() - start) / pairs;
}

function baseline(hosts: readonly string[], pairs: number): number {
  const map = new Map(hosts.map((h, i) => [h, { i }]));
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < pairs; i++) sink += map.get(hosts[i % hosts.length] ?? '')?.i ?? 0;
  const ns = Number(process.hrtime.bigint() - start) / pairs;
  if (sink < 0) console.log(sink);
  return ns;
}

function report(name: string, value: number, unit: string): void {
  console.log(`BENCH ${name} ${Number(value.toPrecision(4))} ${unit}`);
}

export async function main(): Promise<void> {
  const pairs = 2_000_000;
  const t0 = Date.now();
  const small = build(1_000);
  const smallBuilt = Date.now() - t0;
  await settledMemory();
  const smallNs = measure(small, pairs);
  const base = baseline(small.hosts, pairs);
  console.log(`connect+close, 1k endpoints: ${smallNs.toFixed(1)} ns/op, ${(1e9 / smallNs).toExponential(2)} ops/s (built in ${smallBuilt} ms)`);
  console.log(`baseline (Map lookup per op): ${base.toFixed(1)} ns/op; connect+close is ${(smallNs / base).toFixed(1)}x the baseline`);
  const t1 = Date.now();
  const large = build(100_000);
  const built = Date.now() - t1;
  await settledMemory();
  // Same traffic (1,000 active names) in a world of 100,000 endpoints: what world size costs.
  const largeNs = measure(large, pairs, 1_000);
  // Traffic spread over all 100,000 names: adds the cost of a 100x larger working set (CPU caches).
  const spreadNs = measure(large, pairs);
  console.log(`connect+close, 100k endpoints, 1k active: ${largeNs.toFixed(1)} ns/op, ${(1e9 / largeNs).toExponential(2)} ops/s (built in ${built} ms)`);
  console.log(`connect+close, 100k endpoints, all active: ${spreadNs.toFixed(1)} ns/op, ${(1e9 / spreadNs).toExponential(2)} ops/s`);
  report('connect-close-per-s-1k', 1e9 / smallNs, 'ops/s');
  report('connect-close-per-s-100k', 1e9 / largeNs, 'ops/s');
  report('connect-close-100k-vs-1k', smallNs / largeNs, 'x');
  report('connect-close-per-s-100k-all-active', 1e9 / spreadNs, 'ops/s');
  report('connect-close-100k-all-active-vs-1k', smallNs / spreadNs, 'x');
  report('connect-close-vs-map-lookup', smallNs / base, 'x');
  report('world-build-100k-endpoints', built, 'ms');
  // A create must not grow with the endpoints already there (a copied per-VPC set once made
  // the 100k build take half an hour): per-endpoint cost at 100k against 1k.
  console.log(`world build: ${(smallBuilt / 1_000).toFixed(3)} ms per endpoint at 1k, ${(built / 100_000).toFixed(3)} ms at 100k`);
  report('world-build-ms-per-endpoint-100k', built / 100_000, 'ms');
  report('world-build-100k-vs-1k-per-endpoint', built / 100_000 / (smallBuilt / 1_000), 'x');
}

await main();
