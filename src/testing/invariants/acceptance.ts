/**
 * Invariant 1: only an allowed principal creates an endpoint to a service, acceptance is
 * required unless the service says otherwise, and nothing reaches `available` without it.
 * From the state alone: every endpoint was requested by a principal of its own account and
 * is on its service's connection list. With a recorded history: the requester was allowed
 * (or owned the service) when it asked, and the endpoint started `pendingAcceptance` when
 * the service required acceptance then.
 *
 * @module
 */
import { isAwsServiceEndpoint } from '../../aws-services/lookup.js';
import { getRow, rows } from '../../core/table.js';
import { accountOfArn } from '../_internals/principals.js';
import { regionsOf } from '../_internals/world-scan.js';
import type { World } from '../../world/world.js';
import type { CloudHistory } from './history.js';
import { violation, type InvariantViolation } from './violation.js';

/**
 * Checks invariant 1 on the current world, and on `history` when given.
 *
 * @example
 * checkAcceptance(cloud.world, history); // [] when invariant 1 holds
 */
export function checkAcceptance(world: World, history?: CloudHistory): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const [, state] of regionsOf(world)) {
    for (const endpoint of rows(state.vpcEndpoints)) {
      const id = endpoint.VpcEndpointId;
      if (accountOfArn(endpoint.RequesterArn) !== endpoint.OwnerId) {
        out.push(violation(1, [id, endpoint.RequesterArn], `endpoint ${id} of account ${endpoint.OwnerId} was requested by ${endpoint.RequesterArn}, a principal of another account`));
      }
      if (isAwsServiceEndpoint(endpoint)) {
        // AWS services accept every endpoint: none ever waits for acceptance.
        if (endpoint.State === 'pendingAcceptance') out.push(violation(1, [id, endpoint.ServiceName], `endpoint ${id} to the AWS service ${endpoint.ServiceName} is pendingAcceptance; AWS services need no acceptance`));
        continue;
      }
      const service = getRow(state.endpointServices, endpoint.ServiceId);
      if (service === undefined) continue;
      if (service.OwnerId !== endpoint.ServiceOwnerId) {
        out.push(violation(1, [id, service.ServiceId], `endpoint ${id} records service owner ${endpoint.ServiceOwnerId}, but ${service.ServiceId} belongs to ${service.OwnerId}`));
      }
      if (getRow(service.connections, id) !== endpoint.OwnerId) {
        out.push(violation(1, [id, service.ServiceId], `endpoint ${id} is not on the connection list of ${service.ServiceId}: the provider cannot see it to accept or reject it`));
      }
    }
  }
  if (history !== undefined) out.push(...checkCreations(world, history));
  return out;
}

function checkCreations(world: World, history: CloudHistory): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const creation of history.creations.values()) {
    const id = creation.endpointId;
    if (!creation.allowed) {
      out.push(violation(1, [id, creation.serviceId, creation.requesterArn], `endpoint ${id} was created for ${creation.requesterArn}, which neither owned ${creation.serviceId} nor was an allowed principal at that moment`));
    }
    const first = history.transitions.get(id)?.[0];
    const expected = creation.acceptanceRequired ? 'pendingAcceptance' : 'pending';
    if (first !== undefined && first.to !== expected) {
      out.push(violation(1, [id, creation.serviceId], `endpoint ${id} started ${first.to}, but ${creation.serviceId} had AcceptanceRequired=${creation.acceptanceRequired} when it was created (expected ${expected})`));
    }
    const state = world.regions[creation.region];
    const endpoint = state === undefined ? undefined : getRow(state.vpcEndpoints, id);
    const accepted = (history.transitions.get(id) ?? []).some((t) => t.from === 'pendingAcceptance' && t.to === 'pending');
    if (creation.acceptanceRequired && endpoint?.State === 'available' && !accepted) {
      out.push(violation(1, [id, creation.serviceId], `endpoint ${id} is available without the provider accepting it, although ${creation.serviceId} required acceptance when it was created`));
    }
  }
  return out;
}
