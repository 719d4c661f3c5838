import { addressHolder } from '../../src/network/address-book.js';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isCloudError } from '../../src/index.js';
import { getRow, rows } from '../../src/core/table.js';
import { cidrContainsIp, parseCidr, parseIpv4 } from '../../src/network/cidr.js';
import { regionOf, type World } from '../../src/world/world.js';
import { providerWorld, REGION } from './fixtures.js';

/** One step of a random session against the NLB actions. */
type Op =
  | { kind: 'create'; name: number; subnets: number[]; internal: boolean }
  | { kind: 'setSubnets'; lb: number; subnets: number[] }
  | { kind: 'delete'; lb: number };

const subnetPicks = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 4 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name: fc.integer({ min: 0, max: 4 }), subnets: subnetPicks, internal: fc.boolean() }),
  fc.record({ kind: fc.constant('setSubnets' as const), lb: fc.integer({ min: 0, max: 4 }), subnets: subnetPicks }),
  fc.record({ kind: fc.constant('delete' as const), lb: fc.integer({ min: 0, max: 4 }) }),
);

/** The invariants of NLB nodes in a world. */
function checkNodes(world: World): void {
  const region = regionOf(world, REGION);
  const held = new Set<string>();
  for (const lb of rows(region.loadBalancers)) {
    const zones = lb.nodes.map((n) => n.AvailabilityZoneId);
    expect(new Set(zones).size, 'at most one subnet per AZ').toBe(zones.length);
    for (const node of lb.nodes) {
      const subnet = getRow(region.subnets, node.SubnetId);
      expect(subnet?.VpcId).toBe(lb.VpcId);
      expect(node.AvailabilityZoneId, 'node AZ id = subnet AZ id').toBe(subnet?.AvailabilityZoneId);
      const eni = getRow(region.networkInterfaces, node.NetworkInterfaceId);
      expect(eni?.PrivateIpAddress).toBe(node.PrivateIpAddress);
      expect(eni?.AvailabilityZoneId).toBe(node.AvailabilityZoneId);
      const cidr = parseCidr(subnet?.CidrBlock);
      const ip = parseIpv4(node.PrivateIpAddress);
      expect(cidr !== undefined && ip !== undefined && cidrContainsIp(cidr, ip), 'node IP inside its subnet').toBe(true);
      expect(subnet && addressHolder(subnet.addresses, node.PrivateIpAddress)).toBe(node.NetworkInterfaceId);
      const key = `${node.SubnetId}/${node.PrivateIpAddress}`;
      expect(held.has(key), 'node IPs are unique').toBe(false);
      held.add(key);
    }
  }
  for (const eni of rows(region.networkInterfaces)) {
    if (eni.InterfaceType === 'network_load_balancer') expect(held.has(`${eni.SubnetId}/${eni.PrivateIpAddress}`), 'no orphan node interface').toBe(true);
  }
}

test.prop([fc.array(op, { minLength: 1, maxLength: 25 })], { numRuns: 60 })(
  'NLB nodes: one per AZ, in their subnet’s AZ, unique addresses inside their subnets',
  (ops) => {
    const env = providerWorld();
    const { cloud, ec2, elbv2, subnetA, subnetB, subnetC, subnet } = env;
    const otherVpc = ec2.createVpc({ CidrBlock: '10.2.0.0/16' }).Vpc.VpcId;
    // Small subnets run out of addresses; a second subnet per AZ and one in another VPC.
    const subnets = [
      subnetA,
      subnetB,
      subnetC,
      subnet('10.1.10.0/28', 'us-east-1a'),
      subnet('10.1.11.0/28', 'us-east-1b'),
      subnet('10.1.12.0/28', 'us-east-1c'),
      ec2.createSubnet({ VpcId: otherVpc, CidrBlock: '10.2.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId,
    ];
    const arns: string[] = [];
    for (const step of ops) {
      const before = cloud.world;
      const pick = (ids: number[]) => ids.map((i) => subnets[i] ?? '');
      try {
        if (step.kind === 'create') {
          const lb = elbv2.createLoadBalancer({
            Name: `nlb-${step.name}`,
            Type: 'network',
            Scheme: step.internal ? 'internal' : 'internet-facing',
            Subnets: pick(step.subnets),
          }).LoadBalancers[0];
          if (lb !== undefined && !arns.includes(lb.LoadBalancerArn)) arns.push(lb.LoadBalancerArn);
        } else if (step.kind === 'setSubnets') {
          const arn = arns[step.lb % Math.max(arns.length, 1)];
          if (arn !== undefined) elbv2.setSubnets({ LoadBalancerArn: arn, Subnets: pick(step.subnets) });
        } else {
          const arn = arns[step.lb % Math.max(arns.length, 1)];
          if (arn !== undefined) elbv2.deleteLoadBalancer({ LoadBalancerArn: arn });
        }
      } catch (error) {
        expect(isCloudError(error)).toBe(true);
        expect(cloud.world, 'a failed command changes nothing').toBe(before);
      }
      checkNodes(cloud.world);
    }
  },
);
