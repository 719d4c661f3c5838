import { describe, expectTypeOf, it } from 'vitest';
import {
  createCloud,
  DEFAULT_QUOTAS,
  quotasOf,
  UNLIMITED_QUOTAS,
  type AccountUsage,
  type CloudErrorCode,
  type CloudOptions,
  type QuotaName,
  type Quotas,
  type QuotaSettings,
  type World,
} from '../../src/index.js';

describe('quota types', () => {
  it('createCloud takes any subset of the quotas as numbers (Infinity included)', () => {
    expectTypeOf<CloudOptions['quotas']>().toEqualTypeOf<Partial<Quotas> | undefined>();
    expectTypeOf(createCloud).toBeCallableWith({ quotas: { vpcsPerRegion: Infinity, subnetsPerVpc: 1 } });
    // @ts-expect-error an unknown quota name is a type error
    createCloud({ quotas: { vpcPerRegion: 5 } });
    // @ts-expect-error a quota is a number
    createCloud({ quotas: { vpcsPerRegion: '5' } });
  });

  it('the World stores every quota as a number or null (no limit), JSON-safe', () => {
    expectTypeOf<World['quotas']>().toEqualTypeOf<QuotaSettings>();
    expectTypeOf<QuotaSettings['vpcsPerRegion']>().toEqualTypeOf<number | null>();
    expectTypeOf<keyof QuotaSettings>().toEqualTypeOf<QuotaName>();
    expectTypeOf<World['regions'][string]['accountUsage']['count']>().toEqualTypeOf<number>();
    expectTypeOf<AccountUsage['vpcs']>().toEqualTypeOf<number>();
  });

  it('defaults, the unlimited set and quotasOf are whole Quotas', () => {
    expectTypeOf(DEFAULT_QUOTAS).toEqualTypeOf<Readonly<Quotas>>();
    expectTypeOf(UNLIMITED_QUOTAS).toEqualTypeOf<Readonly<Quotas>>();
    expectTypeOf(quotasOf).returns.toEqualTypeOf<Quotas>();
  });

  it('every quota and tag error code is a CloudErrorCode', () => {
    expectTypeOf<
      | 'VpcLimitExceeded'
      | 'SubnetLimitExceeded'
      | 'SecurityGroupLimitExceeded'
      | 'RulesPerSecurityGroupLimitExceeded'
      | 'SecurityGroupsPerInterfaceLimitExceeded'
      | 'VpcEndpointLimitExceeded'
      | 'ActiveVpcPeeringConnectionPerVpcLimitExceeded'
      | 'OutstandingVpcPeeringConnectionLimitExceeded'
      | 'TooManyLoadBalancers'
      | 'TooManyListeners'
      | 'TooManyTargetGroups'
      | 'TooManyTargets'
      | 'TagLimitExceeded'
      | 'InvalidTagKey.Malformed'
      | 'TooManyTags'
      | 'DuplicateTagKeys'
    >().toExtend<CloudErrorCode>();
  });
});
