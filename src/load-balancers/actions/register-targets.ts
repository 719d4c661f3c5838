/**
 * ELBv2 `RegisterTargets`: adds targets to a target group; each target learns its AZ (see
 * `targets.ts` for the rules). Registering a target that is already registered changes
 * nothing, as on AWS. New targets pass their health checks at once (instant timings);
 * `cloud.faults.setTargetHealth` makes one unhealthy. Past the targets per target group
 * quota nothing is registered (`TooManyTargets`).
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { checkElbArn } from '../arns.js';
import { requireTargetGroup } from '../lookup.js';
import { placeTarget, readTargets, targetKey, type TargetInput } from '../targets.js';
import { hasRow, putRow, rowCount } from '../../core/table.js';
import { errors } from '../../core/errors.js';
import { exceedsQuota } from '../../quotas/limits.js';

/** SDK v3 `RegisterTargetsInput`. */
export interface RegisterTargetsInput {
  TargetGroupArn: string | undefined;
  Targets: { Id: string | undefined; Port?: number | undefined; AvailabilityZone?: string | undefined }[] | undefined;
}

/** SDK v3 `RegisterTargetsOutput` (empty). */
export type RegisterTargetsOutput = Record<string, never>;

/**
 * `RegisterTargets`.
 *
 * @example
 * elbv2.registerTargets({ TargetGroupArn, Targets: [{ Id: '10.2.1.10', Port: 8080 }] });
 */
export const registerTargets = defineAction<RegisterTargetsInput, RegisterTargetsOutput>()({
  name: 'RegisterTargets',
  api: 'elbv2',
  parse: (p) => ({ arn: checkElbArn(p.string('TargetGroupArn'), 'targetgroup'), targets: readTargets(p) }),
  apply: (ctx, { arn, targets }) => {
    const { accountId, region } = ctx.caller;
    const tg = requireTargetGroup(ctx.region, accountId, arn);
    // Targets not registered yet, each once (the first of a repeated one counts).
    const fresh = new Map<string, TargetInput>();
    for (const input of targets) {
      const key = targetKey(input.Id, input.Port ?? tg.Port);
      if (!fresh.has(key) && !hasRow(tg.targets, key)) fresh.set(key, input);
    }
    if (exceedsQuota(ctx.world, 'targetsPerTargetGroup', rowCount(tg.targets), fresh.size)) throw errors.tooManyTargets(tg.TargetGroupArn);
    for (const [key, input] of fresh) putRow(tg.targets, key, placeTarget(ctx.world, ctx.region, region, tg, input));
    return {};
  },
});
