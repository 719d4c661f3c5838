/**
 * Delivery of connection notifications (`CreateVpcEndpointConnectionNotification`): when an
 * endpoint connection is requested, accepted, rejected or deleted, every enabled
 * notification on its service or on the endpoint itself that subscribes to that event is
 * delivered, as a `ConnectionNotification` domain event carrying AWS's message fields
 * (AWS publishes them to an SNS topic).
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { getRow } from '../core/table.js';
import type { ConnectionEvent } from '../endpoint-services/model.js';
import type { VpcEndpointRecord } from '../endpoints/model.js';
import type { RegionState } from '../world/world.js';

/**
 * Delivers `event` for `endpoint` to the notifications set on its service and on itself.
 *
 * @example
 * notifyConnection(ctx, ctx.region, region, endpoint, 'Accept');
 */
export function notifyConnection(
  ctx: WorldContext,
  state: RegionState,
  region: string,
  endpoint: VpcEndpointRecord,
  event: ConnectionEvent,
): void {
  for (const targetId of [endpoint.ServiceId, endpoint.VpcEndpointId]) {
    for (const notificationId of getRow(state.connectionNotificationsByTarget, targetId) ?? []) {
      const n = getRow(state.connectionNotifications, notificationId);
      if (!n || n.ConnectionNotificationState !== 'Enabled' || !n.ConnectionEvents.includes(event)) continue;
      ctx.emit({
        type: 'ConnectionNotification',
        region,
        ConnectionNotificationId: n.ConnectionNotificationId,
        ConnectionNotificationArn: n.ConnectionNotificationArn,
        accountId: n.OwnerId,
        ServiceId: endpoint.ServiceId,
        VpcEndpointId: endpoint.VpcEndpointId,
        VpcEndpointOwner: endpoint.OwnerId,
        EventType: event,
        VpcEndpointState: endpoint.State,
        Time: new Date(ctx.now).toISOString(),
      });
    }
  }
}
