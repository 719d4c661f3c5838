/**
 * Model control (not an AWS action): setting a target's health-check result, for the data
 * plane and fault tests. `cloud.faults.setTargetHealth(targetGroupArn, { Id, Port },
 * 'unhealthy')` makes the target fail its checks (`DescribeTargetHealth` then reports
 * `unhealthy` / `Target.FailedHealthChecks`) and cuts the connections to it
 * (`DataPathCut`, scope `target`), as an NLB does by default
 * (`target_health_state.unhealthy.connection_termination.enabled`); `'healthy'` restores it.
 *
 * @module
 */
import type { WorldContext } from '../core/action.js';
import { parseArn } from '../core/arn.js';
import { describeValue, errors } from '../core/errors.js';
import { getRow } from '../core/table.js';
import { regionForWrite } from '../world/world.js';
import { checkElbArn } from './arns.js';
import { targetKey } from './targets.js';

/** The target a health change is about: as in `DescribeTargetHealth`, `Port` defaults to the group's port. */
export interface TargetRef {
  Id: string;
  Port?: number;
}

/** The health a model control can set. */
export type SettableTargetHealth = 'healthy' | 'unhealthy';

/**
 * Sets a registered target's health. Run through `cloud.change` (all or nothing).
 *
 * @throws CloudError `ValidationError` for a malformed ARN or health, `TargetGroupNotFound`,
 * or `InvalidTarget` when the target is not registered; nothing changes then.
 *
 * @example
 * cloud.faults.setTargetHealth(TargetGroupArn, { Id: '10.2.1.10', Port: 8080 }, 'unhealthy');
 */
export function setTargetHealth(ctx: WorldContext, targetGroupArn: unknown, target: unknown, health: unknown): void {
  if (typeof targetGroupArn !== 'string') throw errors.validationError(`'${describeValue(targetGroupArn)}' is not a valid target group ARN`);
  const arn = checkElbArn(targetGroupArn, 'targetgroup');
  if (health !== 'healthy' && health !== 'unhealthy') {
    throw errors.validationError(`Target health '${describeValue(health)}' is not valid: expected 'healthy' or 'unhealthy'`);
  }
  const ref = target as Partial<TargetRef> | null;
  if (typeof ref !== 'object' || ref === null || typeof ref.Id !== 'string' || (ref.Port !== undefined && typeof ref.Port !== 'number')) {
    throw errors.validationError('The target must be given as { Id, Port? }');
  }
  const region = parseArn(arn)?.region ?? '';
  const tg = getRow(regionForWrite(ctx.world, region).targetGroups, arn);
  if (tg === undefined) throw errors.targetGroupNotFound(arn);
  const port = ref.Port ?? tg.Port;
  const record = getRow(tg.targets, targetKey(ref.Id, port));
  if (record === undefined) throw errors.invalidTarget(`The following targets are not registered in target group '${arn}': '${ref.Id}:${port}'`);
  const was = record.health;
  record.health = health;
  if (health === 'unhealthy' && was !== 'unhealthy') {
    ctx.emit({
      type: 'DataPathCut',
      region,
      scope: { kind: 'target', targetGroupArn: arn, targetId: record.Id, port: record.Port },
      reason: `Target ${record.Id}:${record.Port} of ${arn} failed its health checks`,
    });
  }
}
