/**
 * Connection notifications (`CreateVpcEndpointConnectionNotification`): records set on a
 * service (the provider's) or on an endpoint (the consumer's), the per-target index
 * `region.connectionNotificationsByTarget` that delivery (`connections/notify.ts`) reads,
 * and the SDK rendering.
 *
 * @module
 */
import { parseArn } from '../core/arn.js';
import { errors } from '../core/errors.js';
import { deleteRow, getRow, putRow } from '../core/table.js';
import type { RegionState } from '../world/world.js';
import type { ConnectionEvent, ConnectionNotificationRecord } from './model.js';

/** The events a notification can subscribe to, as AWS spells them. */
export const CONNECTION_EVENTS: readonly ConnectionEvent[] = ['Accept', 'Connect', 'Delete', 'Reject'];

/** SDK v3 `ConnectionNotification`. */
export interface ConnectionNotification {
  ConnectionNotificationId: string;
  ServiceId?: string;
  VpcEndpointId?: string;
  ConnectionNotificationType: 'Topic';
  ConnectionNotificationArn: string;
  ConnectionEvents: string[];
  ConnectionNotificationState: 'Enabled' | 'Disabled';
  ServiceRegion: string;
}

/**
 * Checks an SNS topic ARN given as `ConnectionNotificationArn`.
 *
 * @example
 * checkTopicArn('arn:aws:sns:us-east-1:111111111111:endpoint-events');
 */
export function checkTopicArn(arn: string): string {
  const parsed = parseArn(arn);
  if (!parsed || parsed.service !== 'sns' || parsed.region === '' || parsed.accountId === '' || !/^[\w-]{1,256}(\.fifo)?$/.test(parsed.resource)) {
    throw errors.connectionNotificationArnInvalid(arn);
  }
  return arn;
}

/**
 * Checks `ConnectionEvents`: each one of `Accept`, `Connect`, `Delete`, `Reject`.
 *
 * @example
 * checkConnectionEvents(['Accept', 'Reject']);
 */
export function checkConnectionEvents(events: readonly string[]): ConnectionEvent[] {
  return events.map((e) => {
    const found = CONNECTION_EVENTS.find((c) => c === e);
    if (found === undefined) throw errors.connectionEventInvalid(e);
    return found;
  });
}

/**
 * The target (service or endpoint id) a notification is set on.
 *
 * @example
 * notificationTarget(record); // 'vpce-svc-0123456789abcdef0'
 */
export function notificationTarget(n: ConnectionNotificationRecord): string {
  return n.ServiceId ?? n.VpcEndpointId ?? '';
}

/**
 * Stores a notification and indexes it under its target (on a draft).
 *
 * @example
 * addNotification(ctx.region, record);
 */
export function addNotification(state: RegionState, n: ConnectionNotificationRecord): void {
  putRow(state.connectionNotifications, n.ConnectionNotificationId, n);
  const target = notificationTarget(n);
  const ids = getRow(state.connectionNotificationsByTarget, target);
  if (ids) ids.push(n.ConnectionNotificationId);
  else putRow(state.connectionNotificationsByTarget, target, [n.ConnectionNotificationId]);
}

/**
 * Deletes a notification and its index entry (on a draft).
 *
 * @example
 * removeNotification(ctx.region, record);
 */
export function removeNotification(state: RegionState, n: ConnectionNotificationRecord): void {
  deleteRow(state.connectionNotifications, n.ConnectionNotificationId);
  const target = notificationTarget(n);
  const ids = getRow(state.connectionNotificationsByTarget, target);
  if (!ids) return;
  const rest = ids.filter((id) => id !== n.ConnectionNotificationId);
  if (rest.length === 0) deleteRow(state.connectionNotificationsByTarget, target);
  else putRow(state.connectionNotificationsByTarget, target, rest);
}

/**
 * Deletes every notification set on `targetId` (its service or endpoint went away).
 *
 * @example
 * removeNotificationsOf(ctx.region, endpoint.VpcEndpointId);
 */
export function removeNotificationsOf(state: RegionState, targetId: string): void {
  for (const id of [...(getRow(state.connectionNotificationsByTarget, targetId) ?? [])]) {
    const n = getRow(state.connectionNotifications, id);
    if (n) removeNotification(state, n);
  }
  deleteRow(state.connectionNotificationsByTarget, targetId);
}

/**
 * The caller's notification, or AWS's `InvalidConnectionNotification`.
 *
 * @example
 * requireOwnedNotification(ctx.region, ctx.caller.accountId, 'vpce-nfn-0123456789abcdef0');
 */
export function requireOwnedNotification(state: RegionState, accountId: string, id: string): ConnectionNotificationRecord {
  const n = getRow(state.connectionNotifications, id);
  if (!n || n.OwnerId !== accountId) throw errors.invalidConnectionNotification(id);
  return n;
}

/**
 * SDK v3 `ConnectionNotification` of a record.
 *
 * @example
 * renderNotification(record, 'us-east-1').ConnectionNotificationState; // 'Enabled'
 */
export function renderNotification(n: ConnectionNotificationRecord, region: string): ConnectionNotification {
  // Object.assign rather than spreads inside the literal: see `renderNetworkInterface`.
  return Object.assign(
    { ConnectionNotificationId: n.ConnectionNotificationId },
    n.ServiceId !== undefined ? { ServiceId: n.ServiceId } : {},
    n.VpcEndpointId !== undefined ? { VpcEndpointId: n.VpcEndpointId } : {},
    {
      ConnectionNotificationType: 'Topic' as const,
      ConnectionNotificationArn: n.ConnectionNotificationArn,
      ConnectionEvents: [...n.ConnectionEvents],
      ConnectionNotificationState: n.ConnectionNotificationState,
      ServiceRegion: region,
    },
  );
}
