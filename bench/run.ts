/**
 * `npm run bench`: runs every `bench/*.bench.ts`, each in its own Node process (so one
 * benchmark's JIT state and heap never colour another's), one after the other (the machine
 * has two cores; two benchmarks at once would measure each other), streaming their output.
 *
 *   npm run bench                  every benchmark, in file-name order
 *   npm run bench -- allocator     only files whose name (before .bench.ts) contains "allocator"
 *   npm run bench -- alloc connect several filters: a file matching any of them runs
 *
 * Children run as `node --expose-gc --import tsx <file>` (the GC hook lets memory
 * benchmarks measure live bytes, not garbage). Exits 1 when a benchmark fails or when no
 * file matches the filters.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));

const SUFFIX = '.bench.ts';
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith(SUFFIX))
  .filter((name) => filters.length === 0 || filters.some((f) => name.slice(0, -SUFFIX.length).includes(f)))
  .sort();

if (files.length === 0) {
  console.error(`No bench/*.bench.ts matches ${filters.map((f) => `"${f}"`).join(', ')}.`);
  process.exit(1);
}

const failed: string[] = [];
for (const name of files) {
  console.log(`\n=== bench/${name}`);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(benchDir, name)], {
    stdio: 'inherit',
    cwd: join(benchDir, '..'),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const outcome = child.error
    ? `could not start: ${child.error.message}`
    : child.status === 0
      ? 'ok'
      : `failed (${child.signal ?? `exit code ${child.status}`})`;
  console.log(`=== bench/${name}: ${outcome} in ${seconds.toFixed(1)} s`);
  if (outcome !== 'ok') failed.push(name);
}

if (failed.length > 0) {
  console.error(`\n${failed.length} of ${files.length} benchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
