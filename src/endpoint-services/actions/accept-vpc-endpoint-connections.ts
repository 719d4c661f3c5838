/**
 * EC2 `AcceptVpcEndpointConnections`: the owner of a service accepts connection requests
 * to it, each through the connection machine (`pendingAcceptance` -> `pending` -> `available`).
 * Endpoints that cannot be accepted come back in `Unsuccessful`; the call succeeds.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { answerConnections } from '../connections.js';
import { requireOwnedService } from '../lookup.js';
import { serviceArnOf } from '../render.js';
import type { UnsuccessfulItem } from '../unsuccessful.js';

/** SDK v3 `AcceptVpcEndpointConnectionsRequest`. */
export interface AcceptVpcEndpointConnectionsRequest {
  DryRun?: boolean;
  ServiceId: string;
  VpcEndpointIds: string[];
}

/** SDK v3 `AcceptVpcEndpointConnectionsResult`. */
export interface AcceptVpcEndpointConnectionsResult {
  Unsuccessful: UnsuccessfulItem[];
}

/**
 * `AcceptVpcEndpointConnections`.
 *
 * @example
 * const { Unsuccessful } = providerEc2.acceptVpcEndpointConnections({ ServiceId, VpcEndpointIds: [endpointId] });
 */
export const acceptVpcEndpointConnections = defineAction<AcceptVpcEndpointConnectionsRequest, AcceptVpcEndpointConnectionsResult>()({
  name: 'AcceptVpcEndpointConnections',
  api: 'ec2',
  parse: (p) => ({ serviceId: p.string('ServiceId'), endpointIds: p.stringList('VpcEndpointIds') }),
  authorize: (_world, caller, parsed) => ({ resource: serviceArnOf(caller.region, caller.accountId, parsed.serviceId) }),
  apply: (ctx, { serviceId, endpointIds }) => {
    const service = requireOwnedService(ctx.region, ctx.caller.accountId, serviceId);
    return { Unsuccessful: answerConnections(ctx, service, endpointIds, 'accept') };
  },
});
