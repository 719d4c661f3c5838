/**
 * `npm run fuzz`: model-based fuzzing of the whole model (privatelink-model/testing).
 *
 *   npm run fuzz                          one batch of 100 runs, a fresh seed
 *   npm run fuzz -- --minutes 10          a 10-minute campaign
 *   npm run fuzz -- --minutes 10 --workers 4
 *                                         the same on 4 worker threads (`--workers auto`: one per core)
 *   npm run fuzz -- --seed S --batches B  the seed range S..S+B-1 (one batch each), e.g. one CI job's share
 *   npm run fuzz -- --seed S --path P     replay the failure a campaign printed
 *   --runs N  runs per batch   --max-commands N  commands per run   --full-check-every N
 *
 * Prints commands/s and the (action x outcome) coverage, error outcomes included; exits 1
 * on a failure after printing its seed, shrunk path, counterexample and the line that
 * replays it in a single process (one such block per failing worker).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { mergeCampaignReports, reportData, runFuzzCampaign, workerShare, type FuzzCampaignOptions, type FuzzCampaignReportData, type FuzzFailure, type MergedCampaignReport } from '../src/testing/index.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function numberFlag(name: string): number | undefined {
  const raw = flag(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    console.error(`--${name} expects a number, got ${raw}`);
    process.exit(2);
  }
  return value;
}

/** What a worker thread is given. */
interface WorkerInput {
  options: FuzzCampaignOptions;
  /** One Int32: set to 1 to stop every worker after its current batch. */
  stop: SharedArrayBuffer;
}

/** What a worker thread posts. */
type WorkerMessage = { type: 'log'; line: string } | { type: 'report'; report: FuzzCampaignReportData };

function campaignOptions(): FuzzCampaignOptions {
  const seed = numberFlag('seed');
  const path = flag('path');
  const minutes = numberFlag('minutes');
  const numRuns = numberFlag('runs');
  const batches = numberFlag('batches');
  const maxCommands = numberFlag('max-commands');
  const fullCheckEvery = numberFlag('full-check-every');
  return {
    ...(seed === undefined ? {} : { seed }),
    ...(path === undefined ? {} : { path, numRuns: 1 }),
    ...(minutes === undefined ? {} : { minutes }),
    ...(numRuns === undefined ? {} : { numRuns }),
    ...(batches === undefined ? {} : { batches }),
    maxCommands: maxCommands ?? (minutes === undefined ? 30 : 60),
    ...(fullCheckEvery === undefined ? {} : { fullCheckEvery }),
  };
}

function workerCount(): number {
  const raw = flag('workers');
  if (raw === undefined) return 1;
  if (raw === 'auto') return availableParallelism();
  const n = numberFlag('workers') ?? 1;
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--workers expects a positive integer or auto, got ${raw}`);
    process.exit(2);
  }
  return n;
}

function printFailure(f: FuzzFailure): void {
  console.log('');
  console.log('FAILED:', f.error);
  console.log(`seed ${f.seed}`);
  console.log(`path ${f.path}`);
  console.log(`counterexample ${f.counterexample}`);
  console.log(`replay with: ${f.replay}`);
}

/** `[1, 2, 3, 7]` as `1-3, 7`: the seeds a campaign covered, for the next range to start after. */
function ranges(seeds: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < seeds.length; ) {
    let j = i;
    while (j + 1 < seeds.length && seeds[j + 1] === (seeds[j] ?? 0) + 1) j++;
    out.push(j === i ? `${seeds[i]}` : `${seeds[i]}-${seeds[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

function printReport(report: MergedCampaignReport, replaying: boolean): void {
  console.log('');
  console.log(`${report.runs} runs, ${report.commands} commands in ${(report.durationMs / 1000).toFixed(1)} s: ${report.commandsPerSecond.toFixed(0)} commands/s`);
  if (!replaying) console.log(`${report.seeds.length} batches, seeds ${ranges(report.seeds)}`);
  console.log(`coverage: ${report.coverage.pairs} (action x outcome) pairs over ${report.coverage.actions().length} actions`);
  console.log(report.coverage.format());
  if (replaying && report.ok) {
    console.log('');
    console.log('The replay did not fail. Pass the same --max-commands as the failing campaign (its printed replay line carries it).');
  }
  for (const f of report.failures) printFailure(f);
  if (!report.ok) process.exit(1);
}

/** Runs `workers` threads over disjoint seeds; the first failure stops the others after their batch. */
async function runWorkers(options: FuzzCampaignOptions & { seed: number }, workers: number): Promise<MergedCampaignReport> {
  const stop = new SharedArrayBuffer(4);
  const start = Date.now();
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
  const reports = await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      const input: WorkerInput = { options: workerShare(options, i, workers), stop };
      const worker = new Worker(boot, { eval: true, workerData: input });
      return new Promise<FuzzCampaignReportData>((resolve, reject) => {
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'log') console.log(`worker ${i + 1}: ${message.line}`);
          else {
            if (!message.report.ok) Atomics.store(new Int32Array(stop), 0, 1);
            resolve(message.report);
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`worker ${i + 1} exited with code ${code} before reporting`)));
      });
    }),
  );
  return mergeCampaignReports(reports, Date.now() - start);
}

if (!isMainThread) {
  const { options, stop } = workerData as WorkerInput;
  const flagged = new Int32Array(stop);
  const report = runFuzzCampaign({ ...options, shouldStop: () => Atomics.load(flagged, 0) === 1, log: (line) => parentPort?.postMessage({ type: 'log', line } satisfies WorkerMessage) });
  parentPort?.postMessage({ type: 'report', report: reportData(report) } satisfies WorkerMessage);
} else {
  const options = campaignOptions();
  const workers = options.path === undefined ? workerCount() : 1;
  if (options.path !== undefined) console.log(`replaying seed ${options.seed ?? '?'} path ${options.path}`);
  else console.log(`privatelink-model fuzz campaign${workers > 1 ? ` on ${workers} workers` : ''}`);
  if (workers > 1) {
    const seeded = { ...options, seed: options.seed ?? Date.now() % 2 ** 31 };
    console.log(`seeds from ${seeded.seed}, worker i (from 1) running ${seeded.seed} + i - 1 every ${workers}`);
    printReport(await runWorkers(seeded, workers), false);
  } else {
    const report = runFuzzCampaign({ ...options, log: (line) => console.log(line) });
    printReport(mergeCampaignReports([report], report.durationMs), options.path !== undefined);
  }
}
