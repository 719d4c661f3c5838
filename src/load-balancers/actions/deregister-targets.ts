/**
 * ELBv2 `DeregisterTargets`: removes targets from a target group and cuts the connections
 * to them (`DataPathCut`, scope `target`). The model skips the `draining` phase
 * (`deregistration_delay.timeout_seconds`): a deregistered target is gone at once. A
 * target that is not registered is AWS's `InvalidTarget`, and nothing changes.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { errors } from '../../core/errors.js';
import { checkElbArn } from '../arns.js';
import { requireTargetGroup } from '../lookup.js';
import { readTargets, targetKey } from '../targets.js';
import { deleteRow, getRow, hasRow } from '../../core/table.js';

/** SDK v3 `DeregisterTargetsInput`. */
export interface DeregisterTargetsInput {
  TargetGroupArn: string | undefined;
  Targets: { Id: string | undefined; Port?: number | undefined; AvailabilityZone?: string | undefined }[] | undefined;
}

/** SDK v3 `DeregisterTargetsOutput` (empty). */
export type DeregisterTargetsOutput = Record<string, never>;

/**
 * `DeregisterTargets`.
 *
 * @example
 * elbv2.deregisterTargets({ TargetGroupArn, Targets: [{ Id: '10.2.1.10', Port: 8080 }] });
 */
export const deregisterTargets = defineAction<DeregisterTargetsInput, DeregisterTargetsOutput>()({
  name: 'DeregisterTargets',
  api: 'elbv2',
  parse: (p) => ({ arn: checkElbArn(p.string('TargetGroupArn'), 'targetgroup'), targets: readTargets(p) }),
  apply: (ctx, { arn, targets }) => {
    const { accountId, region } = ctx.caller;
    const tg = requireTargetGroup(ctx.region, accountId, arn);
    const keys = targets.map((t) => targetKey(t.Id, t.Port ?? tg.Port));
    const missing = keys.filter((key) => !hasRow(tg.targets, key));
    if (missing.length > 0) {
      throw errors.invalidTarget(`The following targets are not registered in target group '${arn}': '${missing.join("', '")}'`);
    }
    for (const key of new Set(keys)) {
      const target = getRow(tg.targets, key);
      if (target === undefined) continue;
      deleteRow(tg.targets, key);
      ctx.emit({
        type: 'DataPathCut',
        region,
        scope: { kind: 'target', targetGroupArn: arn, targetId: target.Id, port: target.Port },
        reason: `Target ${target.Id}:${target.Port} deregistered from ${arn}`,
      });
    }
    return {};
  },
});
