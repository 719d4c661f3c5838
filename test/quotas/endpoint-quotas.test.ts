/**
 * Interface endpoint quotas through the facade: endpoints per VPC and security groups per
 * network interface. AWS's defaults, raised, lowered, unlimited; a refusal changes nothing;
 * a deleted endpoint frees room.
 */
import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import type { Quotas } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { buildTopology } from '../fixtures/topology.js';
import { expectCountersMatchWorld, expectRefused, topologyWith } from './fixtures.js';

describe('interface endpoints per VPC (VpcEndpointLimitExceeded)', () => {
  it('allows AWS default of 50 per VPC and refuses the 51st; a deleted endpoint frees room', () => {
    const { cloud, consumer, provider } = topologyWith();
    const ec2 = cloud.ec2(consumer.identity);
    const create = () =>
      ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: [consumer.subnetA] }).VpcEndpoint
        .VpcEndpointId ?? '';
    const ids = Array.from({ length: 50 }, create);
    expectRefused(cloud, create, 'VpcEndpointLimitExceeded', 'The maximum number of VPC endpoints has been reached.');
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [ids[0] ?? ''] }); // instant timings: deleted at once
    create();
    expect(getRow(regionOf(cloud.world, consumer.identity.region).vpcs, consumer.vpcId)?.interfaceEndpointCount).toBe(50);
    expectCountersMatchWorld(cloud.world);
  });

  it('a deleting endpoint still counts until it is deleted; a ClientToken replay is no new endpoint', () => {
    const { cloud, consumer, provider } = buildSlow({ interfaceEndpointsPerVpc: 1 });
    const ec2 = cloud.ec2(consumer.identity);
    const request = { VpcEndpointType: 'Interface' as const, VpcId: consumer.vpcId, ServiceName: provider.serviceName, ClientToken: 'once' };
    const first = ec2.createVpcEndpoint(request).VpcEndpoint.VpcEndpointId ?? '';
    expect(ec2.createVpcEndpoint(request).VpcEndpoint.VpcEndpointId).toBe(first);
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [first] });
    const { ClientToken: _, ...again } = request;
    expectRefused(cloud, () => ec2.createVpcEndpoint(again), 'VpcEndpointLimitExceeded');
    cloud.clock.advance(60_000);
    ec2.createVpcEndpoint(again);
    expectCountersMatchWorld(cloud.world);
  });

  it('lowered to 0 refuses the first; raised and unlimited allow more', () => {
    for (const [quota, made] of [[0, 0], [55, 55], [Infinity, 70]] as const) {
      const { cloud, consumer, provider } = topologyWith({ interfaceEndpointsPerVpc: quota });
      const create = () => cloud.ec2(consumer.identity).createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName });
      for (let i = 0; i < made; i++) create();
      if (quota !== Infinity) expectRefused(cloud, create, 'VpcEndpointLimitExceeded');
    }
  });
});

describe('security groups per network interface (SecurityGroupsPerInterfaceLimitExceeded)', () => {
  function withGroups(quotas: Partial<Quotas>, count: number) {
    const topology = topologyWith(quotas);
    const ec2 = topology.cloud.ec2(topology.consumer.identity);
    const groups = Array.from({ length: count }, (_, i) => ec2.createSecurityGroup({ VpcId: topology.consumer.vpcId, GroupName: `g${i}`, Description: 'x' }).GroupId);
    const create = (SecurityGroupIds: string[]) =>
      ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: topology.consumer.vpcId, ServiceName: topology.provider.serviceName, SubnetIds: [topology.consumer.subnetA], SecurityGroupIds })
        .VpcEndpoint.VpcEndpointId ?? '';
    return { ...topology, ec2, groups, create };
  }

  it('allows AWS default of 5 on CreateVpcEndpoint and ModifyVpcEndpoint, refuses a 6th', () => {
    const { cloud, ec2, groups, create } = withGroups({}, 6);
    expectRefused(cloud, () => create(groups), 'SecurityGroupsPerInterfaceLimitExceeded', 'The maximum number of security groups per network interface has been reached.');
    const id = create(groups.slice(0, 5));
    expectRefused(cloud, () => ec2.modifyVpcEndpoint({ VpcEndpointId: id, AddSecurityGroupIds: [groups[5] ?? ''] }), 'SecurityGroupsPerInterfaceLimitExceeded');
    // Swapping one for another stays at 5.
    ec2.modifyVpcEndpoint({ VpcEndpointId: id, AddSecurityGroupIds: [groups[5] ?? ''], RemoveSecurityGroupIds: [groups[0] ?? ''] });
    expect(ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]?.Groups).toHaveLength(5);
  });

  it('lowered to 1 and raised to 8', () => {
    const low = withGroups({ securityGroupsPerNetworkInterface: 1 }, 2);
    expectRefused(low.cloud, () => low.create(low.groups), 'SecurityGroupsPerInterfaceLimitExceeded');
    low.create([]); // the VPC's default group alone
    const high = withGroups({ securityGroupsPerNetworkInterface: 8 }, 8);
    expect(high.ec2.describeVpcEndpoints({ VpcEndpointIds: [high.create(high.groups)] }).VpcEndpoints[0]?.Groups).toHaveLength(8);
  });
});

/** The topology where a deleted endpoint stays `deleting` for 30 s before it is `deleted`. */
function buildSlow(quotas: Partial<Quotas>) {
  return buildTopology({ acceptanceRequired: false, quotas, timing: { endpointDeletionMs: 30_000 } });
}
