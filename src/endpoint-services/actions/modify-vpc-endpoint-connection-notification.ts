/**
 * EC2 `ModifyVpcEndpointConnectionNotification`: change the SNS topic or the events of one
 * of the caller's connection notifications.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { checkConnectionEvents, checkTopicArn, requireOwnedNotification } from '../notifications.js';

/** SDK v3 `ModifyVpcEndpointConnectionNotificationRequest`. */
export interface ModifyVpcEndpointConnectionNotificationRequest {
  DryRun?: boolean;
  ConnectionNotificationId: string;
  ConnectionNotificationArn?: string;
  ConnectionEvents?: string[];
}

/** SDK v3 `ModifyVpcEndpointConnectionNotificationResult`. */
export interface ModifyVpcEndpointConnectionNotificationResult {
  ReturnValue: boolean;
}

/**
 * `ModifyVpcEndpointConnectionNotification`.
 *
 * @example
 * ec2.modifyVpcEndpointConnectionNotification({ ConnectionNotificationId, ConnectionEvents: ['Accept', 'Reject'] });
 */
export const modifyVpcEndpointConnectionNotification = defineAction<
  ModifyVpcEndpointConnectionNotificationRequest,
  ModifyVpcEndpointConnectionNotificationResult
>()({
  name: 'ModifyVpcEndpointConnectionNotification',
  api: 'ec2',
  parse: (p) => {
    const arn = p.optionalString('ConnectionNotificationArn');
    const events = p.optionalStringList('ConnectionEvents');
    return {
      id: p.string('ConnectionNotificationId'),
      arn: arn === undefined ? undefined : checkTopicArn(arn),
      events: events === undefined || events.length === 0 ? undefined : checkConnectionEvents(events),
    };
  },
  apply: (ctx, { id, arn, events }) => {
    const n = requireOwnedNotification(ctx.region, ctx.caller.accountId, id);
    if (arn !== undefined) n.ConnectionNotificationArn = arn;
    if (events !== undefined) n.ConnectionEvents = events;
    return { ReturnValue: true };
  },
});
