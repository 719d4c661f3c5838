/**
 * EC2 `CreateVpcEndpointConnectionNotification`: subscribe an SNS topic to connection events
 * (`Connect`, `Accept`, `Reject`, `Delete`) of the caller's service (provider) or of the
 * caller's endpoint (consumer). Deliveries are `ConnectionNotification` domain events
 * carrying AWS's message fields. `ClientToken` makes it idempotent.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { getRow } from '../../core/table.js';
import { readClientToken, rememberClientToken, replayedResourceId, requestFingerprint } from '../client-token.js';
import { requireOwnedService } from '../lookup.js';
import type { ConnectionNotificationRecord } from '../model.js';
import { addNotification, checkConnectionEvents, checkTopicArn, renderNotification, type ConnectionNotification } from '../notifications.js';

/** SDK v3 `CreateVpcEndpointConnectionNotificationRequest`. */
export interface CreateVpcEndpointConnectionNotificationRequest {
  DryRun?: boolean;
  ServiceId?: string;
  VpcEndpointId?: string;
  ConnectionNotificationArn: string;
  ConnectionEvents: string[];
  ClientToken?: string;
}

/** SDK v3 `CreateVpcEndpointConnectionNotificationResult`. */
export interface CreateVpcEndpointConnectionNotificationResult {
  ConnectionNotification: ConnectionNotification;
  ClientToken?: string;
}

const ACTION = 'CreateVpcEndpointConnectionNotification';

/**
 * `CreateVpcEndpointConnectionNotification`.
 *
 * @example
 * ec2.createVpcEndpointConnectionNotification({ ServiceId,
 *   ConnectionNotificationArn: 'arn:aws:sns:us-east-1:111111111111:endpoint-events', ConnectionEvents: ['Connect'] });
 */
export const createVpcEndpointConnectionNotification = defineAction<
  CreateVpcEndpointConnectionNotificationRequest,
  CreateVpcEndpointConnectionNotificationResult
>()({
  name: ACTION,
  api: 'ec2',
  parse: (p) => {
    const serviceId = p.optionalString('ServiceId');
    const endpointId = p.optionalString('VpcEndpointId');
    if ((serviceId === undefined) === (endpointId === undefined)) throw errors.connectionNotificationTarget();
    return {
      serviceId,
      endpointId,
      arn: checkTopicArn(p.string('ConnectionNotificationArn')),
      events: checkConnectionEvents(p.stringList('ConnectionEvents')),
      clientToken: readClientToken(p),
    };
  },
  apply: (ctx, parsed) => {
    const { caller } = ctx;
    const state = ctx.region;
    const { clientToken, ...request } = parsed;
    const fingerprint = clientToken === undefined ? '' : requestFingerprint(request);
    if (clientToken !== undefined) {
      const earlier = replayedResourceId(state, caller.accountId, ACTION, clientToken, fingerprint);
      const existing = earlier === undefined ? undefined : getRow(state.connectionNotifications, earlier);
      if (existing) return { ConnectionNotification: renderNotification(existing, caller.region), ClientToken: clientToken };
    }
    if (parsed.serviceId !== undefined) requireOwnedService(state, caller.accountId, parsed.serviceId);
    if (parsed.endpointId !== undefined) {
      const endpoint = getRow(state.vpcEndpoints, parsed.endpointId);
      if (!endpoint || endpoint.OwnerId !== caller.accountId || endpoint.State === 'deleted') throw errors.endpointIdNotFound(parsed.endpointId);
    }
    const record: ConnectionNotificationRecord = {
      ConnectionNotificationId: ctx.mintId('connectionNotification'),
      OwnerId: caller.accountId,
      ...(parsed.serviceId !== undefined ? { ServiceId: parsed.serviceId } : {}),
      ...(parsed.endpointId !== undefined ? { VpcEndpointId: parsed.endpointId } : {}),
      ConnectionNotificationArn: parsed.arn,
      ConnectionEvents: parsed.events,
      ConnectionNotificationState: 'Enabled',
    };
    addNotification(state, record);
    if (clientToken !== undefined) rememberClientToken(state, caller.accountId, ACTION, clientToken, fingerprint, record.ConnectionNotificationId);
    return {
      ConnectionNotification: renderNotification(record, caller.region),
      ...(clientToken !== undefined ? { ClientToken: clientToken } : {}),
    };
  },
});
