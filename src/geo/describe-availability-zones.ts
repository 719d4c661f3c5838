/**
 * EC2 `DescribeAvailabilityZones`: the caller's own zones in its region, each with the
 * caller's AZ name and the location's AZ id.
 *
 * @module
 */
import { defineAction } from '../core/action.js';
import { errors } from '../core/errors.js';
import type { Filter } from '../core/params.js';
import { applyFilters } from '../queries/filters.js';
import { accountZones, type AccountZone } from './zones.js';

/** SDK v3 `AvailabilityZone` (the fields the model fills). */
export interface AvailabilityZone {
  State: 'available';
  OptInStatus: 'opt-in-not-required';
  Messages: { Message: string }[];
  RegionName: string;
  ZoneName: string;
  ZoneId: string;
  GroupName: string;
  NetworkBorderGroup: string;
  ZoneType: 'availability-zone';
}

/** SDK v3 `DescribeAvailabilityZonesRequest`. */
export interface DescribeAvailabilityZonesRequest {
  ZoneNames?: string[];
  ZoneIds?: string[];
  AllAvailabilityZones?: boolean;
  Filters?: Filter[];
  DryRun?: boolean;
}

/** SDK v3 `DescribeAvailabilityZonesResult`. */
export interface DescribeAvailabilityZonesResult {
  AvailabilityZones: AvailabilityZone[];
}

const render = (region: string, zone: AccountZone): AvailabilityZone => ({
  State: 'available',
  OptInStatus: 'opt-in-not-required',
  Messages: [],
  RegionName: region,
  ZoneName: zone.zoneName,
  ZoneId: zone.zoneId,
  GroupName: region,
  NetworkBorderGroup: region,
  ZoneType: 'availability-zone',
});

/**
 * `DescribeAvailabilityZones`.
 *
 * @example
 * cloud.ec2({ accountId: '111111111111', region: 'us-east-1' })
 *   .describeAvailabilityZones({ ZoneNames: ['us-east-1a'] }).AvailabilityZones[0]?.ZoneId;
 */
export const describeAvailabilityZones = defineAction<DescribeAvailabilityZonesRequest, DescribeAvailabilityZonesResult>()({
  name: 'DescribeAvailabilityZones',
  api: 'ec2',
  readOnly: true,
  parse: (p) => ({
    zoneNames: p.optionalStringList('ZoneNames') ?? [],
    zoneIds: p.optionalStringList('ZoneIds') ?? [],
    all: p.optionalBoolean('AllAvailabilityZones') ?? false,
    filters: p.filters(),
  }),
  apply: (ctx, { zoneNames, zoneIds, filters }) => {
    const { accountId, region } = ctx.caller;
    const zones = accountZones(ctx.world, accountId, region);
    for (const name of zoneNames) if (!zones.some((z) => z.zoneName === name)) throw errors.zoneNameNotFound(name);
    for (const id of zoneIds) if (!zones.some((z) => z.zoneId === id)) throw errors.zoneIdNotFound(id);
    const selected = zones.filter(
      (z) =>
        (zoneNames.length === 0 && zoneIds.length === 0) || zoneNames.includes(z.zoneName) || zoneIds.includes(z.zoneId),
    );
    const rendered = selected.map((z) => render(region, z));
    return {
      AvailabilityZones: applyFilters(rendered, filters, {
        'zone-name': (z) => z.ZoneName,
        'zone-id': (z) => z.ZoneId,
        'region-name': (z) => z.RegionName,
        state: (z) => z.State,
        'zone-type': (z) => z.ZoneType,
        'group-name': (z) => z.GroupName,
        'network-border-group': (z) => z.NetworkBorderGroup,
        'opt-in-status': (z) => z.OptInStatus,
        'message': (z) => z.Messages.map((m) => m.Message),
      }),
    };
  },
});
