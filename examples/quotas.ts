/**
 * Quotas: AWS's default limits, enforced with AWS's error codes, and changed per cloud as
 * AWS Service Quotas change them for an account.
 *
 * A fresh AWS account may hold 5 VPCs per Region, 50 interface endpoints per VPC, 50
 * Network Load Balancers... (the README lists every quota the model enforces). Past one,
 * the create fails with AWS's code (`VpcLimitExceeded`, `TooManyLoadBalancers`...) and the
 * world does not change. `createCloud({ quotas })` raises or lowers any of them, or lifts
 * one with `Infinity`; a snapshot keeps them. Tags follow AWS's rules on every path: at most
 * 50 per resource, unique keys, no `aws:` prefix.
 *
 * Run: npx tsx examples/quotas.ts
 */
import { pathToFileURL } from 'node:url';
import { createCloud, isCloudError, quotasOf, type World } from '../src/index.js';

const ME = { accountId: '111111111111', region: 'us-east-1' };

/** What a call answered: `ok`, or the AWS error code and message. */
function outcome(call: () => unknown): string {
  try {
    call();
    return 'ok';
  } catch (error) {
    if (isCloudError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
}

/** Runs the scenario, printing each step. */
export function main(print: (line: string) => void = console.log): Record<string, World> {
  print("== AWS's defaults: 5 VPCs per Region ==");
  const cloud = createCloud({ seed: 21 });
  const ec2 = cloud.ec2(ME);
  const vpcs = Array.from({ length: 5 }, (_, i) => ec2.createVpc({ CidrBlock: `10.${i}.0.0/16` }).Vpc.VpcId);
  print(`created ${vpcs.length} VPCs`);
  const before = cloud.world;
  print(`the 6th: ${outcome(() => ec2.createVpc({ CidrBlock: '10.5.0.0/16' }))}`);
  print(`world unchanged by the refusal: ${cloud.world === before}`);
  ec2.deleteVpc({ VpcId: vpcs[0] ?? '' });
  print(`after deleting one, the 6th: ${outcome(() => ec2.createVpc({ CidrBlock: '10.5.0.0/16' }))}`);

  print('');
  print('== Changing quotas: raise, lower, lift ==');
  const custom = createCloud({ seed: 21, quotas: { vpcsPerRegion: 20, subnetsPerVpc: 1, interfaceEndpointsPerVpc: Infinity } });
  const mine = custom.ec2(ME);
  const many = Array.from({ length: 20 }, (_, i) => mine.createVpc({ CidrBlock: `10.${i}.0.0/16` }).Vpc.VpcId);
  print(`vpcsPerRegion 20: created ${many.length} VPCs`);
  const VpcId = many[0] ?? '';
  mine.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24' });
  print(`subnetsPerVpc 1, a second subnet: ${outcome(() => mine.createSubnet({ VpcId, CidrBlock: '10.0.2.0/24' }))}`);
  const q = quotasOf(custom.world.quotas);
  print(`in force: vpcsPerRegion ${q.vpcsPerRegion}, subnetsPerVpc ${q.subnetsPerVpc}, interfaceEndpointsPerVpc ${q.interfaceEndpointsPerVpc}, targetGroupsPerRegion ${q.targetGroupsPerRegion} (default)`);
  print(`stored in the snapshot as JSON: ${JSON.stringify({ vpcsPerRegion: custom.world.quotas.vpcsPerRegion, interfaceEndpointsPerVpc: custom.world.quotas.interfaceEndpointsPerVpc })}`);
  const restored = createCloud({ from: JSON.parse(JSON.stringify(custom.snapshot())) as World });
  print(`restored, the 21st VPC: ${outcome(() => restored.ec2(ME).createVpc({ CidrBlock: '10.21.0.0/16' }))}`);

  print('');
  print('== ELBv2: listeners per Network Load Balancer, and tags ==');
  const small = createCloud({ seed: 21, quotas: { listenersPerNetworkLoadBalancer: 1 } });
  const net = small.ec2(ME);
  const elbv2 = small.elbv2(ME);
  const vpc = net.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = net.createSubnet({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
  const lbArn = elbv2.createLoadBalancer({ Name: 'orders', Type: 'network', Scheme: 'internal', Subnets: [subnet] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
  const tgArn = elbv2.createTargetGroup({ Name: 'orders-app', Protocol: 'TCP', Port: 8080, VpcId: vpc, TargetType: 'ip' }).TargetGroups[0]?.TargetGroupArn ?? '';
  const listen = (Port: number) => () => elbv2.createListener({ LoadBalancerArn: lbArn, Protocol: 'TCP', Port, DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }] });
  print(`first listener: ${outcome(listen(443))}`);
  print(`second listener: ${outcome(listen(8443))}`.replace(lbArn, '<nlb>'));
  const tags = Array.from({ length: 50 }, (_, i) => ({ Key: `tag${i}`, Value: '' }));
  print(`50 tags on the NLB: ${outcome(() => elbv2.addTags({ ResourceArns: [lbArn], Tags: tags }))}`);
  print(`one more: ${outcome(() => elbv2.addTags({ ResourceArns: [lbArn], Tags: [{ Key: 'team', Value: 'orders' }] }))}`.replace(lbArn, '<nlb>'));
  print(`a reserved key: ${outcome(() => elbv2.addTags({ ResourceArns: [tgArn], Tags: [{ Key: 'aws:owner', Value: 'me' }] }))}`);
  return {};
}

// Runs when executed (npx tsx examples/quotas.ts); the tests and the docs import `main`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
