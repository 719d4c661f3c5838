/**
 * `npm run fuzz`: model-based fuzzing of the whole model (privatelink-model/testing).
 *
 *   npm run fuzz                          one batch of 100 runs, a fresh seed
 *   npm run fuzz -- --minutes 10          a 10-minute campaign
 *   npm run fuzz -- --seed S --path P     replay the failure a campaign printed
 *   --runs N  runs per batch   --max-commands N  commands per run   --full-check-every N
 *
 * Prints commands/s and the (action x outcome) coverage, error outcomes included; exits 1
 * on a failure after printing its seed, shrunk path and counterexample.
 */
import { runFuzzCampaign, type FuzzCampaignOptions } from '../src/testing/index.js';

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

const seed = numberFlag('seed');
const path = flag('path');
const minutes = numberFlag('minutes');
const numRuns = numberFlag('runs');
const maxCommands = numberFlag('max-commands');
const fullCheckEvery = numberFlag('full-check-every');
const options: FuzzCampaignOptions = {
  ...(seed === undefined ? {} : { seed }),
  ...(path === undefined ? {} : { path, numRuns: 1 }),
  ...(minutes === undefined ? {} : { minutes }),
  ...(numRuns === undefined ? {} : { numRuns }),
  maxCommands: maxCommands ?? (minutes === undefined ? 30 : 60),
  ...(fullCheckEvery === undefined ? {} : { fullCheckEvery }),
  log: (line) => console.log(line),
};

console.log(path === undefined ? 'privatelink-model fuzz campaign' : `replaying seed ${seed ?? '?'} path ${path}`);
const report = runFuzzCampaign(options);
console.log('');
console.log(`${report.runs} runs, ${report.commands} commands in ${(report.durationMs / 1000).toFixed(1)} s: ${report.commandsPerSecond.toFixed(0)} commands/s`);
console.log(`coverage: ${report.coverage.pairs} (action x outcome) pairs over ${report.coverage.actions().length} actions`);
console.log(report.coverage.format());
if (path !== undefined && report.failure === undefined) {
  console.log('');
  console.log('The replay did not fail. Pass the same --max-commands and --full-check-every as the failing campaign (its printed replay line carries them).');
}
if (report.failure !== undefined) {
  const f = report.failure;
  console.log('');
  console.log('FAILED:', f.error);
  console.log(`seed ${f.seed}`);
  console.log(`path ${f.path}`);
  console.log(`counterexample ${f.counterexample}`);
  console.log(`replay with: ${f.replay}`);
  process.exit(1);
}
