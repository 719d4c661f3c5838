import { describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';
import { cloudErrorOf as errorOf } from '../support/errors.js';

const cloud = createCloud({
  seed: 3,
  accounts: { '111111111111': { zones: { 'us-east-1': ['use1-az4', 'use1-az6', 'use1-az1'] } } },
});
const ec2 = cloud.ec2({ accountId: '111111111111', region: 'us-east-1' });

describe('DescribeAvailabilityZones', () => {
  it('returns the caller\'s zones in the SDK v3 shape', () => {
    expect(ec2.describeAvailabilityZones().AvailabilityZones[0]).toEqual({
      State: 'available',
      OptInStatus: 'opt-in-not-required',
      Messages: [],
      RegionName: 'us-east-1',
      ZoneName: 'us-east-1a',
      ZoneId: 'use1-az4',
      GroupName: 'us-east-1',
      NetworkBorderGroup: 'us-east-1',
      ZoneType: 'availability-zone',
    });
  });

  it('selects by ZoneNames and ZoneIds', () => {
    expect(ec2.describeAvailabilityZones({ ZoneNames: ['us-east-1b'] }).AvailabilityZones.map((z) => z.ZoneId)).toEqual(['use1-az6']);
    expect(ec2.describeAvailabilityZones({ ZoneIds: ['use1-az1'] }).AvailabilityZones.map((z) => z.ZoneName)).toEqual(['us-east-1c']);
  });

  it('supports the zone-name, zone-id and region-name filters with wildcards', () => {
    const names = (filters: { Name: string; Values: string[] }[]) =>
      ec2.describeAvailabilityZones({ Filters: filters }).AvailabilityZones.map((z) => z.ZoneName);
    expect(names([{ Name: 'zone-name', Values: ['us-east-1a', 'us-east-1c'] }])).toEqual(['us-east-1a', 'us-east-1c']);
    expect(names([{ Name: 'zone-id', Values: ['use1-az6'] }])).toEqual(['us-east-1b']);
    expect(names([{ Name: 'region-name', Values: ['us-east-*'] }])).toHaveLength(3);
    expect(names([{ Name: 'region-name', Values: ['eu-*'] }])).toEqual([]);
  });

  it('unknown zone name, zone id or filter name are AWS errors', () => {
    expect(errorOf(() => ec2.describeAvailabilityZones({ ZoneNames: ['us-east-1d'] }))).toMatchObject({
      code: 'InvalidParameterValue',
      message: 'Invalid availability zone: [us-east-1d]',
    });
    expect(errorOf(() => ec2.describeAvailabilityZones({ ZoneIds: ['use1-az2'] })).code).toBe('InvalidZone.NotFound');
    expect(errorOf(() => ec2.describeAvailabilityZones({ Filters: [{ Name: 'colour', Values: ['x'] }] }))).toMatchObject({
      code: 'InvalidFilter',
      message: "The filter 'colour' is invalid",
    });
  });

  it('another account in the same region sees its own names', () => {
    const other = cloud.ec2({ accountId: '222222222222', region: 'us-east-1' }).describeAvailabilityZones().AvailabilityZones;
    expect(other).toHaveLength(6);
  });
});
