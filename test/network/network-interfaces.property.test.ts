/**
 * Network interfaces agree with the resources they serve, over random topologies and random
 * changes (endpoint subnets added and removed, endpoints deleted, load balancers created and
 * deleted with or without security groups, the clock moving):
 * - every endpoint's `NetworkInterfaceIds` describe, for its owner, to one interface per
 *   endpoint subnet, with the endpoint's security groups;
 * - every load balancer AZ has exactly one node interface, owned by the load balancer's
 *   account, in that AZ's subnet, with the load balancer's security groups;
 * - no interface serves nothing (no orphans once endpoints and load balancers are gone).
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isCloudError, type Cloud, type NetworkInterface } from '../../src/index.js';
import { buildTopologyPlan, topologyPlan, type RealizedTopology } from '../../src/testing/index.js';

type Op =
  | { kind: 'addSubnet' | 'removeSubnet'; consumer: number; subnet: number }
  | { kind: 'deleteEndpoint'; consumer: number }
  | { kind: 'createLoadBalancer'; subnets: number[]; guarded: boolean }
  | { kind: 'deleteLoadBalancer'; pick: number }
  | { kind: 'advance'; ms: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('addSubnet' as const, 'removeSubnet' as const), consumer: fc.nat(), subnet: fc.nat() }),
  fc.record({ kind: fc.constant('deleteEndpoint' as const), consumer: fc.nat() }),
  fc.record({ kind: fc.constant('createLoadBalancer' as const), subnets: fc.uniqueArray(fc.nat({ max: 5 }), { minLength: 1, maxLength: 3 }), guarded: fc.boolean() }),
  fc.record({ kind: fc.constant('deleteLoadBalancer' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 5_000 }) }),
);

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

/** Runs a call; an AWS refusal is fine here (the topology decides), anything else is not. */
function tryCall(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!isCloudError(error)) throw error;
  }
}

function apply(cloud: Cloud, topology: RealizedTopology, extraLoadBalancers: string[], o: Op): void {
  const region = topology.plan.region;
  const provider = { accountId: topology.provider.accountId, region };
  if (o.kind === 'advance') {
    cloud.clock.advance(o.ms);
    return;
  }
  if (o.kind === 'createLoadBalancer') {
    const subnets = o.subnets.flatMap((i) => at(topology.provider.subnetIds, i) ?? []);
    const groups = o.guarded ? [topology.provider.defaultSecurityGroupId] : [];
    tryCall(() => {
      const lb = cloud.elbv2(provider).createLoadBalancer({
        Name: `extra-${extraLoadBalancers.length}`,
        Type: 'network',
        Scheme: 'internal',
        Subnets: [...new Set(subnets)],
        SecurityGroups: groups,
      });
      extraLoadBalancers.push(lb.LoadBalancers[0]?.LoadBalancerArn ?? '');
    });
    return;
  }
  if (o.kind === 'deleteLoadBalancer') {
    const arn = at(extraLoadBalancers, o.pick);
    if (arn !== undefined) tryCall(() => cloud.elbv2(provider).deleteLoadBalancer({ LoadBalancerArn: arn }));
    return;
  }
  const consumer = at(topology.consumers, o.consumer);
  if (consumer?.endpointId === undefined) return;
  const ec2 = cloud.ec2({ accountId: consumer.accountId, region });
  const VpcEndpointId = consumer.endpointId;
  if (o.kind === 'deleteEndpoint') {
    tryCall(() => ec2.deleteVpcEndpoints({ VpcEndpointIds: [VpcEndpointId] }));
    return;
  }
  const subnet = at(consumer.subnetIds, o.subnet) ?? '';
  if (o.kind === 'addSubnet') tryCall(() => ec2.modifyVpcEndpoint({ VpcEndpointId, AddSubnetIds: [subnet] }));
  if (o.kind === 'removeSubnet') tryCall(() => ec2.modifyVpcEndpoint({ VpcEndpointId, RemoveSubnetIds: [subnet] }));
}

/** Checks every account's interfaces against its endpoints and load balancers. */
function check(cloud: Cloud, topology: RealizedTopology): void {
  const region = topology.plan.region;
  const accounts = [topology.provider.accountId, ...topology.consumers.map((c) => c.accountId)];
  for (const accountId of new Set(accounts)) {
    const ec2 = cloud.ec2({ accountId, region });
    const all = ec2.describeNetworkInterfaces().NetworkInterfaces;
    const byId = new Map(all.map((n) => [n.NetworkInterfaceId, n]));
    expect(byId.size).toBe(all.length);
    const served: string[] = [];
    for (const endpoint of ec2.describeVpcEndpoints().VpcEndpoints) {
      const ids = endpoint.NetworkInterfaceIds;
      served.push(...ids);
      const described: NetworkInterface[] = ids.length === 0 ? [] : ec2.describeNetworkInterfaces({ NetworkInterfaceIds: ids }).NetworkInterfaces;
      expect(described.map((n) => n.SubnetId).sort()).toEqual(endpoint.State === 'deleted' ? [] : [...endpoint.SubnetIds].sort());
      for (const eni of described) {
        expect(eni).toMatchObject({
          OwnerId: accountId,
          VpcId: endpoint.VpcId,
          InterfaceType: 'vpc_endpoint',
          Description: `VPC Endpoint Interface ${endpoint.VpcEndpointId}`,
          RequesterManaged: true,
          Status: 'in-use',
        });
        expect(eni.Groups).toEqual(endpoint.Groups);
      }
    }
    for (const lb of cloud.elbv2({ accountId, region }).describeLoadBalancers().LoadBalancers) {
      const arn = lb.LoadBalancerArn;
      const nodes = all.filter((n) => n.Description === `ELB ${arn.slice(arn.indexOf('/net/') + 1)}`);
      served.push(...nodes.map((n) => n.NetworkInterfaceId));
      expect(nodes.map((n) => n.SubnetId).sort()).toEqual(lb.AvailabilityZones.map((z) => z.SubnetId).sort());
      for (const node of nodes) {
        expect(node).toMatchObject({ OwnerId: accountId, VpcId: lb.VpcId, InterfaceType: 'network_load_balancer', RequesterId: 'amazon-elb' });
        expect(node.Groups.map((g) => g.GroupId)).toEqual(lb.SecurityGroups ?? []);
      }
    }
    // Every interface serves exactly one endpoint AZ or load balancer node: no orphans.
    expect([...served].sort()).toEqual([...byId.keys()].sort());
  }
}

describe('network interfaces', () => {
  test.prop([topologyPlan(), fc.array(op, { maxLength: 25 })], { numRuns: 40 })(
    'agree with the endpoints and load balancers they serve, and none is left behind',
    (plan, ops) => {
      const { cloud, topology } = buildTopologyPlan(plan);
      const extra: string[] = [];
      check(cloud, topology);
      for (const o of ops) {
        apply(cloud, topology, extra, o);
        check(cloud, topology);
      }
    },
  );
});
