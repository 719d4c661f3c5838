/**
 * ELBv2 `DescribeTargetHealth`: every registered target of a group (or the `Targets` asked
 * for) with its AZ, health check port and health (see `target-health.ts`). A target asked
 * for but not registered reports `unused` / `Target.NotRegistered`, as on AWS.
 *
 * @module
 */
import { defineAction } from '../../core/action.js';
import { zoneNameOfId } from '../../geo/zones.js';
import { checkElbArn } from '../arns.js';
import { requireTargetGroup } from '../lookup.js';
import { effectiveTargetHealth, NOT_REGISTERED, type TargetHealth } from '../target-health.js';
import { readTargets, targetKey } from '../targets.js';
import { getRow, tableKeys } from '../../core/table.js';

/** SDK v3 `DescribeTargetHealthInput`. */
export interface DescribeTargetHealthInput {
  TargetGroupArn: string | undefined;
  Targets?: { Id: string | undefined; Port?: number | undefined; AvailabilityZone?: string | undefined }[] | undefined;
  /** Extra information (anomaly detection) that Application Load Balancers report; ignored for NLBs. */
  Include?: ('AnomalyDetection' | 'All')[] | undefined;
}

/** SDK v3 `TargetHealthDescription`. */
export interface TargetHealthDescription {
  Target: { Id: string; Port: number; AvailabilityZone?: string };
  HealthCheckPort: string;
  TargetHealth: TargetHealth;
}

/** SDK v3 `DescribeTargetHealthOutput`. */
export interface DescribeTargetHealthOutput {
  TargetHealthDescriptions: TargetHealthDescription[];
}

/**
 * `DescribeTargetHealth`.
 *
 * @example
 * elbv2.describeTargetHealth({ TargetGroupArn }).TargetHealthDescriptions.map((d) => d.TargetHealth.State);
 */
export const describeTargetHealth = defineAction<DescribeTargetHealthInput, DescribeTargetHealthOutput>()({
  name: 'DescribeTargetHealth',
  api: 'elbv2',
  readOnly: true,
  parse: (p) => ({
    arn: checkElbArn(p.string('TargetGroupArn'), 'targetgroup'),
    targets: p.has('Targets') ? readTargets(p) : undefined,
  }),
  apply: (ctx, { arn, targets }) => {
    const { accountId, region } = ctx.caller;
    const tg = requireTargetGroup(ctx.region, accountId, arn);
    const healthPort = (port: number) => (tg.HealthCheckPort === 'traffic-port' ? String(port) : tg.HealthCheckPort);
    const keys = targets === undefined ? [...tableKeys(tg.targets)].sort() : targets.map((t) => targetKey(t.Id, t.Port ?? tg.Port));
    const descriptions = keys.map((key, index): TargetHealthDescription => {
      const target = getRow(tg.targets, key);
      if (target === undefined) {
        const asked = targets?.[index];
        const port = asked?.Port ?? tg.Port;
        return { Target: { Id: asked?.Id ?? key, Port: port }, HealthCheckPort: healthPort(port), TargetHealth: { ...NOT_REGISTERED } };
      }
      const zone =
        target.AvailabilityZoneId === undefined
          ? target.AvailabilityZone
          : (zoneNameOfId(ctx.world, accountId, region, target.AvailabilityZoneId) ?? target.AvailabilityZone);
      return {
        Target: zone === undefined ? { Id: target.Id, Port: target.Port } : { Id: target.Id, Port: target.Port, AvailabilityZone: zone },
        HealthCheckPort: healthPort(target.Port),
        TargetHealth: effectiveTargetHealth(ctx.world, ctx.region, region, tg, target),
      };
    });
    return { TargetHealthDescriptions: descriptions };
  },
});
