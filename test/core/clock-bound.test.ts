import { describe, expect, it } from 'vitest';
import { createCloud, MAX_EPOCH_MS } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';

describe('the simulated clock stays within what a Date holds', () => {
  it('MAX_EPOCH_MS is the last instant new Date() accepts', () => {
    expect(new Date(MAX_EPOCH_MS).toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    expect(Number.isNaN(new Date(MAX_EPOCH_MS + 1).getTime())).toBe(true);
  });

  it('refuses a step past it with InvalidParameterValue, changing nothing', () => {
    const cloud = createCloud();
    const before = cloud.world;
    for (const ms of [1e308, Number.MAX_VALUE, MAX_EPOCH_MS, MAX_EPOCH_MS - cloud.clock.now() + 1]) {
      expect(cloudErrorOf(() => cloud.clock.advance(ms)).code).toBe('InvalidParameterValue');
    }
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, -1, -0.5, '5' as unknown as number]) {
      expect(cloudErrorOf(() => cloud.clock.advance(ms)).code).toBe('InvalidParameterValue');
    }
    expect(cloud.world).toBe(before);
  });

  it('reaches the bound exactly, and every timestamp then is a valid date', () => {
    const cloud = createCloud({ timing: 'realistic' });
    const ec2 = cloud.ec2({ accountId: '111111111111', region: 'us-east-1' });
    ec2.createVpc({ CidrBlock: '10.0.0.0/16' });
    cloud.clock.advance(MAX_EPOCH_MS - cloud.clock.now());
    expect(cloud.clock.now()).toBe(MAX_EPOCH_MS);
    expect(new Date(cloud.clock.now()).toISOString()).toBe('+275760-09-13T00:00:00.000Z');
    expect(cloudErrorOf(() => cloud.clock.advance(1)).code).toBe('InvalidParameterValue');
    cloud.clock.advance(0);
    ec2.createVpc({ CidrBlock: '10.1.0.0/16' });
    expect(ec2.describeVpcs().Vpcs).toHaveLength(2);
  });

  it('refuses a start time outside the dates a Date holds', () => {
    for (const startTime of [MAX_EPOCH_MS + 1, -MAX_EPOCH_MS - 1, 1e308]) {
      expect(cloudErrorOf(() => createCloud({ startTime })).code).toBe('InvalidParameterValue');
    }
    expect(createCloud({ startTime: -MAX_EPOCH_MS }).clock.now()).toBe(-MAX_EPOCH_MS);
  });
});
