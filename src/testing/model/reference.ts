/**
 * The reference behaviour the commands predict with: endpoint lifecycle moves (with the
 * asynchronous steps the plan's timings imply), data-plane cuts, and source-port cooldown.
 * A few lines each, written from docs/aws-behaviour.md, not from the model's code.
 *
 * @module
 */
import type { VpcEndpointState } from '../../endpoints/model.js';
import type { FuzzModel, ModelConnection, ModelEndpoint } from './fuzz-model.js';

/**
 * Closes, in the model, every open connection `cut` selects; their ports start cooling now.
 *
 * @example
 * cutConnections(model, (c) => c.endpointId === endpoint.id);
 */
export function cutConnections(model: FuzzModel, cut: (c: ModelConnection) => boolean): void {
  const kept: ModelConnection[] = [];
  for (const c of model.connections) {
    if (!cut(c)) {
      kept.push(c);
      continue;
    }
    releasePort(model, c.portKey);
  }
  model.connections = kept;
}

/**
 * Releases one port of `key` at the model's now.
 *
 * @example
 * releasePort(model, connection.portKey);
 */
export function releasePort(model: FuzzModel, key: string): void {
  const list = model.coolingPorts.get(key) ?? [];
  list.push(model.now + model.portCooldownMs);
  model.coolingPorts.set(key, list);
}

/**
 * Whether every port of `key` is held or still cooling at the model's now.
 *
 * @example
 * keyExhausted(model, portKeyOf(lbArn, 'use1-az2', '10.0.1.10', 8080));
 */
export function keyExhausted(model: FuzzModel, key: string): boolean {
  const held = model.connections.filter((c) => c.portKey === key).length;
  const cooling = (model.coolingPorts.get(key) ?? []).filter((at) => at > model.now).length;
  return held + cooling >= model.portCapacity;
}

/**
 * The allocator key of a connection through `loadBalancerArn`'s node in `zoneId` to a target.
 *
 * @example
 * portKeyOf(lbArn, 'use1-az2', '10.0.1.10', 8080);
 */
export function portKeyOf(loadBalancerArn: string, zoneId: string, ip: string, port: number): string {
  return `${loadBalancerArn}|${zoneId}|${ip}|${port}`;
}

/**
 * Moves an endpoint to `state`; leaving `available` cuts its connections. `pending` and
 * `deleting` settle at once when their timing is 0, else at `dueAt`.
 *
 * @example
 * moveModelEndpoint(model, endpoint, 'pending'); // 'available' at once with instant timings
 */
export function moveModelEndpoint(model: FuzzModel, endpoint: ModelEndpoint, state: VpcEndpointState): void {
  if (endpoint.state === 'available' && state !== 'available') cutConnections(model, (c) => c.endpointId === endpoint.id);
  endpoint.state = state;
  delete endpoint.dueAt;
  const timing = model.topology.plan.timing;
  if (state === 'pending') {
    if (timing.endpointProvisioningMs === 0) endpoint.state = 'available';
    else endpoint.dueAt = model.now + timing.endpointProvisioningMs;
  }
  if (state === 'deleting') {
    if (timing.endpointDeletionMs === 0) endpoint.state = 'deleted';
    else endpoint.dueAt = model.now + timing.endpointDeletionMs;
  }
}

/**
 * Advances the model's clock, settling the endpoint steps that fall due.
 *
 * @example
 * cloud.clock.advance(1_000);
 * advanceModel(model, 1_000);
 */
export function advanceModel(model: FuzzModel, ms: number): void {
  model.now += ms;
  for (const endpoint of model.endpoints) {
    if (endpoint.dueAt === undefined || endpoint.dueAt > model.now) continue;
    delete endpoint.dueAt;
    if (endpoint.state === 'pending') endpoint.state = 'available';
    else if (endpoint.state === 'deleting') endpoint.state = 'deleted';
  }
}
