import { describe, expectTypeOf, it } from 'vitest';
import type { CloudErrorCode, Quotas } from '../../src/index.js';
import {
  quotaErrorCode,
  quotaRefusal,
  quotaUsage,
  type FuzzModel,
  type LowQuotas,
  type ModelledQuota,
  type TopologyPlan,
  type TopologyPlanConstraints,
} from '../../src/testing/index.js';

describe('testing entry: quotas in plans and in the reference model', () => {
  it('plans carry optional finite quotas; the arbitrary says how often', () => {
    expectTypeOf<TopologyPlan['quotas']>().toEqualTypeOf<Partial<Quotas> | undefined>();
    expectTypeOf<TopologyPlanConstraints['lowQuotas']>().toEqualTypeOf<LowQuotas | undefined>();
    expectTypeOf<LowQuotas>().toEqualTypeOf<'never' | 'sometimes' | 'always'>();
    expectTypeOf<FuzzModel['quotas']>().toEqualTypeOf<Readonly<Partial<Quotas>>>();
  });

  it('the quota rules name modelled quotas and answer AWS codes', () => {
    expectTypeOf<ModelledQuota>().toExtend<keyof Quotas>();
    expectTypeOf(quotaRefusal).returns.toEqualTypeOf<CloudErrorCode | undefined>();
    expectTypeOf(quotaErrorCode).returns.toEqualTypeOf<CloudErrorCode>();
    expectTypeOf(quotaUsage).returns.toEqualTypeOf<number>();
  });
});
