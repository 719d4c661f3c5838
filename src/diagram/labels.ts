/**
 * The text inside each box of a topology diagram, in AWS's own words: the ids, states and
 * attributes that `describe-*` would show, a line each.
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import { getRow, tableKeys } from '../core/table.js';
import type { EndpointServiceRecord } from '../endpoint-services/model.js';
import type { LoadBalancerRecord } from '../load-balancers/model.js';
import type { RegionState } from '../world/world.js';

/** At most this many allowed principals are listed on a service; the rest are counted. */
const MAX_PRINCIPALS = 4;

/** A principal as a person reads it: the account for `:root`, `account kind/name` for users and roles. */
function shortPrincipal(principal: string): string {
  if (principal === '*') return 'everyone (*)';
  const arn = parseArn(principal);
  if (arn === undefined || arn.service !== 'iam' || arn.accountId === '') return principal;
  return arn.resource === 'root' ? `account ${arn.accountId}` : `${arn.accountId} ${arn.resource}`;
}

/**
 * The lines of an endpoint service box: id, state, acceptance, private DNS name and who is
 * allowed to connect.
 *
 * @example
 * serviceLines(service); // ['endpoint service', 'vpce-svc-...', 'Available · acceptance required', ...]
 */
export function serviceLines(service: EndpointServiceRecord): string[] {
  const lines = [
    'endpoint service',
    service.ServiceId,
    `${service.ServiceState} · ${service.AcceptanceRequired ? 'acceptance required' : 'accepts automatically'}`,
  ];
  if (service.PrivateDns !== undefined) lines.push(`private DNS ${service.PrivateDns.Name} · ${service.PrivateDns.State}`);
  const principals = [...tableKeys(service.allowedPrincipals)].sort();
  if (principals.length === 0) {
    lines.push('allowed: owner only');
  } else {
    const shown = principals.slice(0, MAX_PRINCIPALS).map(shortPrincipal);
    const more = principals.length - shown.length;
    lines.push(`allowed: ${shown.join(', ')}${more > 0 ? ` +${more} more` : ''}`);
  }
  return lines;
}

/**
 * The lines of a load balancer box: name and state, cross-zone setting, and each listener
 * with the target group it forwards to (and whether that group sends proxy protocol v2).
 *
 * @example
 * loadBalancerLines(state, lb); // ['NLB svc-nlb · active', 'cross-zone off', 'TCP 443 → svc-targets TCP 8080']
 */
export function loadBalancerLines(state: RegionState, lb: LoadBalancerRecord): string[] {
  const crossZone = lb.attributes['load_balancing.cross_zone.enabled'] === 'true';
  const lines = [`NLB ${lb.LoadBalancerName} · ${lb.State}`, `cross-zone ${crossZone ? 'on' : 'off'}`];
  const listeners = lb.listenerArns
    .map((arn) => getRow(state.listeners, arn))
    .filter((l) => l !== undefined)
    .sort((a, b) => a.Port - b.Port);
  for (const listener of listeners) {
    const group = getRow(state.targetGroups, listener.TargetGroupArn);
    if (group === undefined) continue;
    const proxy = group.attributes['proxy_protocol_v2.enabled'] === 'true' ? ' · proxy protocol v2' : '';
    lines.push(`TCP ${listener.Port} → ${group.TargetGroupName} TCP ${group.Port}${proxy}`);
  }
  return lines;
}

/**
 * The class a state's box is drawn with: `ok` (green), `waiting` (amber), `bad` (red) or
 * `idle` (grey).
 *
 * @example
 * stateClass('pendingAcceptance'); // 'waiting'
 */
export function stateClass(state: string): 'ok' | 'waiting' | 'bad' | 'idle' {
  switch (state) {
    case 'available':
    case 'Available':
    case 'active':
    case 'healthy':
    case 'verified':
      return 'ok';
    case 'pendingAcceptance':
    case 'pending':
    case 'Pending':
    case 'provisioning':
    case 'initial':
    case 'pendingVerification':
    case 'partial':
      return 'waiting';
    case 'rejected':
    case 'failed':
    case 'Failed':
    case 'expired':
    case 'unhealthy':
    case 'active_impaired':
      return 'bad';
    default:
      return 'idle';
  }
}
