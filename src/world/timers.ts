/**
 * Timers: asynchronous steps (Pending -> Available, verification, deletion) scheduled on the
 * simulated clock. Stored in the World as plain data so snapshots carry pending work.
 *
 * @module
 */

/** A scheduled step: when due, the handler registered for `kind` runs on `id` in `region`. */
export interface Timer {
  /** Due time, epoch ms of the simulated clock. */
  at: number;
  /** Tie-breaker: timers due at the same instant fire in scheduling order. */
  seq: number;
  kind: string;
  region: string;
  id: string;
}

/** Inserts a timer keeping the list ordered by (at, seq). Call on an immer draft. */
export function insertTimer(timers: Timer[], timer: Timer): void {
  let i = timers.length;
  while (i > 0) {
    const prev = timers[i - 1];
    if (prev === undefined || prev.at < timer.at || (prev.at === timer.at && prev.seq < timer.seq)) break;
    i--;
  }
  timers.splice(i, 0, timer);
}
