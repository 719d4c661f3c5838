/**
 * Splitting one campaign across workers (threads, processes or CI jobs) and putting their
 * reports back together. Worker `i` of `n` runs the seeds `seed + i`, `seed + i + n`, ...,
 * so no two workers run the same seed, and each failure is reported with the seed of its
 * own batch: its replay line reproduces it in a single process.
 *
 * @module
 */
import { Coverage } from '../model/coverage.js';
import type { FuzzCampaignOptions, FuzzCampaignReport, FuzzFailure } from './campaign.js';

/**
 * The options worker `index` (from 0) of `workers` runs: the campaign's options with its
 * share of the seeds (and of `batches`, when the campaign has a seed range).
 *
 * @example
 * workerShare({ seed: 100, batches: 10, minutes: 5 }, 1, 4); // { seed: 101, seedStride: 4, batches: 3, minutes: 5 }
 */
export function workerShare<O extends FuzzCampaignOptions>(options: O & { seed: number }, index: number, workers: number): O & { seed: number; seedStride: number } {
  const stride = options.seedStride ?? 1;
  const share = { ...options, seed: options.seed + index * stride, seedStride: stride * workers };
  if (options.batches === undefined) return share;
  return { ...share, batches: Math.max(0, Math.ceil((options.batches - index) / workers)) };
}

/** A {@link FuzzCampaignReport} as plain data, for `postMessage` or a CI artifact. */
export interface FuzzCampaignReportData extends Omit<FuzzCampaignReport, 'coverage'> {
  coverage: [string, string, number][];
}

/**
 * A report as plain data.
 *
 * @example
 * parentPort.postMessage(reportData(runFuzzCampaign(options)));
 */
export function reportData(report: FuzzCampaignReport): FuzzCampaignReportData {
  return { ...report, coverage: report.coverage.entries() };
}

/** What several workers did together. */
export interface MergedCampaignReport extends FuzzCampaignReport {
  /** Every failure found, one per failing worker (`failure` is the first of them). */
  failures: FuzzFailure[];
}

/**
 * The reports of workers that ran side by side for `durationMs`, as one: runs, commands and
 * coverage summed, seeds in order, commands per second over the wall time.
 *
 * @example
 * const merged = mergeCampaignReports(reports.map((r) => r), Date.now() - start);
 * for (const f of merged.failures) console.log(f.replay);
 */
export function mergeCampaignReports(reports: readonly (FuzzCampaignReport | FuzzCampaignReportData)[], durationMs: number): MergedCampaignReport {
  const coverage = new Coverage();
  const failures: FuzzFailure[] = [];
  let runs = 0;
  let commands = 0;
  const seeds: number[] = [];
  for (const report of reports) {
    coverage.merge(report.coverage instanceof Coverage ? report.coverage : Coverage.fromEntries(report.coverage));
    if (report.failure !== undefined) failures.push(report.failure);
    runs += report.runs;
    commands += report.commands;
    seeds.push(...report.seeds);
  }
  const [first] = failures;
  return {
    ok: failures.length === 0,
    seeds: seeds.sort((a, b) => a - b),
    runs,
    commands,
    durationMs,
    commandsPerSecond: durationMs > 0 ? (commands * 1000) / durationMs : 0,
    coverage,
    failures,
    ...(first === undefined ? {} : { failure: first }),
  };
}
