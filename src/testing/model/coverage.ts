/**
 * Coverage of (action x outcome) pairs: which AWS actions and model controls the fuzzer
 * exercised, and with which outcomes (`ok`, an AWS error code, an `Unsuccessful` item's
 * code, a data-plane failure reason). A campaign prints it, so a gap is visible.
 *
 * @module
 */

/**
 * Counts of (action, outcome) pairs, shared by every run of a campaign.
 *
 * @example
 * const coverage = new Coverage();
 * coverage.record('CreateVpcEndpoint', 'InvalidServiceName');
 * coverage.count('CreateVpcEndpoint', 'InvalidServiceName'); // 1
 */
export class Coverage {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Counts one `outcome` of `action` (or `times` of them). */
  record(action: string, outcome: string, times = 1): void {
    let outcomes = this.counts.get(action);
    if (outcomes === undefined) {
      outcomes = new Map();
      this.counts.set(action, outcomes);
    }
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + times);
  }

  /** How often `outcome` of `action` was seen. */
  count(action: string, outcome: string): number {
    return this.counts.get(action)?.get(outcome) ?? 0;
  }

  /** Every action seen, sorted. */
  actions(): string[] {
    return [...this.counts.keys()].sort();
  }

  /** The outcomes seen for `action` with their counts, sorted by outcome. */
  outcomes(action: string): [string, number][] {
    return [...(this.counts.get(action) ?? new Map<string, number>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Total calls recorded. */
  get total(): number {
    let n = 0;
    for (const outcomes of this.counts.values()) for (const c of outcomes.values()) n += c;
    return n;
  }

  /** Number of distinct (action, outcome) pairs seen. */
  get pairs(): number {
    let n = 0;
    for (const outcomes of this.counts.values()) n += outcomes.size;
    return n;
  }

  /** Adds another coverage's counts to this one. */
  merge(other: Coverage): void {
    for (const [action, outcome, n] of other.entries()) this.record(action, outcome, n);
  }

  /**
   * Every count as plain data, `[action, outcome, count]`, sorted: what crosses a worker
   * thread or a CI artifact; {@link Coverage.fromEntries} reads it back.
   *
   * @example
   * const copy = Coverage.fromEntries(JSON.parse(JSON.stringify(coverage.entries())));
   */
  entries(): [action: string, outcome: string, count: number][] {
    return this.actions().flatMap((a) => this.outcomes(a).map(([o, n]): [string, string, number] => [a, o, n]));
  }

  /**
   * A coverage holding `entries` (from {@link Coverage.entries}).
   *
   * @example
   * Coverage.fromEntries([['CreateVpc', 'ok', 3]]).count('CreateVpc', 'ok'); // 3
   */
  static fromEntries(entries: Iterable<readonly [string, string, number]>): Coverage {
    const coverage = new Coverage();
    for (const [action, outcome, n] of entries) coverage.record(action, outcome, n);
    return coverage;
  }

  /**
   * A table, one action per line: `Action  ok x12, InvalidServiceName x3`.
   *
   * @example
   * console.log(coverage.format());
   */
  format(): string {
    const actions = this.actions();
    const width = Math.max(0, ...actions.map((a) => a.length));
    return actions.map((a) => `${a.padEnd(width)}  ${this.outcomes(a).map(([o, n]) => `${o} x${n}`).join(', ')}`).join('\n');
  }
}
