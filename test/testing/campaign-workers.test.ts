/**
 * Campaigns over seed ranges and split across workers: `batches` and `seedStride` bound and
 * space the seeds, `workerShare` gives each worker seeds no other worker runs (together,
 * exactly the campaign's), and `mergeCampaignReports` adds up what the workers did, keeping
 * every failure with the replay line that reproduces it in one process.
 */
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { errors } from '../../src/core/errors.js';
import { Coverage, defineFuzzCommand, mergeCampaignReports, reportData, runFuzzCampaign, workerShare, type FuzzCampaignReportData } from '../../src/testing/index.js';
import { must } from './support.js';

/** Commands that cannot fail: these tests are about the campaign, not the model. */
const quiet = { numRuns: 2, maxCommands: 3, only: ['AdvanceClock'] };

/** The seeds `workerShare` hands worker `i` of `n`, as the campaign would run them. */
function seedsOf(share: { seed?: number; seedStride?: number; batches?: number }, limit: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < Math.min(share.batches ?? limit, limit); k++) out.push((share.seed ?? 0) + k * (share.seedStride ?? 1));
  return out;
}

describe('campaign seed ranges', () => {
  it('runs the batches of a range, stepping by the stride, and says which seeds it ran', () => {
    const report = runFuzzCampaign({ ...quiet, seed: 40, batches: 3, seedStride: 5 });
    expect(report.seeds).toEqual([40, 45, 50]);
    expect(report.runs).toBe(6);
    expect(runFuzzCampaign({ ...quiet, seed: 40 }).seeds).toEqual([40]);
  });

  it('stops between batches when asked, and runs nothing when asked before', () => {
    let asked = 0;
    const report = runFuzzCampaign({ ...quiet, seed: 1, batches: 10, shouldStop: () => ++asked > 2 });
    expect(report.seeds).toEqual([1, 2]);
    expect(runFuzzCampaign({ ...quiet, seed: 1, batches: 10, shouldStop: () => true }).runs).toBe(0);
  });
});

describe('workerShare', () => {
  it('gives each worker seeds no other runs, together exactly the campaign range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }), (seed, batches, stride, workers) => {
        const all = Array.from({ length: workers }, (_, i) => seedsOf(workerShare({ seed, batches, seedStride: stride }, i, workers), 1_000));
        const flat = all.flat();
        expect(new Set(flat).size).toBe(flat.length);
        expect(flat.sort((a, b) => a - b)).toEqual(seedsOf({ seed, batches, seedStride: stride }, 1_000));
      }),
    );
  });

  it('spreads an unbounded campaign over disjoint seeds', () => {
    const shares = [0, 1, 2].map((i) => workerShare({ seed: 7, minutes: 1 }, i, 3));
    expect(shares).toEqual([{ seed: 7, seedStride: 3, minutes: 1 }, { seed: 8, seedStride: 3, minutes: 1 }, { seed: 9, seedStride: 3, minutes: 1 }]);
  });
});

/** A user command that fails on purpose as soon as it runs. */
const tripwire = defineFuzzCommand({ name: 'Tripwire', input: fc.constant(0), run: () => { throw errors.invalidState('tripwire'); } });

describe('mergeCampaignReports', () => {
  it('adds up runs, commands, seeds and coverage, and keeps every failure with its replay line', () => {
    const a = runFuzzCampaign({ ...quiet, ...workerShare({ seed: 3, batches: 4 }, 0, 2) });
    const failing = runFuzzCampaign({ numRuns: 5, maxCommands: 3, only: ['AdvanceClock'], extraCommands: [tripwire], ...workerShare({ seed: 3, batches: 4 }, 1, 2) });
    const sent: FuzzCampaignReportData = JSON.parse(JSON.stringify(reportData(failing))) as FuzzCampaignReportData;
    const merged = mergeCampaignReports([a, sent], 1_000);
    expect(merged.seeds).toEqual([3, 4, 5]);
    expect(merged.runs).toBe(a.runs + failing.runs);
    expect(merged.commands).toBe(a.commands + failing.commands);
    expect(merged.commandsPerSecond).toBe(merged.commands);
    expect(merged.coverage.count('cloud.clock.advance', 'ok')).toBe(a.coverage.count('cloud.clock.advance', 'ok') + failing.coverage.count('cloud.clock.advance', 'ok'));
    expect(merged.ok).toBe(false);
    expect(merged.failures).toHaveLength(1);
    const failure = must(merged.failure);
    expect(failure.error).toBe('tripwire');
    expect(failure.seed).toBe(4);
    expect(failure.replay).toBe(`npm run fuzz -- --seed 4 --path '${failure.path}' --max-commands 3`);
    const replay = runFuzzCampaign({ seed: failure.seed, path: failure.path, maxCommands: 3, only: ['AdvanceClock'], extraCommands: [tripwire] });
    expect(replay.failure?.counterexample).toBe(failure.counterexample);
  });
});

describe('Coverage as plain data', () => {
  it('round-trips through entries, and merges by count', () => {
    const coverage = new Coverage();
    coverage.record('CreateVpc', 'ok', 3);
    coverage.record('CreateVpc', 'InvalidVpc.Range');
    coverage.record('Connect', 'opened');
    expect(coverage.entries()).toEqual([['Connect', 'opened', 1], ['CreateVpc', 'InvalidVpc.Range', 1], ['CreateVpc', 'ok', 3]]);
    const copy = Coverage.fromEntries(JSON.parse(JSON.stringify(coverage.entries())) as [string, string, number][]);
    expect(copy.format()).toBe(coverage.format());
    copy.merge(coverage);
    expect(copy.count('CreateVpc', 'ok')).toBe(6);
    expect(copy.total).toBe(10);
  });
});
