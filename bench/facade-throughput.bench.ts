/**
 * Benchmark: facade throughput on a big PrivateLink region, and how long building it takes.
 * A provider runs 100 endpoint services (one NLB each); consumers connect interface
 * endpoints to them from VPCs of 50 endpoints each (AWS's default per VPC), 100,000 in all.
 * Then a mix of simple commands (single-resource describes and modifies, the calls tools
 * make most) runs against it, and against the same region with 1,000 endpoints as the
 * baseline in the same process.
 *
 * Prints `BENCH control-plane-world-build-100k-endpoints <ms> ms`,
 * `BENCH control-plane-cmds-per-s-100k <n> ops/s` and the ratio to the 1k world.
 *
 * @module
 */
import { median, report } from './harness.js';
import { createCloud, UNLIMITED_QUOTAS, type Cloud } from '../src/index.js';

const REGION = 'us-east-1';
const PROVIDER = { accountId: '111111111111', region: REGION };
const CONSUMER = { accountId: '222222222222', region: REGION };
const ZONES = {
  [PROVIDER.accountId]: { zones: { [REGION]: ['use1-az1', 'use1-az2'] } },
  [CONSUMER.accountId]: { zones: { [REGION]: ['use1-az2', 'use1-az1'] } },
};
const SERVICES = 100;
const ENDPOINTS_PER_VPC = 50;

interface Region {
  cloud: Cloud;
  endpointIds: string[];
  vpcIds: string[];
  loadBalancerArns: string[];
  buildMs: number;
}

function buildRegion(endpoints: number): Region {
  const started = performance.now();
  const cloud = createCloud({ seed: 'throughput', accounts: ZONES, quotas: UNLIMITED_QUOTAS }); // 100,000 endpoints: far past AWS's defaults
  const p = cloud.ec2(PROVIDER);
  const elb = cloud.elbv2(PROVIDER);
  const c = cloud.ec2(CONSUMER);
  const providerVpc = p.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId ?? '';
  const subnets = ['use1-az1', 'use1-az2'].map((zone, i) => p.createSubnet({ VpcId: providerVpc, CidrBlock: `10.0.${i}.0/24`, AvailabilityZoneId: zone }).Subnet.SubnetId ?? '');
  const loadBalancerArns: string[] = [];
  const serviceNames: string[] = [];
  for (let s = 0; s < SERVICES; s++) {
    const lb = elb.createLoadBalancer({ Name: `nlb-${s}`, Type: 'network', Scheme: 'internal', Subnets: subnets }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    loadBalancerArns.push(lb);
    const service = p.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [lb], AcceptanceRequired: false }).ServiceConfiguration;
    p.modifyVpcEndpointServicePermissions({ ServiceId: service.ServiceId ?? '', AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER.accountId}:root`] });
    serviceNames.push(service.ServiceName ?? '');
  }
  const endpointIds: string[] = [];
  const vpcIds: string[] = [];
  for (let made = 0; made < endpoints; made += ENDPOINTS_PER_VPC) {
    const n = vpcIds.length;
    const vpc = c.createVpc({ CidrBlock: `10.${n % 250}.0.0/16` }).Vpc.VpcId ?? '';
    vpcIds.push(vpc);
    const subnet = c.createSubnet({ VpcId: vpc, CidrBlock: `10.${n % 250}.0.0/24`, AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId ?? '';
    for (let i = made; i < Math.min(endpoints, made + ENDPOINTS_PER_VPC); i++) {
      const e = c.createVpcEndpoint({ VpcEndpointType: 'Interface', ServiceName: serviceNames[i % SERVICES] ?? '', VpcId: vpc, SubnetIds: [subnet] });
      endpointIds.push(e.VpcEndpoint.VpcEndpointId ?? '');
    }
  }
  return { cloud, endpointIds, vpcIds, loadBalancerArns, buildMs: performance.now() - started };
}

/** The mix: single-resource reads and writes, in equal parts. */
function commands(region: Region): { name: string; call: (i: number) => unknown }[] {
  const { cloud, endpointIds, vpcIds, loadBalancerArns } = region;
  const c = cloud.ec2(CONSUMER);
  const elb = cloud.elbv2(PROVIDER);
  const endpoint = (i: number) => endpointIds[(i * 7919) % endpointIds.length] ?? '';
  const vpc = (i: number) => vpcIds[(i * 104_729) % vpcIds.length] ?? '';
  const lb = (i: number) => loadBalancerArns[i % loadBalancerArns.length] ?? '';
  return [
    { name: 'DescribeVpcEndpoints (by id)', call: (i) => c.describeVpcEndpoints({ VpcEndpointIds: [endpoint(i)] }) },
    { name: 'DescribeVpcs (by id)', call: (i) => c.describeVpcs({ VpcIds: [vpc(i)] }) },
    { name: 'DescribeLoadBalancers (by arn)', call: (i) => elb.describeLoadBalancers({ LoadBalancerArns: [lb(i)] }) },
    { name: 'ModifyVpcEndpoint (policy)', call: (i) => c.modifyVpcEndpoint({ VpcEndpointId: endpoint(i), ResetPolicy: true }) },
    { name: 'ModifyVpcAttribute', call: (i) => c.modifyVpcAttribute({ VpcId: vpc(i), EnableDnsHostnames: { Value: i % 2 === 0 } }) },
    { name: 'ModifyLoadBalancerAttributes', call: (i) => elb.modifyLoadBalancerAttributes({ LoadBalancerArn: lb(i), Attributes: [{ Key: 'deletion_protection.enabled', Value: String(i % 2 === 0) }] }) },
  ];
}

/** CPU microseconds of this process (the machine is shared: wall time counts waiting). */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** Commands per second of CPU for the mix, the median of five rounds; and us per command by name. */
function throughput(region: Region, rounds = 5, perCommand = 2_000): { perSecond: number; us: Map<string, number> } {
  const mix = commands(region);
  const us = new Map<string, number[]>();
  const totals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let total = 0;
    for (const { name, call } of mix) {
      const started = cpuMicros();
      for (let i = 0; i < perCommand; i++) call(round * perCommand + i);
      const spent = cpuMicros() - started;
      total += spent;
      us.set(name, [...(us.get(name) ?? []), spent / perCommand]);
    }
    totals.push((mix.length * perCommand * 1e6) / total);
  }
  return { perSecond: median(totals), us: new Map([...us].map(([name, values]) => [name, median(values)])) };
}

function main(): void {
  const small = buildRegion(1_000);
  throughput(small, 1); // warm the JIT
  const large = buildRegion(100_000);
  const atSmall = throughput(small);
  const atLarge = throughput(large);
  console.log(`world build: 1,000 endpoints in ${small.buildMs.toFixed(0)} ms, 100,000 in ${(large.buildMs / 1000).toFixed(1)} s (${((large.buildMs * 1000) / 100_000).toFixed(0)} us per endpoint, its VPCs and services included)`);
  console.log('command'.padEnd(34), 'us 1k'.padStart(8), 'us 100k'.padStart(8));
  for (const [name, us] of atSmall.us) console.log(name.padEnd(34), us.toFixed(1).padStart(8), (atLarge.us.get(name) ?? Number.NaN).toFixed(1).padStart(8));
  console.log(`mix: ${atSmall.perSecond.toFixed(0)} commands/s at 1k endpoints, ${atLarge.perSecond.toFixed(0)} at 100k`);
  report('control-plane-world-build-100k-endpoints', large.buildMs, 'ms');
  report('control-plane-cmds-per-s-1k', atSmall.perSecond, 'ops/s');
  report('control-plane-cmds-per-s-100k', atLarge.perSecond, 'ops/s');
  report('control-plane-cmds-100k-vs-1k', atLarge.perSecond / atSmall.perSecond, 'x');
}

main();
