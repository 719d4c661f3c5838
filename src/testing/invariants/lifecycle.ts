/**
 * Invariant 5: every stored lifecycle state is a state of its machine (endpoint connection,
 * endpoint service, load balancer, private DNS verification, VPC peering), and, with a
 * recorded history, every endpoint state change was an edge of the connection machine, the
 * first one a creation, nothing followed `deleted`, and the stored state is the last one
 * recorded.
 *
 * @module
 */
import { getRow, rows } from '../../core/table.js';
import { endpointConnectionMachine } from '../../machines/endpoint-connection.js';
import { endpointServiceMachine } from '../../machines/endpoint-service.js';
import { loadBalancerMachine } from '../../machines/load-balancer.js';
import { privateDnsVerificationMachine } from '../../machines/private-dns-verification.js';
import { machineEdges, stateNames } from '../../machines/step.js';
import type { World } from '../../world/world.js';
import { regionsOf } from '../_internals/world-scan.js';
import type { CloudHistory } from './history.js';
import { violation, type InvariantViolation } from './violation.js';

const ENDPOINT_STATES = new Set(stateNames(endpointConnectionMachine));
const SERVICE_STATES = new Set(stateNames(endpointServiceMachine));
const LOAD_BALANCER_STATES = new Set(stateNames(loadBalancerMachine));
const DNS_STATES = new Set(stateNames(privateDnsVerificationMachine));
const PEERING_STATES = new Set([
  'initiating-request', 'pending-acceptance', 'provisioning', 'active', 'rejected', 'failed', 'expired', 'deleting', 'deleted',
]);
const ENDPOINT_EDGES = new Set(machineEdges(endpointConnectionMachine).map((e) => `${e.from}->${e.to}`));
const INITIAL_ENDPOINT_STATES = new Set(['pendingAcceptance', 'pending']);

/**
 * Checks invariant 5 on the current world, and on `history` when given.
 *
 * @example
 * checkLifecycles(cloud.world, history);
 */
export function checkLifecycles(world: World, history?: CloudHistory): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const bad = (id: string, kind: string, state: string) => out.push(violation(5, [id], `${kind} ${id} is in '${state}', which is not a state of its lifecycle`));
  for (const [, state] of regionsOf(world)) {
    for (const e of rows(state.vpcEndpoints)) if (!ENDPOINT_STATES.has(e.State)) bad(e.VpcEndpointId, 'endpoint', e.State);
    for (const s of rows(state.endpointServices)) {
      if (!SERVICE_STATES.has(s.ServiceState)) bad(s.ServiceId, 'service', s.ServiceState);
      if (s.PrivateDns !== undefined && !DNS_STATES.has(s.PrivateDns.State)) bad(s.ServiceId, 'private DNS name of', s.PrivateDns.State);
    }
    for (const lb of rows(state.loadBalancers)) if (!LOAD_BALANCER_STATES.has(lb.State)) bad(lb.LoadBalancerArn, 'load balancer', lb.State);
    for (const p of rows(state.vpcPeeringConnections)) if (!PEERING_STATES.has(p.Status)) bad(p.VpcPeeringConnectionId, 'peering connection', p.Status);
  }
  if (history !== undefined) out.push(...checkTransitions(world, history));
  return out;
}

function checkTransitions(world: World, history: CloudHistory): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (const [id, transitions] of history.transitions) {
    transitions.forEach((t, i) => {
      if (i === 0) {
        if (t.from !== undefined || !INITIAL_ENDPOINT_STATES.has(t.to)) {
          out.push(violation(5, [id], `endpoint ${id} first appeared as ${t.from ?? '(new)'} -> ${t.to}; an endpoint starts pendingAcceptance or pending`));
        }
        return;
      }
      const previous = transitions[i - 1];
      if (t.from === undefined || !ENDPOINT_EDGES.has(`${t.from}->${t.to}`)) {
        out.push(violation(5, [id], `endpoint ${id} moved ${t.from ?? '(new)'} -> ${t.to}, which is not a transition of the endpoint connection machine`));
      } else if (previous !== undefined && previous.to !== t.from) {
        out.push(violation(5, [id], `endpoint ${id} moved from ${t.from}, but its previous recorded state was ${previous.to}`));
      }
    });
    const last = transitions[transitions.length - 1];
    const creation = history.creations.get(id);
    const stored = creation === undefined ? undefined : getRow(world.regions[creation.region]?.vpcEndpoints ?? {}, id);
    if (last !== undefined && stored !== undefined && stored.State !== last.to) {
      out.push(violation(5, [id], `endpoint ${id} is stored as ${stored.State}, but its last recorded transition went to ${last.to}: a state changed without a transition`));
    }
  }
  return out;
}
