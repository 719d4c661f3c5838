/**
 * Connection notifications and payer responsibility: `CreateVpcEndpointConnectionNotification`
 * on a service (provider) or an endpoint (consumer), with events from `Connect`, `Accept`,
 * `Reject`, `Delete` (anything else is `InvalidParameterValue`),
 * `ModifyVpcEndpointConnectionNotification`, `DeleteVpcEndpointConnectionNotifications`, and
 * `ModifyVpcEndpointServicePayerResponsibility` (`ServiceOwner`).
 *
 * @module
 */
import fc from 'fast-check';
import { attempt, checkUnsuccessful, expectOutcome } from '../model/attempt.js';
import type { FuzzModel, ModelNotification } from '../model/fuzz-model.js';
import { identityOf, pick } from '../model/queries.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

const EVENTS = ['Connect', 'Accept', 'Reject', 'Delete'] as const;
const events = fc.subarray([...EVENTS], { minLength: 1 });

/** Whether what a notification watches is still there. */
function targetLive(model: FuzzModel, n: ModelNotification): boolean {
  return model.services.some((s) => s.id === n.target) || model.endpoints.some((e) => e.id === n.target && e.state !== 'deleted');
}

/**
 * `CreateVpcEndpointConnectionNotification` on a service or an endpoint.
 *
 * @example
 * const commands = fc.commands([createNotificationCommand()], { maxCommands: 10 });
 */
export function createNotificationCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'CreateVpcEndpointConnectionNotification',
    input: fc.record({ onService: fc.boolean(), pick: fc.nat(), events, bogusEvent: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }) }),
    check: (model) => model.services.length > 0,
    run: (model, cloud, { onService, pick: n, events: chosen, bogusEvent }) => {
      const service = onService ? pick(model.services, n) : undefined;
      const endpoint = onService ? undefined : pick(model.endpoints.filter((e) => e.state !== 'deleted'), n);
      const owner = service?.owner ?? endpoint?.owner;
      const target = service?.id ?? endpoint?.id;
      if (owner === undefined || target === undefined) return;
      const on = service !== undefined ? { ServiceId: target } : { VpcEndpointId: target };
      const r = attempt(model, cloud, 'CreateVpcEndpointConnectionNotification', expectOutcome(bogusEvent ? 'InvalidParameterValue' : 'ok'), (c) =>
        c.ec2(identityOf(model, owner)).createVpcEndpointConnectionNotification({
          ...on,
          ConnectionNotificationArn: `arn:aws:sns:${model.region}:${owner}:fuzz-topic`,
          ConnectionEvents: bogusEvent ? [...chosen, 'Bogus'] : chosen,
        }),
      );
      const id = r.ok ? r.value.ConnectionNotification.ConnectionNotificationId : undefined;
      if (id !== undefined) model.notifications.push({ id, owner, target });
    },
  });
}

/**
 * `ModifyVpcEndpointConnectionNotification` (events), or `DeleteVpcEndpointConnectionNotifications`.
 *
 * @example
 * const commands = fc.commands([changeNotificationCommand()], { maxCommands: 10 });
 */
export function changeNotificationCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ChangeVpcEndpointConnectionNotification',
    input: fc.record({ pick: fc.nat(), remove: fc.boolean(), events }),
    check: (model) => model.notifications.length > 0,
    run: (model, cloud, { pick: n, remove, events: chosen }) => {
      const notification = pick(model.notifications, n);
      if (notification === undefined) return;
      const live = targetLive(model, notification);
      const ec2 = (c: typeof cloud) => c.ec2(identityOf(model, notification.owner));
      if (!remove) {
        attempt(model, cloud, 'ModifyVpcEndpointConnectionNotification', live ? expectOutcome('ok') : expectOutcome('ok', 'InvalidConnectionNotification'), (c) =>
          ec2(c).modifyVpcEndpointConnectionNotification({ ConnectionNotificationId: notification.id, ConnectionEvents: chosen }),
        );
        return;
      }
      const r = attempt(model, cloud, 'DeleteVpcEndpointConnectionNotifications', expectOutcome('ok'), (c) =>
        ec2(c).deleteVpcEndpointConnectionNotifications({ ConnectionNotificationIds: [notification.id] }),
      );
      if (!r.ok) return;
      if (live) checkUnsuccessful(model, 'DeleteVpcEndpointConnectionNotifications', r.value.Unsuccessful, { [notification.id]: undefined });
      model.notifications = model.notifications.filter((x) => x.id !== notification.id);
    },
  });
}

/**
 * `ModifyVpcEndpointServicePayerResponsibility` to `ServiceOwner` (the only value AWS accepts).
 *
 * @example
 * const commands = fc.commands([payerResponsibilityCommand()], { maxCommands: 10 });
 */
export function payerResponsibilityCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'ModifyVpcEndpointServicePayerResponsibility',
    input: fc.nat(),
    check: (model) => model.services.length > 0,
    run: (model, cloud, n) => {
      const service = pick(model.services, n);
      if (service === undefined) return;
      attempt(model, cloud, 'ModifyVpcEndpointServicePayerResponsibility', expectOutcome('ok'), (c) =>
        c.ec2(identityOf(model, service.owner)).modifyVpcEndpointServicePayerResponsibility({ ServiceId: service.id, PayerResponsibility: 'ServiceOwner' }),
      );
    },
  });
}
