/**
 * A target's health as `DescribeTargetHealth` reports it, derived from the stored health
 * check result and the target's situation, as AWS documents the states: `unused` with
 * `Target.NotInUse` when its group is attached to no load balancer or its AZ is not enabled
 * on any of them, `unhealthy` with `Target.FailedHealthChecks` when its checks fail (model
 * control `cloud.faults.setTargetHealth`, or a failed AZ), `healthy` otherwise. The data
 * plane uses the same function, so routing and describe never disagree.
 *
 * @module
 */
import { isZoneFailed } from '../controls/faults.js';
import { getRow } from '../core/table.js';
import type { RegionState, World } from '../world/world.js';
import type { TargetGroupRecord, TargetHealthState, TargetRecord } from './model.js';

/** SDK v3 `TargetHealth`. */
export interface TargetHealth {
  State: TargetHealthState;
  Reason?: 'Target.NotInUse' | 'Target.FailedHealthChecks' | 'Target.NotRegistered' | 'Elb.InitialHealthChecking';
  Description?: string;
}

/**
 * The health of a registered target.
 *
 * @example
 * effectiveTargetHealth(cloud.world, regionOf(cloud.world, 'us-east-1'), 'us-east-1', tg, target).State; // 'healthy'
 */
export function effectiveTargetHealth(world: World, state: RegionState, region: string, tg: TargetGroupRecord, target: TargetRecord): TargetHealth {
  if (tg.LoadBalancerArns.length === 0) {
    return { State: 'unused', Reason: 'Target.NotInUse', Description: 'Target group is not configured to receive traffic from the load balancer' };
  }
  const zoneId = target.AvailabilityZoneId;
  if (zoneId !== undefined) {
    const enabled = tg.LoadBalancerArns.some((arn) => getRow(state.loadBalancers, arn)?.nodes.some((node) => node.AvailabilityZoneId === zoneId) ?? false);
    if (!enabled) {
      return { State: 'unused', Reason: 'Target.NotInUse', Description: 'Target is in an Availability Zone that is not enabled for the load balancer' };
    }
  }
  if (target.health === 'unhealthy' || (zoneId !== undefined && isZoneFailed(world.failedZones, region, zoneId))) {
    return { State: 'unhealthy', Reason: 'Target.FailedHealthChecks', Description: 'Health checks failed' };
  }
  if (target.health === 'initial') {
    return { State: 'initial', Reason: 'Elb.InitialHealthChecking', Description: 'Initial health checks in progress' };
  }
  return { State: target.health };
}

/** The health of a target that is not registered in the group. */
export const NOT_REGISTERED: TargetHealth = Object.freeze({
  State: 'unused',
  Reason: 'Target.NotRegistered',
  Description: 'Target is not registered to the target group',
});
