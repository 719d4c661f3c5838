import { describe, expect, it } from 'vitest';
import { getRow } from '../../src/core/table.js';
import type { DomainEvent } from '../../src/index.js';
import { regionOf } from '../../src/world/world.js';
import { cloudErrorOf } from '../support/errors.js';
import { buildTopology, CONSUMER, OUTSIDER, REGION } from '../fixtures/topology.js';

function setup(timing?: { endpointDeletionMs: number }) {
  const topology = buildTopology({ acceptanceRequired: false, ...(timing ? { timing } : {}) });
  const { cloud, provider, consumer } = topology;
  const ec2 = cloud.ec2(consumer.identity);
  const id = ec2.createVpcEndpoint({
    VpcEndpointType: 'Interface',
    VpcId: consumer.vpcId,
    ServiceName: provider.serviceName,
    SubnetIds: [consumer.subnetA, consumer.subnetB],
  }).VpcEndpoint.VpcEndpointId;
  const state = () => ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]?.State;
  return { ...topology, ec2, id, state };
}

describe('DeleteVpcEndpoints', () => {
  it('deletes: deleting then deleted, interfaces freed, data path cut, provider still sees it', () => {
    const { cloud, ec2, id, state, provider } = setup();
    const enis = ec2.describeVpcEndpoints({ VpcEndpointIds: [id] }).VpcEndpoints[0]?.NetworkInterfaceIds ?? [];
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    expect(ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] })).toEqual({ Unsuccessful: [] });
    expect(state()).toBe('deleted');
    for (const eni of enis) expect(getRow(regionOf(cloud.world, REGION).networkInterfaces, eni)).toBeUndefined();
    expect(events.filter((e) => e.type === 'EndpointStateChanged').map((e) => e.type === 'EndpointStateChanged' && [e.from, e.to])).toEqual([
      ['available', 'deleting'],
      ['deleting', 'deleted'],
    ]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'DataPathCut', scope: { kind: 'endpoint', endpointId: id } }));
    const connections = cloud.ec2(provider.identity).describeVpcEndpointConnections({
      Filters: [{ Name: 'vpc-endpoint-id', Values: [id] }],
    }).VpcEndpointConnections;
    expect(connections.map((c) => [c.VpcEndpointId, c.VpcEndpointOwner, c.VpcEndpointState])).toEqual([[id, CONSUMER, 'deleted']]);
  });

  it('stays deleting for the deletion time with realistic timings', () => {
    const { cloud, ec2, id, state } = setup({ endpointDeletionMs: 60_000 });
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] });
    expect(state()).toBe('deleting');
    // deleting again is harmless
    expect(ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] })).toEqual({ Unsuccessful: [] });
    cloud.clock.advance(60_000);
    expect(state()).toBe('deleted');
  });

  it('reports unknown and foreign ids per item and deletes the rest', () => {
    const { cloud, ec2, id, state } = setup();
    const outsider = cloud.ec2({ accountId: OUTSIDER, region: REGION });
    const before = cloud.world;
    expect(outsider.deleteVpcEndpoints({ VpcEndpointIds: [id] })).toEqual({
      Unsuccessful: [{ ResourceId: id, Error: { Code: 'InvalidVpcEndpoint.NotFound', Message: `The Vpc Endpoint Id '${id}' does not exist` } }],
    });
    expect(cloud.world).toBe(before);
    const unknown = 'vpce-0123456789abcdef0';
    expect(ec2.deleteVpcEndpoints({ VpcEndpointIds: [unknown, id] }).Unsuccessful).toEqual([
      { ResourceId: unknown, Error: { Code: 'InvalidVpcEndpoint.NotFound', Message: `The Vpc Endpoint Id '${unknown}' does not exist` } },
    ]);
    expect(state()).toBe('deleted');
  });

  it('requires ids and honours DryRun', () => {
    const { cloud, ec2, id } = setup();
    const before = cloud.world;
    expect(cloudErrorOf(() => ec2.deleteVpcEndpoints({ VpcEndpointIds: [] }))).toMatchObject({
      code: 'MissingParameter',
      message: 'The request must contain the parameter VpcEndpointIds',
    });
    expect(cloudErrorOf(() => ec2.deleteVpcEndpoints({ VpcEndpointIds: [id], DryRun: true })).code).toBe('DryRunOperation');
    expect(cloud.world).toBe(before);
  });

  it('notifies the provider with Connect, Accept and Delete', () => {
    const topology = buildTopology();
    const { cloud, provider, consumer } = topology;
    const p = cloud.ec2(provider.identity);
    p.createVpcEndpointConnectionNotification({
      ServiceId: provider.serviceId,
      ConnectionNotificationArn: `arn:aws:sns:${REGION}:${provider.identity.accountId}:endpoint-events`,
      ConnectionEvents: ['Connect', 'Accept', 'Reject', 'Delete'],
    });
    const seen: string[] = [];
    cloud.subscribe((e) => {
      if (e.type === 'ConnectionNotification') seen.push(`${e.EventType}:${e.VpcEndpointState}`);
    });
    const ec2 = cloud.ec2(consumer.identity);
    const id = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName }).VpcEndpoint.VpcEndpointId;
    p.acceptVpcEndpointConnections({ ServiceId: provider.serviceId, VpcEndpointIds: [id] });
    ec2.deleteVpcEndpoints({ VpcEndpointIds: [id] });
    expect(seen).toEqual(['Connect:pendingAcceptance', 'Accept:pending', 'Delete:deleting']);
  });
});
