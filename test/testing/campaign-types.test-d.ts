import { describe, expectTypeOf, it } from 'vitest';
import type { World } from '../../src/index.js';
import {
  Coverage,
  FullCheckSchedule,
  mergeCampaignReports,
  reportData,
  settle,
  workerShare,
  type CheckInvariantsOptions,
  type FuzzCampaignOptions,
  type FuzzCampaignReport,
  type FuzzCampaignReportData,
  type FuzzFailure,
  type FuzzModel,
  type FuzzModelOptions,
  type MergedCampaignReport,
} from '../../src/testing/index.js';

describe('testing entry: checks since a world, campaigns over workers', () => {
  it('checkInvariants takes the world to check changes since; settle keeps its argument type', () => {
    expectTypeOf<CheckInvariantsOptions['since']>().toEqualTypeOf<World | undefined>();
    expectTypeOf(settle<World>).returns.toEqualTypeOf<World>();
    expectTypeOf<FuzzModel['checkedWorld']>().toEqualTypeOf<World>();
  });

  it('full checks follow a schedule a campaign shares between its models', () => {
    expectTypeOf<FuzzModel['fullChecks']>().toEqualTypeOf<FullCheckSchedule>();
    expectTypeOf<FuzzModelOptions['fullCheckSchedule']>().toEqualTypeOf<FullCheckSchedule | undefined>();
    expectTypeOf<FullCheckSchedule['next']>().toEqualTypeOf<() => boolean>();
    expectTypeOf<FullCheckSchedule['everyCommand']>().toEqualTypeOf<boolean>();
    expectTypeOf<FuzzCampaignOptions['fullCheckEvery']>().toEqualTypeOf<number | undefined>();
  });

  it('campaign options bound and space the seeds, and can be stopped', () => {
    expectTypeOf<FuzzCampaignOptions['batches']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<FuzzCampaignOptions['seedStride']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<FuzzCampaignOptions['shouldStop']>().toEqualTypeOf<(() => boolean) | undefined>();
    expectTypeOf<FuzzCampaignReport['seeds']>().toEqualTypeOf<number[]>();
  });

  it('a worker share keeps the caller options and always carries seed and stride', () => {
    const share = workerShare({ seed: 1, minutes: 5, maxCommands: 60 }, 0, 2);
    expectTypeOf(share.seed).toEqualTypeOf<number>();
    expectTypeOf(share.seedStride).toEqualTypeOf<number>();
    expectTypeOf(share.maxCommands).toEqualTypeOf<number>();
  });

  it('reports cross threads as plain data and merge into one with every failure', () => {
    expectTypeOf(reportData).returns.toEqualTypeOf<FuzzCampaignReportData>();
    expectTypeOf<FuzzCampaignReportData['coverage']>().toEqualTypeOf<[string, string, number][]>();
    expectTypeOf(mergeCampaignReports).parameter(0).toEqualTypeOf<readonly (FuzzCampaignReport | FuzzCampaignReportData)[]>();
    expectTypeOf(mergeCampaignReports).returns.toEqualTypeOf<MergedCampaignReport>();
    expectTypeOf<MergedCampaignReport['failures']>().toEqualTypeOf<FuzzFailure[]>();
    expectTypeOf(Coverage.fromEntries).returns.toEqualTypeOf<Coverage>();
  });
});
