/**
 * EC2 `DeleteVpcEndpointConnectionNotifications`: delete some of the caller's connection
 * notifications; unknown or foreign ids come back in `Unsuccessful`.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow } from '../../core/table.js';
import { removeNotification } from '../notifications.js';
import { unsuccessful, type UnsuccessfulItem } from '../unsuccessful.js';

/** SDK v3 `DeleteVpcEndpointConnectionNotificationsRequest`. */
export interface DeleteVpcEndpointConnectionNotificationsRequest {
  DryRun?: boolean;
  ConnectionNotificationIds: string[];
}

/** SDK v3 `DeleteVpcEndpointConnectionNotificationsResult`. */
export interface DeleteVpcEndpointConnectionNotificationsResult {
  Unsuccessful: UnsuccessfulItem[];
}

/**
 * `DeleteVpcEndpointConnectionNotifications`.
 *
 * @example
 * ec2.deleteVpcEndpointConnectionNotifications({ ConnectionNotificationIds: [id] }).Unsuccessful; // []
 */
export const deleteVpcEndpointConnectionNotifications = defineAction<
  DeleteVpcEndpointConnectionNotificationsRequest,
  DeleteVpcEndpointConnectionNotificationsResult
>()({
  name: 'DeleteVpcEndpointConnectionNotifications',
  api: 'ec2',
  parse: (p) => ({ ids: p.stringList('ConnectionNotificationIds') }),
  apply: (ctx, { ids }) => {
    const failed: UnsuccessfulItem[] = [];
    // Read through the stored region only: a region the caller never wrote stays unwritten.
    const state = ctx.world.regions[ctx.caller.region] === undefined ? undefined : ctx.region;
    for (const id of ids) {
      const n = state === undefined ? undefined : getRow(state.connectionNotifications, id);
      if (state === undefined || !n || n.OwnerId !== ctx.caller.accountId) failed.push(unsuccessful(id, errors.invalidConnectionNotification(id)));
      else removeNotification(state, n);
    }
    return { Unsuccessful: failed };
  },
});
