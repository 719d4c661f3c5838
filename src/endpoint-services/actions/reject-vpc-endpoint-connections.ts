/**
 * EC2 `RejectVpcEndpointConnections`: the owner of a service rejects connection requests
 * to it, each through the connection machine (`pendingAcceptance` or `available` -> `rejected`, cutting live connections).
 * Endpoints that cannot be rejected come back in `Unsuccessful`; the call succeeds.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { answerConnections } from '../connections.js';
import { requireOwnedService } from '../lookup.js';
import { serviceArnOf } from '../render.js';
import type { UnsuccessfulItem } from '../unsuccessful.js';

/** SDK v3 `RejectVpcEndpointConnectionsRequest`. */
export interface RejectVpcEndpointConnectionsRequest {
  DryRun?: boolean;
  ServiceId: string;
  VpcEndpointIds: string[];
}

/** SDK v3 `RejectVpcEndpointConnectionsResult`. */
export interface RejectVpcEndpointConnectionsResult {
  Unsuccessful: UnsuccessfulItem[];
}

/**
 * `RejectVpcEndpointConnections`.
 *
 * @example
 * const { Unsuccessful } = providerEc2.rejectVpcEndpointConnections({ ServiceId, VpcEndpointIds: [endpointId] });
 */
export const rejectVpcEndpointConnections = defineAction<RejectVpcEndpointConnectionsRequest, RejectVpcEndpointConnectionsResult>()({
  name: 'RejectVpcEndpointConnections',
  api: 'ec2',
  parse: (p) => ({ serviceId: p.string('ServiceId'), endpointIds: p.stringList('VpcEndpointIds') }),
  authorize: (_world, caller, parsed) => ({ resource: serviceArnOf(caller.region, caller.accountId, parsed.serviceId) }),
  apply: (ctx, { serviceId, endpointIds }) => {
    const service = requireOwnedService(ctx.region, ctx.caller.accountId, serviceId);
    return { Unsuccessful: answerConnections(ctx, service, endpointIds, 'reject') };
  },
});
