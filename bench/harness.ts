/**
 * Small helpers shared by the benchmarks: a seeded random source, the median of rounds, and
 * the machine-readable `BENCH <name> <value> <unit>` line each figure is printed as.
 *
 * @module
 */

/**
 * Prints one figure as `BENCH <name> <value> <unit>` (4 significant digits).
 *
 * @example
 * report('allocator-pairs-per-s', 2.4e7, 'ops/s'); // BENCH allocator-pairs-per-s 24000000 ops/s
 */
export function report(name: string, value: number, unit: string): void {
  console.log(`BENCH ${name} ${Number(value.toPrecision(4))} ${unit}`);
}

/**
 * The median of some numbers (the middle round is robust to a neighbour's burst of CPU).
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Nanoseconds per operation of `run(count)` (which must perform `count` operations).
 *
 * @example
 * const ns = nsPerOp((n) => { for (let i = 0; i < n; i++) work(); }, 1_000_000);
 */
export function nsPerOp(run: (count: number) => void, count: number): number {
  const start = process.hrtime.bigint();
  run(count);
  return Number(process.hrtime.bigint() - start) / count;
}

/**
 * A seeded xorshift32 source of unsigned 32-bit integers: the same stream on every run.
 *
 * @example
 * const next = xorshift(42); next(); // 11355432
 */
export function xorshift(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/**
 * `count` random indices below `bound`, precomputed so a timed loop does no arithmetic.
 *
 * @example
 * const victims = randomIndices(1 << 16, 27_500, 7);
 */
export function randomIndices(count: number, bound: number, seed: number): Uint32Array {
  const next = xorshift(seed);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = next() % bound;
  return out;
}

/** Formats a figure for the human-readable lines: `1.23e+7`. */
export function sci(value: number): string {
  return value.toExponential(2);
}

/** Node's `gc` when the process runs with `--expose-gc` (as `npm run bench` starts it). */
export const exposedGc: ((options?: { type: 'minor' | 'major' }) => void) | undefined = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;

/**
 * A young-generation collection (`gc({ type: 'minor' })`), so that what a timed block
 * allocated is collected inside it and nothing earlier is; nothing without `--expose-gc`.
 *
 * @example
 * collectYoung(); const started = cpu(); run(); collectYoung(); const spent = cpu() - started;
 */
export function collectYoung(): void {
  exposedGc?.({ type: 'minor' });
}

/**
 * `process.memoryUsage()` once garbage is gone: a full GC, a pause for V8 to free the
 * backing stores of dead typed arrays (it frees them after the GC, on another thread, so
 * `arrayBuffers` read right after `gc()` still counts arrays already dropped), and another
 * GC. Without `--expose-gc` it is the plain reading.
 *
 * @example
 * const before = await settledMemory();
 */
export async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  if (exposedGc !== undefined) {
    exposedGc();
    await new Promise((resolve) => setTimeout(resolve, 200));
    exposedGc();
  }
  return process.memoryUsage();
}
