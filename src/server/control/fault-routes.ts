/**
 * Model-control routes over fault injection (`cloud.faults`): failing and restoring an
 * Availability Zone (by AZ id, for every account, as an AZ outage is) and setting a
 * registered target's health-check result.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import type { SettableTargetHealth, TargetRef } from '../../load-balancers/target-health-control.js';
import { requiredField, type ControlRoute } from './route.js';

/**
 * The answer of the zone routes: every failed AZ after the call.
 *
 * @example
 * const body: FailedZonesBody = { failedZones: [{ region: 'us-east-1', zoneId: 'use1-az2' }] };
 */
export interface FailedZonesBody {
  failedZones: { region: string; zoneId: string }[];
}

/** The failed zones of the world (`world.failedZones` keys are `<region>/<zoneId>`). */
function failedZonesBody(cloud: Cloud): FailedZonesBody {
  const failedZones = Object.keys(cloud.world.failedZones)
    .sort()
    .map((key) => {
      const at = key.indexOf('/');
      return { region: key.slice(0, at), zoneId: key.slice(at + 1) };
    });
  return { failedZones };
}

/**
 * `GET faults/zones`, `POST faults/zones/fail`, `POST faults/zones/restore`,
 * `POST faults/target-health`.
 *
 * @example
 * faultRoutes.map((r) => r.path); // ['faults/zones', 'faults/zones/fail', ...]
 */
export const faultRoutes: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: 'faults/zones',
    summary: 'The failed Availability Zones (region and AZ id).',
    fields: [],
    run: (host) => failedZonesBody(host.cloud),
  },
  {
    method: 'POST',
    path: 'faults/zones/fail',
    summary: "Fails an AZ (by id) of a region for every account: its endpoint interfaces, NLB nodes and targets go dark, their connections are cut.",
    fields: ['region', 'zoneId'],
    run: (host, params) => {
      host.cloud.faults.failAvailabilityZone(requiredField(params, 'region') as string, requiredField(params, 'zoneId') as string);
      return failedZonesBody(host.cloud);
    },
  },
  {
    method: 'POST',
    path: 'faults/zones/restore',
    summary: 'Brings a failed AZ back.',
    fields: ['region', 'zoneId'],
    run: (host, params) => {
      host.cloud.faults.restoreAvailabilityZone(requiredField(params, 'region') as string, requiredField(params, 'zoneId') as string);
      return failedZonesBody(host.cloud);
    },
  },
  {
    method: 'POST',
    path: 'faults/target-health',
    summary: "Sets a registered target's health-check result (healthy or unhealthy; unhealthy cuts its connections). target is { Id, Port? }.",
    fields: ['targetGroupArn', 'target', 'health'],
    run: (host, params) => {
      const targetGroupArn = requiredField(params, 'targetGroupArn') as string;
      const target = requiredField(params, 'target') as TargetRef;
      const health = requiredField(params, 'health') as SettableTargetHealth;
      host.cloud.faults.setTargetHealth(targetGroupArn, target, health);
      return { targetGroupArn, target, health };
    },
  },
];
