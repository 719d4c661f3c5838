/**
 * Benchmark: every command costs its own work, not the world's. The same sequence of
 * creates, modifies, describes and deletes runs against a region of about 1,000 resources
 * and one of about 100,000 (bench/control-plane-world.ts), and each action's cost per call
 * at 100k is printed over its cost at 1k: a command that copies or scans something growing
 * with the world shows as a ratio well above 1. The baseline is the same action at 1k, in
 * the same process. Costs are CPU time per call over blocks of 150 calls; each step runs on
 * both worlds back to back, both alive (same heap, same machine minute), the order
 * alternating from pass to pass, and an action's ratio is the median over nine passes of
 * that pass's large/small ratio (a pair shares its machine minute, so noise that hits a
 * whole pass cancels). Each block pays for collecting its own garbage and nobody else's:
 * the young generation is emptied before it, untimed, and again at its end, timed
 * (`gc({ type: 'minor' })`; `npm run bench` passes `--expose-gc`). A block of ~40 us calls
 * lasts a few ms, about one scavenge, so before this a block paid for a scavenge or not
 * depending on what the blocks before it had left, and the worst of the 31 ratios was
 * whichever action drew the scavenges (2.0-3.5 over eight runs, a different action each
 * time; measured this way, 1.49-1.63 over five).
 *
 * Prints a line per action, `BENCH control-plane-<Action>-100k-vs-1k <ratio> x`, and the
 * worst as `BENCH control-plane-100k-vs-1k <ratio> ratio`.
 *
 * @module
 */
import { collectYoung, median, report } from './harness.js';
import { buildWorld, CONSUMER, PROVIDER, type BuiltWorld } from './control-plane-world.js';

/** Calls per timed block, and blocks per action (the median block counts). */
const CALLS = 150;
const BLOCKS = 9;

/**
 * CPU time of this process, microseconds. The machine is shared: wall time would count the
 * time this process waited for a core; CPU time counts only its own work (the GC's included).
 */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** One action measured: `prepare` builds the inputs of `count` calls untimed, `call` makes call `i`. */
interface Step {
  action: string;
  run(world: BuiltWorld, count: number): { prepare?: () => void; call: (i: number) => void };
}

/** What the sequence made so far, shared by its later steps. */
interface Made {
  vpcIds: string[];
  /** The VPC octet of each target group's VPC, for target addresses inside it. */
  tgOctets: number[];
  subnetIds: string[];
  groupIds: string[];
  peeringIds: string[];
  lbArns: string[];
  tgArns: string[];
  listenerArns: string[];
  serviceIds: string[];
  serviceNames: string[];
  endpointIds: string[];
}

const fresh = (): Made => ({ vpcIds: [], tgOctets: [], subnetIds: [], groupIds: [], peeringIds: [], lbArns: [], tgArns: [], listenerArns: [], serviceIds: [], serviceNames: [], endpointIds: [] });

const at = <T>(list: readonly T[], i: number): T => {
  const value = list[i % list.length];
  if (value === undefined) throw new Error('bench: nothing made to use');
  return value;
};

function steps(made: Made, tag: string): Step[] {
  const name = (kind: string, i: number) => `${kind}-${tag}-${made.lbArns.length + i}`;
  return [
    { action: 'CreateVpc', run: ({ cloud }) => ({ call: (i) => made.vpcIds.push(cloud.ec2(PROVIDER).createVpc({ CidrBlock: `172.${16 + (i % 16)}.0.0/16` }).Vpc.VpcId ?? '') }) },
    { action: 'ModifyVpcAttribute', run: ({ cloud, units }) => ({ call: (i) => cloud.ec2(PROVIDER).modifyVpcAttribute({ VpcId: at(units, i * 7).providerVpcId, EnableDnsHostnames: { Value: i % 2 === 0 } }) }) },
    { action: 'DescribeVpcs', run: ({ cloud, units }) => ({ call: (i) => cloud.ec2(PROVIDER).describeVpcs({ VpcIds: [at(units, i * 13).providerVpcId] }) }) },
    {
      action: 'CreateSubnet',
      run: ({ cloud }) => ({ call: (i) => made.subnetIds.push(cloud.ec2(PROVIDER).createSubnet({ VpcId: at(made.vpcIds, i), CidrBlock: `172.${16 + (i % 16)}.1.0/24`, AvailabilityZoneId: 'use1-az1' }).Subnet.SubnetId ?? '') }),
    },
    {
      action: 'CreateSecurityGroup',
      run: ({ cloud }) => ({ call: (i) => made.groupIds.push(cloud.ec2(PROVIDER).createSecurityGroup({ VpcId: at(made.vpcIds, i), GroupName: `g-${i}`, Description: 'bench' }).GroupId ?? '') }),
    },
    {
      action: 'AuthorizeSecurityGroupIngress',
      run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).authorizeSecurityGroupIngress({ GroupId: at(made.groupIds, i), IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] }) }),
    },
    {
      action: 'RevokeSecurityGroupIngress',
      run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).revokeSecurityGroupIngress({ GroupId: at(made.groupIds, i), IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] }) }),
    },
    // The measured VPCs are in 172.16.0.0/12 and every consumer VPC in 10.0.0.0/8: no overlap.
    {
      action: 'CreateVpcPeeringConnection',
      run: ({ cloud, units }) => ({
        call: (i) => made.peeringIds.push(cloud.ec2(PROVIDER).createVpcPeeringConnection({ VpcId: at(made.vpcIds, i), PeerVpcId: at(units, i * 11).consumerVpcId, PeerOwnerId: CONSUMER.accountId }).VpcPeeringConnection?.VpcPeeringConnectionId ?? ''),
      }),
    },
    { action: 'AcceptVpcPeeringConnection', run: ({ cloud }) => ({ call: (i) => cloud.ec2(CONSUMER).acceptVpcPeeringConnection({ VpcPeeringConnectionId: at(made.peeringIds, i) }) }) },
    { action: 'DeleteVpcPeeringConnection', run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).deleteVpcPeeringConnection({ VpcPeeringConnectionId: at(made.peeringIds, i) }) }) },
    {
      action: 'CreateLoadBalancer',
      run: ({ cloud, units }) => ({
        call: (i) => made.lbArns.push(cloud.elbv2(PROVIDER).createLoadBalancer({ Name: name('lb', i), Type: 'network', Scheme: 'internal', Subnets: at(units, i * 5).subnetIds }).LoadBalancers[0]?.LoadBalancerArn ?? ''),
      }),
    },
    {
      action: 'CreateTargetGroup',
      run: ({ cloud, units }) => ({
        call: (i) => {
          const unit = at(units, i * 5);
          made.tgOctets.push(unit.octet);
          made.tgArns.push(cloud.elbv2(PROVIDER).createTargetGroup({ Name: name('tg', i), Protocol: 'TCP', Port: 8080, VpcId: unit.providerVpcId, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '');
        },
      }),
    },
    {
      action: 'CreateListener',
      run: ({ cloud }) => ({
        call: (i) => made.listenerArns.push(cloud.elbv2(PROVIDER).createListener({ LoadBalancerArn: at(made.lbArns, i), Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: at(made.tgArns, i) }] }).Listeners?.[0]?.ListenerArn ?? ''),
      }),
    },
    { action: 'RegisterTargets', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).registerTargets({ TargetGroupArn: at(made.tgArns, i), Targets: [{ Id: `10.${at(made.tgOctets, i)}.0.${20 + (i % 200)}`, Port: 8080 }] }) }) },
    { action: 'ModifyLoadBalancerAttributes', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).modifyLoadBalancerAttributes({ LoadBalancerArn: at(made.lbArns, i), Attributes: [{ Key: 'load_balancing.cross_zone.enabled', Value: String(i % 2 === 0) }] }) }) },
    { action: 'AddTags', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).addTags({ ResourceArns: [at(made.lbArns, i)], Tags: [{ Key: 'team', Value: `t${i}` }] }) }) },
    { action: 'DescribeLoadBalancers', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).describeLoadBalancers({ LoadBalancerArns: [at(made.lbArns, i)] }) }) },
    {
      action: 'CreateVpcEndpointServiceConfiguration',
      run: ({ cloud }) => ({
        call: (i) => {
          const service = cloud.ec2(PROVIDER).createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [at(made.lbArns, i)], AcceptanceRequired: false }).ServiceConfiguration;
          made.serviceIds.push(service.ServiceId ?? '');
          made.serviceNames.push(service.ServiceName ?? '');
        },
      }),
    },
    { action: 'ModifyVpcEndpointServicePermissions', run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).modifyVpcEndpointServicePermissions({ ServiceId: at(made.serviceIds, i), AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER.accountId}:root`] }) }) },
    {
      action: 'CreateVpcEndpoint',
      run: ({ cloud, units }) => ({
        call: (i) => {
          const unit = at(units, i * 3);
          made.endpointIds.push(cloud.ec2(CONSUMER).createVpcEndpoint({ VpcEndpointType: 'Interface', ServiceName: at(made.serviceNames, i), VpcId: unit.consumerVpcId, SubnetIds: [unit.consumerSubnetId] }).VpcEndpoint.VpcEndpointId ?? '');
        },
      }),
    },
    { action: 'DescribeVpcEndpoints', run: ({ cloud }) => ({ call: (i) => cloud.ec2(CONSUMER).describeVpcEndpoints({ VpcEndpointIds: [at(made.endpointIds, i)] }) }) },
    { action: 'ModifyVpcEndpoint', run: ({ cloud }) => ({ call: (i) => cloud.ec2(CONSUMER).modifyVpcEndpoint({ VpcEndpointId: at(made.endpointIds, i), ResetPolicy: true }) }) },
    { action: 'DeleteVpcEndpoints', run: ({ cloud }) => ({ call: (i) => cloud.ec2(CONSUMER).deleteVpcEndpoints({ VpcEndpointIds: [at(made.endpointIds, i)] }) }) },
    { action: 'DeleteVpcEndpointServiceConfigurations', run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).deleteVpcEndpointServiceConfigurations({ ServiceIds: [at(made.serviceIds, i)] }) }) },
    { action: 'DeregisterTargets', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).deregisterTargets({ TargetGroupArn: at(made.tgArns, i), Targets: [{ Id: `10.${at(made.tgOctets, i)}.0.${20 + (i % 200)}`, Port: 8080 }] }) }) },
    { action: 'DeleteListener', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).deleteListener({ ListenerArn: at(made.listenerArns, i) }) }) },
    { action: 'DeleteLoadBalancer', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).deleteLoadBalancer({ LoadBalancerArn: at(made.lbArns, i) }) }) },
    { action: 'DeleteTargetGroup', run: ({ cloud }) => ({ call: (i) => cloud.elbv2(PROVIDER).deleteTargetGroup({ TargetGroupArn: at(made.tgArns, i) }) }) },
    { action: 'DeleteSecurityGroup', run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).deleteSecurityGroup({ GroupId: at(made.groupIds, i) }) }) },
    { action: 'DeleteSubnet', run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).deleteSubnet({ SubnetId: at(made.subnetIds, i) }) }) },
    { action: 'DeleteVpc', run: ({ cloud }) => ({ call: (i) => cloud.ec2(PROVIDER).deleteVpc({ VpcId: at(made.vpcIds, i) }) }) },
  ];
}

/** Times `CALLS` calls of one step on one world: CPU microseconds per call. */
function timeStep(step: Step, world: BuiltWorld): number {
  const { call } = step.run(world, CALLS);
  collectYoung();
  const started = cpuMicros();
  for (let i = 0; i < CALLS; i++) call(i);
  collectYoung();
  return (cpuMicros() - started) / CALLS;
}

/**
 * One pass of the sequence on both worlds in lockstep: each step runs on one world, then on
 * the other (the large one first when `largeFirst`), so the two figures of a step come from
 * the same machine minute.
 */
function pass(small: BuiltWorld, large: BuiltWorld, tag: string, largeFirst: boolean): [Map<string, number>, Map<string, number>] {
  const onSmall = steps(fresh(), `${tag}s`);
  const onLarge = steps(fresh(), `${tag}l`);
  const out: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  onSmall.forEach((step, i) => {
    const twin = onLarge[i];
    if (twin === undefined) return;
    if (largeFirst) out[1].set(twin.action, timeStep(twin, large));
    out[0].set(step.action, timeStep(step, small));
    if (!largeFirst) out[1].set(twin.action, timeStep(twin, large));
  });
  return out;
}

/** An action's cost per call on each world (medians over the passes) and its ratio (the median of the passes' ratios). */
interface Measured {
  smallUs: number;
  largeUs: number;
  ratio: number;
}

/** `BLOCKS` passes, alternating which world goes first. */
function measure(small: BuiltWorld, large: BuiltWorld): Map<string, Measured> {
  const passes = Array.from({ length: BLOCKS }, (_, block) => pass(small, large, `p${block}`, block % 2 === 1));
  const actions = [...(passes[0]?.[0].keys() ?? [])];
  const of = (side: 0 | 1, action: string) => passes.map((p) => p[side].get(action) ?? Number.NaN);
  return new Map(
    actions.map((action) => {
      const smalls = of(0, action);
      const larges = of(1, action);
      return [action, { smallUs: median(smalls), largeUs: median(larges), ratio: median(larges.map((us, i) => us / (smalls[i] ?? Number.NaN))) }];
    }),
  );
}

function main(): void {
  const small = buildWorld(1_000);
  const large = buildWorld(100_000);
  // A first pass warms the JIT, so no figure is of cold code.
  pass(small, large, 'warm', false);
  const measured = measure(small, large);
  console.log(`worlds: ${small.resources} resources (built in ${small.buildMs.toFixed(0)} ms), ${large.resources} resources (built in ${(large.buildMs / 1000).toFixed(1)} s)`);
  console.log('action'.padEnd(40), 'us/call 1k'.padStart(11), 'us/call 100k'.padStart(13), 'ratio'.padStart(7));
  let worst = { action: '', ratio: 0 };
  for (const [action, { smallUs, largeUs, ratio }] of measured) {
    if (ratio > worst.ratio) worst = { action, ratio };
    console.log(action.padEnd(40), smallUs.toFixed(1).padStart(11), largeUs.toFixed(1).padStart(13), ratio.toFixed(2).padStart(7));
    report(`control-plane-${action}-100k-vs-1k`, ratio, 'x');
  }
  console.log(`worst: ${worst.action}`);
  report('control-plane-100k-vs-1k', worst.ratio, 'ratio');
  report('control-plane-world-build-100k', large.buildMs, 'ms');
}

main();
