/**
 * When a model-based step checks every invariant in full rather than on what it changed: a
 * count of commands shared by all the runs of a property (a campaign), so full checks cost
 * the same per command however short the runs are, and a switch that makes every command's
 * check a full one while a failure is being shrunk or replayed.
 *
 * @module
 */

/**
 * A full-check cadence shared by the runs of a fuzzing property: every `every`-th command
 * (counted over the runs, not per run) is checked in full; the others on what they changed.
 * After {@link FullCheckSchedule.checkEveryCommand}, every command is checked in full: a
 * failure a full check found then shows at the same step in every shrunk run and replay,
 * whatever position the count had reached.
 *
 * @example
 * const schedule = new FullCheckSchedule(50);
 * fuzzSetup(plan, { fullCheckSchedule: schedule }); // one schedule for all the runs
 *
 * @remarks Since 0.2.0
 */
export class FullCheckSchedule {
  private counted = 0;
  private always: boolean;

  /**
   * @param every - a full check every this many commands; 0 for none (only checks on what
   * changed), 1 for every command.
   */
  constructor(readonly every: number) {
    this.always = every === 1;
  }

  /** Counts one command and says whether its check is the full one. */
  next(): boolean {
    this.counted += 1;
    return this.always || (this.every > 0 && this.counted % this.every === 0);
  }

  /** From now on every command is checked in full (shrinking or replaying a failure). */
  checkEveryCommand(): void {
    this.always = true;
  }

  /** Whether every command is checked in full. */
  get everyCommand(): boolean {
    return this.always;
  }
}
