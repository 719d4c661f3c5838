/**
 * `recordHistory` and the history-based checks of invariants 1 and 5: what was true when an
 * endpoint was created, and whether every state change was a machine transition. The
 * corruptions go through `cloud.change` (a system change with no events unless the test
 * emits them), so the recorder sees exactly what a buggy action would have produced.
 */
import { describe, expect, it } from 'vitest';
import { getRow, putRow } from '../../src/core/table.js';
import type { VpcEndpointState } from '../../src/index.js';
import { checkInvariants, recordHistory } from '../../src/testing/index.js';
import { regionForWrite } from '../../src/world/world.js';
import { buildTopology, CONSUMER, OUTSIDER, REGION } from '../fixtures/topology.js';
import { must } from './support.js';

function scene(acceptanceRequired: boolean) {
  const t = buildTopology({ acceptanceRequired });
  const history = recordHistory(t.cloud);
  const { VpcEndpoint } = t.cloud.ec2(t.consumer.identity).createVpcEndpoint({
    VpcEndpointType: 'Interface',
    VpcId: t.consumer.vpcId,
    ServiceName: t.provider.serviceName,
    SubnetIds: [t.consumer.subnetA],
  });
  return { ...t, history, endpointId: must(VpcEndpoint.VpcEndpointId) };
}

/** A plain copy of a record read from a draft. */
const copy = <T>(draft: T): T => JSON.parse(JSON.stringify(draft)) as T;

/** Emits an endpoint state change (and stores the state) as a buggy action would. */
function move(s: ReturnType<typeof scene>, from: VpcEndpointState | undefined, to: VpcEndpointState, store = true): void {
  s.cloud.change((ctx) => {
    const endpoint = must(getRow(regionForWrite(ctx.world, REGION).vpcEndpoints, s.endpointId));
    if (store) endpoint.State = to;
    ctx.emit({ type: 'EndpointStateChanged', region: REGION, serviceId: s.provider.serviceId, endpointId: s.endpointId, consumerAccountId: CONSUMER, providerAccountId: s.provider.identity.accountId, from, to });
  });
}

describe('recordHistory', () => {
  it('records creation facts and every transition, and stops on request', () => {
    const s = scene(true);
    const creation = must(s.history.creations.get(s.endpointId));
    expect(creation).toMatchObject({ requesterArn: `arn:aws:iam::${CONSUMER}:root`, acceptanceRequired: true, allowed: true, serviceId: s.provider.serviceId });
    s.cloud.ec2(s.provider.identity).acceptVpcEndpointConnections({ ServiceId: s.provider.serviceId, VpcEndpointIds: [s.endpointId] });
    expect(s.history.transitions.get(s.endpointId)).toEqual([
      { from: undefined, to: 'pendingAcceptance' },
      { from: 'pendingAcceptance', to: 'pending' },
      { from: 'pending', to: 'available' },
    ]);
    expect(checkInvariants(s.cloud, { history: s.history })).toEqual([]);
    s.history.stop();
    s.cloud.ec2(s.consumer.identity).deleteVpcEndpoints({ VpcEndpointIds: [s.endpointId] });
    expect(s.history.transitions.get(s.endpointId)).toHaveLength(3);
  });

  it('records the owner as allowed even without a permission', () => {
    const s = scene(false);
    const p = s.cloud.ec2(s.provider.identity);
    const vpc = p.createVpc({ CidrBlock: '10.50.0.0/16' }).Vpc.VpcId;
    const subnet = p.createSubnet({ VpcId: vpc, CidrBlock: '10.50.1.0/24', AvailabilityZoneId: 'use1-az2' }).Subnet.SubnetId;
    const own = must(p.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId: vpc, ServiceName: s.provider.serviceName, SubnetIds: [subnet] }).VpcEndpoint.VpcEndpointId);
    expect(s.history.creations.get(own)?.allowed).toBe(true);
    expect(checkInvariants(s.cloud, { history: s.history })).toEqual([]);
  });
});

describe('invariant 1 with a history', () => {
  it('reports an endpoint made available without an accept when acceptance was required', () => {
    const s = scene(true);
    move(s, 'pendingAcceptance', 'available');
    const found = checkInvariants(s.cloud, { history: s.history, only: [1] });
    expect(found).toEqual([expect.objectContaining({ invariant: 1, ids: [s.endpointId, s.provider.serviceId] })]);
    expect(found[0]?.message).toContain('without the provider accepting it');
    // Without the history, the state alone cannot tell.
    expect(checkInvariants(s.cloud, { only: [1] })).toEqual([]);
  });

  it('keeps what was true at creation: removing the permission later changes nothing', () => {
    const s = scene(false);
    s.cloud.ec2(s.provider.identity).modifyVpcEndpointServicePermissions({ ServiceId: s.provider.serviceId, RemoveAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    expect(checkInvariants(s.cloud, { history: s.history })).toEqual([]);
  });

  it('reports an endpoint created for a principal that was not allowed', () => {
    const s = scene(false);
    const stranger = `arn:aws:iam::${OUTSIDER}:root`;
    s.cloud.change((ctx) => {
      const state = regionForWrite(ctx.world, REGION);
      const original = must(getRow(state.vpcEndpoints, s.endpointId));
      const forged = { ...copy(original), VpcEndpointId: 'vpce-0123456789abcdef0', OwnerId: OUTSIDER, RequesterArn: stranger, State: 'pending' as const };
      putRow(state.vpcEndpoints, forged.VpcEndpointId, forged);
      putRow(must(getRow(state.endpointServices, s.provider.serviceId)).connections, forged.VpcEndpointId, OUTSIDER);
      ctx.emit({ type: 'EndpointStateChanged', region: REGION, serviceId: s.provider.serviceId, endpointId: forged.VpcEndpointId, consumerAccountId: OUTSIDER, providerAccountId: s.provider.identity.accountId, from: undefined, to: 'pending' });
    });
    const found = checkInvariants(s.cloud, { history: s.history, only: [1] });
    expect(found).toEqual([expect.objectContaining({ invariant: 1, ids: ['vpce-0123456789abcdef0', s.provider.serviceId, stranger] })]);
    expect(found[0]?.message).toContain('nor was an allowed principal');
  });

  it('reports an endpoint that started pending although acceptance was required', () => {
    const s = scene(true);
    const history = recordHistory(s.cloud);
    s.cloud.change((ctx) => {
      const state = regionForWrite(ctx.world, REGION);
      const forged = { ...copy(must(getRow(state.vpcEndpoints, s.endpointId))), VpcEndpointId: 'vpce-00000000000000001', State: 'pending' as const };
      putRow(state.vpcEndpoints, forged.VpcEndpointId, forged);
      putRow(must(getRow(state.endpointServices, s.provider.serviceId)).connections, forged.VpcEndpointId, CONSUMER);
      ctx.emit({ type: 'EndpointStateChanged', region: REGION, serviceId: s.provider.serviceId, endpointId: forged.VpcEndpointId, consumerAccountId: CONSUMER, providerAccountId: s.provider.identity.accountId, from: undefined, to: 'pending' });
    });
    const found = checkInvariants(s.cloud, { history, only: [1] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('started pending');
    expect(found[0]?.message).toContain('expected pendingAcceptance');
  });
});

describe('invariant 5 with a history', () => {
  it('reports a state change that is not a transition of the connection machine', () => {
    const s = scene(true);
    move(s, 'pendingAcceptance', 'available');
    const found = checkInvariants(s.cloud, { history: s.history, only: [5] });
    expect(found).toEqual([expect.objectContaining({ invariant: 5, ids: [s.endpointId] })]);
    expect(found[0]?.message).toContain('pendingAcceptance -> available, which is not a transition');
  });

  it('reports a change that does not start from the previous recorded state', () => {
    const s = scene(true);
    move(s, 'pending', 'available');
    const found = checkInvariants(s.cloud, { history: s.history, only: [5] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('its previous recorded state was pendingAcceptance');
  });

  it('reports a stored state that no transition led to', () => {
    const s = scene(true);
    s.cloud.change((ctx) => {
      must(getRow(regionForWrite(ctx.world, REGION).vpcEndpoints, s.endpointId)).State = 'rejected';
    });
    const found = checkInvariants(s.cloud, { history: s.history, only: [5] });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('stored as rejected, but its last recorded transition went to pendingAcceptance');
  });

  it('reports anything after deleted, and a first event that is not a creation', () => {
    const s = scene(false);
    s.cloud.ec2(s.consumer.identity).deleteVpcEndpoints({ VpcEndpointIds: [s.endpointId] });
    expect(checkInvariants(s.cloud, { history: s.history })).toEqual([]);
    move(s, 'deleted', 'available', false);
    expect(checkInvariants(s.cloud, { history: s.history, only: [5] }).some((v) => v.message.includes('deleted -> available'))).toBe(true);
    const late = recordHistory(s.cloud);
    move(s, 'deleted', 'deleted', false);
    const found = checkInvariants(s.cloud, { history: late, only: [5] });
    expect(found.some((v) => v.message.includes('first appeared as deleted -> deleted'))).toBe(true);
  });
});
