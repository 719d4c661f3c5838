import { describe, expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';

describe('cloud.faults with values that have no string form', () => {
  it('answers CloudErrors, never a TypeError from String()', () => {
    const cloud = createCloud();
    const bare = Object.create(null) as object;
    expect(cloudErrorOf(() => cloud.faults.setTargetHealth(bare as never, { Id: '10.0.0.1' }, 'healthy')).code).toBe('ValidationError');
    expect(cloudErrorOf(() => cloud.faults.setTargetHealth('arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/t/0123456789abcdef', { Id: '10.0.0.1' }, bare as never)).code).toBe(
      'ValidationError',
    );
    expect(cloudErrorOf(() => cloud.faults.failAvailabilityZone('us-east-1', bare as never)).code).toBe('InvalidZone.NotFound');
    expect(cloudErrorOf(() => cloud.faults.failAvailabilityZone('us-east-1', Symbol('z') as never)).code).toBe('InvalidZone.NotFound');
  });
});
