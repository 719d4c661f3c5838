/**
 * The model-based fuzzing property: a random topology plan, then a random sequence of the
 * built-in commands (and any of the caller's own), each checked against the reference model
 * and the invariants (in full every N commands of the campaign, on what changed otherwise),
 * and finally a replay of the same calls that must give the same world.
 *
 * @module
 */
import fc from 'fast-check';
import type { Cloud } from '../../cloud.js';
import { topologyPlan, type TopologyPlanConstraints } from '../arbitraries/topology.js';
import { builtInCommands } from '../commands/all.js';
import type { FuzzCommand } from '../commands/define.js';
import type { Coverage } from '../model/coverage.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import type { TopologyPlan } from '../topology/plan.js';
import { FullCheckSchedule } from '../model/full-checks.js';
import { checkReplayIsIdentical } from './determinism.js';
import { fuzzSetup } from './setup.js';

/**
 * How often, in commands counted over all the runs of a campaign, every invariant is checked
 * in full by default. Every other command is checked on what it changed, which covers what a
 * step can break in the API's views; the full check adds the snapshot round trip and
 * re-reads what no command touched. On the fuzzer's worlds a full check costs ~2-4 ms of
 * CPU, a command with its incremental check ~0.2-0.4 ms: counted per campaign, full checks
 * are a fixed share of the time however short the runs (per run, with a full check at each
 * run's end, they were a third of a campaign).
 */
const FULL_CHECK_EVERY = 50;

/**
 * Options of {@link fuzzCommands} and {@link fuzzProperty}.
 *
 * @remarks Since 0.1.0
 */
export interface FuzzConstraints {
  /**
   * The topology plans runs start from.
   * @defaultValue topologyPlan() defaults
   */
  plan?: TopologyPlanConstraints;
  /**
   * Most commands per run.
   * @defaultValue 30
   */
  maxCommands?: number;
  /**
   * The caller's own commands, drawn beside the built-in ones.
   * @defaultValue []
   */
  extraCommands?: readonly fc.Arbitrary<FuzzCommand>[];
  /**
   * Only the built-in commands with these names (see `builtInCommands()`).
   * @defaultValue every built-in command
   */
  only?: readonly string[];
  /**
   * Counts of (action x outcome), shared across runs.
   * @defaultValue none
   */
  coverage?: Coverage;
  /**
   * Every invariant in full every N commands, counted over all the runs of the property (a
   * campaign), so the cost does not depend on how long runs are; 1 for every command, 0 for
   * none. The other commands are checked on what they changed (`checkInvariants(cloud, {
   * since })`). Once a run fails, every command of the following runs (fast-check's
   * shrinking) is checked in full, so the failure shows at the same step however the runs
   * shrink; replay a failure with 1 (the campaign does).
   * @defaultValue 50
   */
  fullCheckEvery?: number;
  /**
   * `fc.commands`' replay path of a failure, to replay it exactly.
   * @defaultValue none
   */
  replayPath?: string;
  /**
   * Replay every run's calls on a fresh cloud and require the same world.
   * @defaultValue true
   */
  checkDeterminism?: boolean;
  /** Called with each finished run's model (for statistics such as commands run). */
  onRunEnd?: (model: FuzzModel) => void;
}

/**
 * The command sequences of model-based fuzzing, for `fc.modelRun`.
 *
 * @example
 * fc.assert(fc.property(topologyPlan(), fuzzCommands({ maxCommands: 20 }), (plan, commands) => {
 *   fc.modelRun(fuzzSetup(plan), commands);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function fuzzCommands(constraints: FuzzConstraints = {}): fc.Arbitrary<Iterable<FuzzCommand>> {
  const chosen = builtInCommands().filter((c) => constraints.only === undefined || constraints.only.includes(c.name));
  const arbitraries = [...chosen.flatMap((c) => Array.from({ length: c.weight }, () => c.command)), ...(constraints.extraCommands ?? [])];
  return fc.commands(arbitraries, {
    maxCommands: constraints.maxCommands ?? 30,
    size: 'max',
    ...(constraints.replayPath === undefined ? {} : { replayPath: constraints.replayPath }),
  });
}

/**
 * The whole fuzzing property, ready for `fc.assert` / `fc.check`.
 *
 * @example
 * fc.assert(fuzzProperty({ maxCommands: 25 }), { numRuns: 50 });
 *
 * @remarks Since 0.1.0
 */
export function fuzzProperty(constraints: FuzzConstraints = {}): fc.IPropertyWithHooks<[TopologyPlan, Iterable<FuzzCommand>]> {
  const fullChecks = new FullCheckSchedule(constraints.fullCheckEvery ?? FULL_CHECK_EVERY);
  return fc.property(topologyPlan(constraints.plan), fuzzCommands(constraints), (plan, commands) => {
    let last: { model: FuzzModel; real: Cloud } | undefined;
    const setup = fuzzSetup(plan, {
      ...(constraints.coverage === undefined ? {} : { coverage: constraints.coverage }),
      fullCheckSchedule: fullChecks,
    });
    try {
      fc.modelRun(() => (last = setup()), commands);
      if (last === undefined) return;
      if (constraints.checkDeterminism ?? true) checkReplayIsIdentical(last.model, last.real);
    } catch (error) {
      // Shrinking runs this property again on smaller cases: check each of their steps in full.
      fullChecks.checkEveryCommand();
      throw error;
    }
    constraints.onRunEnd?.(last.model);
  });
}
