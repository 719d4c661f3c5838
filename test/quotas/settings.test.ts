/**
 * `createCloud({ quotas })`: AWS's defaults, changes checked, stored in the World as JSON
 * (`null` for no limit), and kept by a snapshot and its restore.
 */
import { describe, expect, it } from 'vitest';
import { CloudError, createCloud, DEFAULT_QUOTAS, QUOTA_NAMES, quotasOf, UNLIMITED_QUOTAS, type World } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { A, expectRefused } from './fixtures.js';

describe('createCloud({ quotas })', () => {
  it("stores AWS's defaults when none are given", () => {
    const cloud = createCloud();
    expect(cloud.world.quotas).toEqual(DEFAULT_QUOTAS);
    expect(DEFAULT_QUOTAS).toMatchObject({
      vpcsPerRegion: 5,
      subnetsPerVpc: 200,
      securityGroupsPerRegion: 2_500,
      rulesPerSecurityGroup: 60,
      securityGroupsPerNetworkInterface: 5,
      interfaceEndpointsPerVpc: 50,
      activePeeringConnectionsPerVpc: 50,
      outstandingPeeringConnectionRequests: 25,
      networkLoadBalancersPerRegion: 50,
      listenersPerNetworkLoadBalancer: 50,
      targetGroupsPerRegion: 3_000,
      targetsPerTargetGroup: 1_000,
    });
    expect(QUOTA_NAMES).toHaveLength(12);
  });

  it('changes only the quotas given; Infinity is stored as null and read back as Infinity', () => {
    const cloud = createCloud({ quotas: { vpcsPerRegion: 100, subnetsPerVpc: 0, targetsPerTargetGroup: Infinity } });
    expect(cloud.world.quotas).toEqual({ ...DEFAULT_QUOTAS, vpcsPerRegion: 100, subnetsPerVpc: 0, targetsPerTargetGroup: null });
    expect(quotasOf(cloud.world.quotas)).toEqual({ ...DEFAULT_QUOTAS, vpcsPerRegion: 100, subnetsPerVpc: 0, targetsPerTargetGroup: Infinity });
    expect(Object.values(createCloud({ quotas: UNLIMITED_QUOTAS }).world.quotas).every((v) => v === null)).toBe(true);
    expect(Object.isFrozen(cloud.world.quotas)).toBe(true);
  });

  it.each([
    [{ vpcPerRegion: 5 }, 'quotas', /Unknown quota/],
    [{ vpcsPerRegion: -1 }, 'quotas.vpcsPerRegion', /integer >= 0, or Infinity/],
    [{ vpcsPerRegion: 2.5 }, 'quotas.vpcsPerRegion', /integer >= 0/],
    [{ vpcsPerRegion: Number.NaN }, 'quotas.vpcsPerRegion', /integer >= 0/],
    [{ vpcsPerRegion: -Infinity }, 'quotas.vpcsPerRegion', /integer >= 0/],
    [{ vpcsPerRegion: '5' }, 'quotas.vpcsPerRegion', /integer >= 0/],
    [{ vpcsPerRegion: null }, 'quotas.vpcsPerRegion', /integer >= 0/],
    [[5], 'quotas', /Expected an object/],
    ['many', 'quotas', /Expected an object/],
  ])('refuses %j with InvalidParameterValue naming %s', (quotas, field, why) => {
    // Deliberately untyped input, as JavaScript callers can pass anything.
    const error = cloudErrorOf(() => createCloud({ quotas } as never));
    expect(error).toBeInstanceOf(CloudError);
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toContain(field);
    expect(error.message).toMatch(why);
  });

  it('a snapshot carries the quotas through JSON, and the restored cloud enforces them', () => {
    const cloud = createCloud({ quotas: { vpcsPerRegion: 2, subnetsPerVpc: Infinity } });
    cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.0/16' });
    const restored = createCloud({ from: JSON.parse(JSON.stringify(cloud.snapshot())) as World });
    expect(restored.world.quotas).toEqual(cloud.world.quotas);
    expect(restored.world.quotas.subnetsPerVpc).toBeNull();
    restored.ec2(A).createVpc({ CidrBlock: '10.1.0.0/16' });
    expectRefused(restored, () => restored.ec2(A).createVpc({ CidrBlock: '10.2.0.0/16' }), 'VpcLimitExceeded');
    expect(JSON.stringify(restored.snapshot())).not.toContain('Infinity');
  });

  it('a restore ignores the quotas option, as it ignores every other option', () => {
    const cloud = createCloud({ quotas: { vpcsPerRegion: 1 } });
    const restored = createCloud({ from: cloud.snapshot(), quotas: { vpcsPerRegion: 9 } });
    expect(restored.world.quotas.vpcsPerRegion).toBe(1);
  });
});
