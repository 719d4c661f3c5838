/**
 * EC2 `DescribeVpcEndpointConnectionNotifications`: the caller's connection notifications
 * in the region (on its services and its endpoints), one by id or all, with filters and
 * pages. Another account's notification answers as a missing one.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import type { Filter } from '../../core/params.js';
import { rows } from '../../core/table.js';
import { applyFilters } from '../../queries/filters.js';
import { paginate, readEc2Paging } from '../../queries/paginate.js';
import type { ConnectionNotificationRecord } from '../model.js';
import { renderNotification, requireOwnedNotification, type ConnectionNotification } from '../notifications.js';

/** SDK v3 `DescribeVpcEndpointConnectionNotificationsRequest`. */
export interface DescribeVpcEndpointConnectionNotificationsRequest {
  DryRun?: boolean;
  ConnectionNotificationId?: string;
  Filters?: Filter[];
  MaxResults?: number;
  NextToken?: string;
}

/** SDK v3 `DescribeVpcEndpointConnectionNotificationsResult`. */
export interface DescribeVpcEndpointConnectionNotificationsResult {
  ConnectionNotificationSet: ConnectionNotification[];
  NextToken?: string;
}

const FIELDS = {
  'connection-notification-arn': (n: ConnectionNotificationRecord) => n.ConnectionNotificationArn,
  'connection-notification-id': (n: ConnectionNotificationRecord) => n.ConnectionNotificationId,
  'connection-notification-state': (n: ConnectionNotificationRecord) => n.ConnectionNotificationState,
  'connection-notification-type': () => 'Topic',
  'service-id': (n: ConnectionNotificationRecord) => n.ServiceId,
  'vpc-endpoint-id': (n: ConnectionNotificationRecord) => n.VpcEndpointId,
} as const;

/**
 * `DescribeVpcEndpointConnectionNotifications`.
 *
 * @example
 * ec2.describeVpcEndpointConnectionNotifications({ Filters: [{ Name: 'service-id', Values: [serviceId] }] });
 */
export const describeVpcEndpointConnectionNotifications = defineAction<
  DescribeVpcEndpointConnectionNotificationsRequest,
  DescribeVpcEndpointConnectionNotificationsResult
>()({
  name: 'DescribeVpcEndpointConnectionNotifications',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({ id: p.optionalString('ConnectionNotificationId'), filters: p.filters(), paging: readEc2Paging(p) }),
  apply: (ctx, { id, filters, paging }) => {
    const { caller } = ctx;
    const state = ctx.region;
    const candidates =
      id !== undefined
        ? [requireOwnedNotification(state, caller.accountId, id)]
        : [...rows(state.connectionNotifications)].filter((n) => n.OwnerId === caller.accountId);
    const kept = applyFilters(candidates, filters, FIELDS);
    const page = paginate(kept, (n) => n.ConnectionNotificationId, paging, ctx.world.seed, 'DescribeVpcEndpointConnectionNotifications');
    return {
      ConnectionNotificationSet: page.items.map((n) => renderNotification(n, caller.region)),
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {}),
    };
  },
});
