/**
 * The provider's side of endpoint connections: the endpoints that requested a connection to
 * one of its services (`service.connections`), answering an accept or reject through the
 * shared connection machine (`connections/transition.ts`), and the `VpcEndpointConnection`
 * rendering of `DescribeVpcEndpointConnections`.
 *
 * @module
 */
import type { ActionContext } from '../core/action.js';
import { errors } from '../core/errors.js';
import { getRow, tableKeys } from '../core/table.js';
import { moveEndpoint } from '../connections/transition.js';
import { endpointDnsEntries, type DnsEntry } from '../endpoints/dns-entries.js';
import type { VpcEndpointRecord, VpcEndpointState } from '../endpoints/model.js';
import type { RegionState, World } from '../world/world.js';
import type { EndpointServiceRecord } from './model.js';
import { unsuccessful, type UnsuccessfulItem } from './unsuccessful.js';

/** SDK v3 `VpcEndpointConnection`. */
export interface VpcEndpointConnection {
  ServiceId: string;
  VpcEndpointId: string;
  VpcEndpointOwner: string;
  VpcEndpointState: VpcEndpointState;
  CreationTimestamp: Date;
  DnsEntries: DnsEntry[];
  NetworkLoadBalancerArns: string[];
  IpAddressType: 'ipv4';
  VpcEndpointRegion: string;
}

/**
 * Every endpoint that requested a connection to `service` and is still recorded.
 *
 * @example
 * for (const endpoint of serviceEndpoints(ctx.region, service)) console.log(endpoint.State);
 */
export function* serviceEndpoints(state: RegionState, service: EndpointServiceRecord): IterableIterator<VpcEndpointRecord> {
  for (const endpointId of tableKeys(service.connections)) {
    const endpoint = connectedEndpoint(state, service, endpointId);
    if (endpoint !== undefined) yield endpoint;
  }
}

/**
 * The endpoint `endpointId` of `service`'s connection list while it is still recorded as
 * that service's, else `undefined`.
 *
 * @example
 * for (const id of tableKeys(service.connections)) connectedEndpoint(ctx.region, service, id);
 */
export function connectedEndpoint(state: RegionState, service: EndpointServiceRecord, endpointId: string): VpcEndpointRecord | undefined {
  const endpoint = getRow(state.vpcEndpoints, endpointId);
  return endpoint !== undefined && endpoint.ServiceId === service.ServiceId ? endpoint : undefined;
}

/**
 * Accepts or rejects `endpointIds` of the caller's `service` (a draft), each through the
 * connection machine. An endpoint of another service, or unknown, is
 * `InvalidVpcEndpointId.NotFound`; one whose state does not accept the answer is
 * `IncorrectState`; both come back as `Unsuccessful` items.
 *
 * @example
 * const failed = answerConnections(ctx, service, ['vpce-0123456789abcdef0'], 'accept');
 */
export function answerConnections(
  ctx: ActionContext,
  service: EndpointServiceRecord,
  endpointIds: readonly string[],
  answer: 'accept' | 'reject',
): UnsuccessfulItem[] {
  const state = ctx.region;
  const failed: UnsuccessfulItem[] = [];
  for (const endpointId of endpointIds) {
    const endpoint = getRow(state.vpcEndpoints, endpointId);
    if (!endpoint || endpoint.ServiceId !== service.ServiceId) {
      failed.push(unsuccessful(endpointId, errors.endpointIdNotFound(endpointId)));
      continue;
    }
    const from = endpoint.State;
    if (moveEndpoint(ctx, state, ctx.caller.region, endpoint, { type: answer }) === undefined) {
      failed.push(unsuccessful(endpointId, errors.endpointConnectionStateIncorrect(endpointId, from, answer === 'accept' ? 'accepted' : 'rejected')));
    }
  }
  return failed;
}

/**
 * The provider's view of one connection.
 *
 * @example
 * renderConnection(cloud.world, 'us-east-1', service, endpoint).VpcEndpointState; // 'pendingAcceptance'
 */
export function renderConnection(world: World, region: string, service: EndpointServiceRecord, endpoint: VpcEndpointRecord): VpcEndpointConnection {
  return {
    ServiceId: service.ServiceId,
    VpcEndpointId: endpoint.VpcEndpointId,
    VpcEndpointOwner: endpoint.OwnerId,
    VpcEndpointState: endpoint.State,
    CreationTimestamp: new Date(endpoint.createdAt),
    DnsEntries: endpointDnsEntries(world, region, endpoint),
    NetworkLoadBalancerArns: [...service.NetworkLoadBalancerArns],
    IpAddressType: 'ipv4',
    VpcEndpointRegion: region,
  };
}
