/**
 * The model-based fuzzing property: a random topology plan, then a random sequence of the
 * built-in commands (and any of the caller's own), each checked against the reference model
 * and the invariants, and finally a replay of the same calls that must give the same world.
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
import { assertInvariants } from '../invariants/check-invariants.js';
import { checkReplayIsIdentical } from './determinism.js';
import { fuzzSetup } from './setup.js';

/**
 * How often a run checks every invariant in full by default. Each command is checked on what
 * it changed in between, so the full check adds what no command touched (a describe that is
 * wrong whatever the step, the snapshot round trip). On the fuzzer's worlds a full check
 * costs ~4 ms of CPU, a command's incremental check ~0.1-0.2 ms; every run ends with a full
 * check anyway.
 */
const FULL_CHECK_EVERY = 20;

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
   * Every invariant in full every N commands of a run; 0 for only at the end. Between full
   * checks each command is checked on what it changed (`checkInvariants(cloud, { since })`),
   * and every run ends with a full check whatever N is.
   * @defaultValue 20
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
  return fc.property(topologyPlan(constraints.plan), fuzzCommands(constraints), (plan, commands) => {
    let last: { model: FuzzModel; real: Cloud } | undefined;
    const setup = fuzzSetup(plan, {
      ...(constraints.coverage === undefined ? {} : { coverage: constraints.coverage }),
      fullCheckEvery: constraints.fullCheckEvery ?? FULL_CHECK_EVERY,
    });
    fc.modelRun(() => (last = setup()), commands);
    if (last === undefined) return;
    assertInvariants(last.real, { history: last.model.history });
    if (constraints.checkDeterminism ?? true) checkReplayIsIdentical(last.model, last.real);
    constraints.onRunEnd?.(last.model);
  });
}
