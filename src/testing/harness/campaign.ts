/**
 * Fuzzing campaigns: a bounded number of runs, or as many as fit in N minutes, reporting
 * commands per second, the (action x outcome) coverage, and on failure the seed and the
 * shrunk path that replay it (`npm run fuzz -- --seed S --path P`).
 *
 * @module
 */
import fc from 'fast-check';
import { Coverage } from '../model/coverage.js';
import { fuzzProperty, type FuzzConstraints } from './fuzz.js';

/**
 * Options of {@link runFuzzCampaign}.
 *
 * @remarks Since 0.1.0
 */
export interface FuzzCampaignOptions extends Omit<FuzzConstraints, 'coverage' | 'onRunEnd' | 'replayPath'> {
  /**
   * The seed of the first batch (each further batch uses the next integer); with `path`, the
   * seed of the failure to replay.
   * @defaultValue a seed from the clock
   */
  seed?: number;
  /**
   * A path printed by a failing campaign (`<fast-check path>@<commands replay path>`): replays
   * that failure only, checking every command in full.
   * @defaultValue none
   */
  path?: string;
  /**
   * Runs per batch (and in all, without `minutes`).
   * @defaultValue 100
   */
  numRuns?: number;
  /**
   * Keep running batches for this many minutes.
   * @defaultValue none (one batch)
   */
  minutes?: number;
  /**
   * Most batches to run (with `minutes`, whichever ends first): with `seed`, the campaign
   * covers the seed range `seed`, `seed + seedStride`, ... (`batches` of them), so a long
   * campaign can be split into ranges that never overlap, one per CI job or worker.
   * @defaultValue 1 without `minutes`, unbounded with it
   */
  batches?: number;
  /**
   * The step between the seeds of successive batches (a worker `i` of `n` starts at
   * `seed + i` and steps by `n`, so no two workers run the same seed).
   * @defaultValue 1
   */
  seedStride?: number;
  /** Asked between batches: `true` ends the campaign (another worker failed, say). */
  shouldStop?: () => boolean;
  /** Progress lines (one per batch). */
  log?: (line: string) => void;
}

/** A failure, with everything needed to replay it. */
export interface FuzzFailure {
  seed: number;
  /** `<fast-check path>@<commands replay path>`: pass back as `path`. */
  path: string;
  /** The shrunk counterexample: the topology plan and the commands. */
  counterexample: string;
  /** What broke. */
  error: string;
  /** The command line that replays it (with the run-shaping flags the campaign used). */
  replay: string;
}

/** What a campaign did. */
export interface FuzzCampaignReport {
  ok: boolean;
  /** The seed of every batch run, in order. */
  seeds: number[];
  runs: number;
  commands: number;
  durationMs: number;
  commandsPerSecond: number;
  coverage: Coverage;
  failure?: FuzzFailure;
}

/**
 * The flags a replay needs besides seed and path: those that shape the runs it repeats. (Not
 * `--full-check-every`: a replay checks every command in full.)
 */
function replayFlags(options: FuzzCampaignOptions): string {
  return options.maxCommands === undefined ? '' : ` --max-commands ${options.maxCommands}`;
}

function failureOf<T>(details: fc.RunDetails<T>, options: FuzzCampaignOptions): FuzzFailure | undefined {
  if (!details.failed) return undefined;
  const counterexample = details.counterexample === null ? '(none)' : fc.stringify(details.counterexample);
  const replayPath = /replayPath="([^"]*)"/.exec(counterexample)?.[1];
  const path = `${details.counterexamplePath ?? ''}${replayPath === undefined ? '' : `@${replayPath}`}`;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return { seed: details.seed, path, counterexample, error, replay: `npm run fuzz -- --seed ${details.seed} --path '${path}'${replayFlags(options)}` };
}

/**
 * Runs a fuzzing campaign (or replays one failure, given `seed` and `path`).
 *
 * @example
 * const report = runFuzzCampaign({ numRuns: 200, maxCommands: 40 });
 * if (!report.ok) console.log(report.failure?.replay);
 * console.log(`${report.commandsPerSecond.toFixed(0)} commands/s`, report.coverage.format());
 *
 * @remarks Since 0.1.0
 */
export function runFuzzCampaign(options: FuzzCampaignOptions = {}): FuzzCampaignReport {
  const coverage = new Coverage();
  let commands = 0;
  let runs = 0;
  const start = Date.now();
  const [fcPath, replayPath] = (options.path ?? '').split('@');
  const property = fuzzProperty({
    ...options,
    // A replay checks every command in full: it fails wherever the campaign's checks failed.
    ...(options.path === undefined ? {} : { fullCheckEvery: 1 }),
    coverage,
    onRunEnd: (model) => {
      commands += model.commandsRun;
    },
    ...(replayPath === undefined || replayPath === '' ? {} : { replayPath }),
  });
  const numRuns = options.numRuns ?? 100;
  const stride = options.seedStride ?? 1;
  const batches = options.path !== undefined ? 1 : (options.batches ?? (options.minutes === undefined ? 1 : Number.POSITIVE_INFINITY));
  const seeds: number[] = [];
  let seed = options.seed ?? Date.now() % 2 ** 31;
  let failure: FuzzFailure | undefined;
  const deadline = options.minutes === undefined ? Number.POSITIVE_INFINITY : start + options.minutes * 60_000;
  while (failure === undefined && seeds.length < batches && (seeds.length === 0 || Date.now() < deadline) && options.shouldStop?.() !== true) {
    const details = fc.check(property, { seed, numRuns, ...(fcPath === undefined || fcPath === '' ? {} : { path: fcPath }) });
    seeds.push(seed);
    runs += details.numRuns;
    failure = failureOf(details, options);
    options.log?.(`seed ${seed}: ${details.numRuns} runs${failure ? ' FAILED' : ''}, ${commands} commands in ${((Date.now() - start) / 1000).toFixed(1)} s`);
    seed += stride;
  }
  const durationMs = Date.now() - start;
  return {
    ok: failure === undefined,
    seeds,
    runs,
    commands,
    durationMs,
    commandsPerSecond: durationMs > 0 ? (commands * 1000) / durationMs : 0,
    coverage,
    ...(failure === undefined ? {} : { failure }),
  };
}
