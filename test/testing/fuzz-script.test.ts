/**
 * `npm run fuzz -- --workers N`, run as a user runs it: worker threads each take seeds no
 * other takes, their progress is printed per worker, and one summary adds them up.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

describe('npm run fuzz --workers', () => {
  it('splits a seed range across worker threads and sums their reports', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/fuzz.ts', '--workers', '2', '--seed', '70', '--batches', '3', '--runs', '2', '--max-commands', '4'], { cwd: ROOT, timeout: 120_000 });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('privatelink-model fuzz campaign on 2 workers');
    const batches = lines.flatMap((l) => {
      const m = /^worker (\d): seed (\d+): 2 runs, \d+ commands in [\d.]+ s$/.exec(l);
      return m === null ? [] : [[Number(m[1]), Number(m[2])]];
    });
    expect(batches.sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))).toEqual([[1, 70], [2, 71], [1, 72]]);
    expect(stdout).toMatch(/\n6 runs, \d+ commands in [\d.]+ s: \d+ commands\/s\n3 batches, seeds 70-72\n/);
    expect(stdout).toMatch(/\ncoverage: \d+ \(action x outcome\) pairs over \d+ actions\n/);
  }, 120_000);
});
