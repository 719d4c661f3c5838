/**
 * A recorder of what happened to endpoints, for the invariants a single state cannot show:
 * whether the requester was allowed and acceptance required when an endpoint was created
 * (permissions and `AcceptanceRequired` may change afterwards without touching it), and
 * every state change it went through.
 *
 * @module
 */
import { isAwsServiceEndpoint } from '../../aws-services/lookup.js';
import type { Cloud } from '../../cloud.js';
import { getRow, tableKeys } from '../../core/table.js';
import type { VpcEndpointState } from '../../endpoints/model.js';
import type { DomainEvent } from '../../world/events.js';
import type { World } from '../../world/world.js';
import { principalsCover } from '../_internals/principals.js';

/** What was true when an endpoint was created. */
export interface EndpointCreation {
  endpointId: string;
  region: string;
  serviceId: string;
  requesterArn: string;
  consumerAccountId: string;
  providerAccountId: string;
  /** The service's `AcceptanceRequired` at that moment. */
  acceptanceRequired: boolean;
  /** Whether the requester owned the service or was covered by its permissions then. */
  allowed: boolean;
}

/** One recorded state change of an endpoint. */
export interface EndpointTransition {
  from: VpcEndpointState | undefined;
  to: VpcEndpointState;
}

/**
 * The recorded history of a cloud's endpoints (from `recordHistory(cloud)` on).
 *
 * @example
 * const history = recordHistory(cloud);
 * // ... drive the cloud ...
 * checkInvariants(cloud, { history });
 * history.stop();
 */
export interface CloudHistory {
  /** Creation facts by endpoint id. */
  readonly creations: ReadonlyMap<string, EndpointCreation>;
  /** State changes by endpoint id, oldest first (creation included, `from: undefined`). */
  readonly transitions: ReadonlyMap<string, readonly EndpointTransition[]>;
  /** Stops recording. */
  stop(): void;
}

function creationOf(event: DomainEvent & { type: 'EndpointStateChanged' }, world: World): EndpointCreation | undefined {
  const state = world.regions[event.region];
  const endpoint = state === undefined ? undefined : getRow(state.vpcEndpoints, event.endpointId);
  const service = state === undefined ? undefined : getRow(state.endpointServices, event.serviceId);
  if (endpoint === undefined) return undefined;
  const owner = service !== undefined && service.OwnerId === endpoint.OwnerId;
  // Any principal may use an AWS service (the endpoint policy and IAM decide what it does).
  const allowed = isAwsServiceEndpoint(endpoint) || owner || (service !== undefined && principalsCover([...tableKeys(service.allowedPrincipals)], endpoint.RequesterArn));
  return {
    endpointId: event.endpointId,
    region: event.region,
    serviceId: event.serviceId,
    requesterArn: endpoint.RequesterArn,
    consumerAccountId: event.consumerAccountId,
    providerAccountId: event.providerAccountId,
    acceptanceRequired: service?.AcceptanceRequired ?? false,
    allowed,
  };
}

/**
 * Starts recording endpoint creations and state changes of `cloud` (through
 * `cloud.subscribe`). Start it before the endpoints you want checked are created.
 *
 * @example
 * const history = recordHistory(cloud);
 * consumer.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId, ServiceName, SubnetIds });
 * history.creations.size; // 1
 */
export function recordHistory(cloud: Pick<Cloud, 'subscribe'>): CloudHistory {
  const creations = new Map<string, EndpointCreation>();
  const transitions = new Map<string, EndpointTransition[]>();
  const stop = cloud.subscribe((event, world) => {
    if (event.type !== 'EndpointStateChanged') return;
    if (event.from === undefined) {
      const creation = creationOf(event, world);
      if (creation !== undefined) creations.set(event.endpointId, creation);
    }
    const list = transitions.get(event.endpointId) ?? [];
    list.push({ from: event.from, to: event.to });
    transitions.set(event.endpointId, list);
  });
  return { creations, transitions, stop };
}
