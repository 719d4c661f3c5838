/**
 * Fault injection (model controls, not AWS actions): failing an Availability Zone by id for
 * every account (`cloud.faults.failAvailabilityZone`: connections through it or to targets in
 * it are cut), restoring it, and setting a target's health (`unhealthy` cuts its connections;
 * a target not registered is `InvalidTarget`).
 *
 * @module
 */
import fc from 'fast-check';
import { findRegion } from '../../geo/regions.js';
import { attempt, control, expectOutcome } from '../model/attempt.js';
import { pick } from '../model/queries.js';
import { cutConnections } from '../model/reference.js';
import { defineFuzzCommand, type FuzzCommand } from './define.js';

/**
 * `cloud.faults.failAvailabilityZone` / `restoreAvailabilityZone`.
 *
 * @example
 * const commands = fc.commands([availabilityZoneFaultCommand()], { maxCommands: 10 });
 */
export function availabilityZoneFaultCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'AvailabilityZoneFault',
    input: fc.record({ zone: fc.nat(), fail: fc.boolean() }),
    run: (model, cloud, { zone, fail }) => {
      const zoneId = pick(findRegion(model.region)?.zoneIds ?? [], zone);
      if (zoneId === undefined) return;
      if (fail) {
        control(model, cloud, 'cloud.faults.failAvailabilityZone', (c) => c.faults.failAvailabilityZone(model.region, zoneId));
        model.failedZones.add(zoneId);
        cutConnections(model, (c) => c.zoneId === zoneId || c.target.zoneId === zoneId);
      } else {
        control(model, cloud, 'cloud.faults.restoreAvailabilityZone', (c) => c.faults.restoreAvailabilityZone(model.region, zoneId));
        model.failedZones.delete(zoneId);
      }
    },
  });
}

/**
 * `cloud.faults.setTargetHealth`.
 *
 * @example
 * const commands = fc.commands([targetHealthCommand()], { maxCommands: 10 });
 */
export function targetHealthCommand(): fc.Arbitrary<FuzzCommand> {
  return defineFuzzCommand({
    name: 'SetTargetHealth',
    input: fc.record({ tg: fc.nat(), target: fc.nat(), healthy: fc.boolean(), registered: fc.boolean() }),
    check: (model) => model.targetGroups.length > 0,
    run: (model, cloud, { tg: n, target: t, healthy, registered }) => {
      const tg = pick(model.targetGroups, n);
      if (tg === undefined) return;
      const target = registered ? pick(tg.targets, t) : undefined;
      const ref = target === undefined ? { Id: '10.255.255.253', Port: tg.port } : { Id: target.ip, Port: target.port };
      if (registered && target === undefined) return;
      const r = attempt(model, cloud, 'cloud.faults.setTargetHealth', expectOutcome(target === undefined ? 'InvalidTarget' : 'ok'), (c) =>
        c.faults.setTargetHealth(tg.arn, ref, healthy ? 'healthy' : 'unhealthy'),
      );
      if (!r.ok || target === undefined) return;
      if (target.healthy && !healthy) cutConnections(model, (c) => c.targetGroupArn === tg.arn && c.target.ip === target.ip && c.target.port === target.port);
      target.healthy = healthy;
    },
  });
}
