/**
 * Defining model-based commands: an input arbitrary, a `check` against the reference model
 * and a `run` against the real cloud, wrapped as fast-check commands that check the model
 * and the invariants after every step. The built-in commands are defined this way, and so
 * can a user's own (`docs/fuzz-your-tool.md`).
 *
 * @module
 */
import fc from 'fast-check';
import type { Cloud } from '../../cloud.js';
import { afterCommand } from '../model/after-command.js';
import type { FuzzModel } from '../model/fuzz-model.js';

/** A synchronous model-based command over the reference model and a {@link Cloud}. */
export type FuzzCommand = fc.Command<FuzzModel, Cloud>;

/** An asynchronous one (for code under test that awaits, such as AWS SDK clients). */
export type AsyncFuzzCommand = fc.AsyncCommand<FuzzModel, Cloud>;

/**
 * What a command is made of.
 *
 * @remarks Since 0.1.0
 */
export interface FuzzCommandSpec<Input, Result> {
  /** Shown in counterexamples and replays: `name {input}`. */
  name: string;
  /** The command's parameters (picks are resolved against the model when it runs). */
  input: fc.Arbitrary<Input>;
  /**
   * Whether the command applies to the current model; a command that does not is skipped.
   * @defaultValue always
   */
  check?: (model: Readonly<FuzzModel>, input: Input) => boolean;
  /** Predicts, calls the cloud, compares, updates the model; throws on a surprise. */
  run: (model: FuzzModel, cloud: Cloud, input: Input) => Result;
}

function describeInput(input: unknown): string {
  const text = JSON.stringify(input);
  return text === undefined ? '' : ` ${text}`;
}

/**
 * A command arbitrary for `fc.commands`, from a spec. After `run`, the cloud is compared with
 * the model and the invariants are checked.
 *
 * @example
 * const advance = defineFuzzCommand({
 *   name: 'Advance',
 *   input: fc.integer({ min: 0, max: 5_000 }),
 *   run: (model, cloud, ms) => { control(model, cloud, 'cloud.clock.advance', (c) => c.clock.advance(ms)); advanceModel(model, ms); },
 * });
 *
 * @remarks Since 0.1.0
 */
export function defineFuzzCommand<Input>(spec: FuzzCommandSpec<Input, void>): fc.Arbitrary<FuzzCommand> {
  return spec.input.map((input): FuzzCommand => ({
    check: (model) => spec.check?.(model, input) ?? true,
    run: (model, cloud) => {
      spec.run(model, cloud, input);
      afterCommand(model, cloud);
    },
    toString: () => `${spec.name}${describeInput(input)}`,
  }));
}

/**
 * Like {@link defineFuzzCommand} for code that awaits (an SDK client through `attachClient`).
 *
 * @example
 * const provision = defineAsyncFuzzCommand({
 *   name: 'ProvisionWithMyTool',
 *   input: fc.boolean(),
 *   run: async (model, cloud, acceptanceRequired) => { await myTool.provision({ acceptanceRequired }); },
 * });
 *
 * @remarks Since 0.1.0
 */
export function defineAsyncFuzzCommand<Input>(spec: FuzzCommandSpec<Input, Promise<void>>): fc.Arbitrary<AsyncFuzzCommand> {
  return spec.input.map((input): AsyncFuzzCommand => ({
    check: (model) => spec.check?.(model, input) ?? true,
    run: async (model, cloud) => {
      await spec.run(model, cloud, input);
      afterCommand(model, cloud);
    },
    toString: () => `${spec.name}${describeInput(input)}`,
  }));
}

/**
 * A synchronous command arbitrary as an asynchronous one, to mix built-in commands with a
 * user's async commands in `fc.asyncModelRun`.
 *
 * @example
 * fc.commands([...fuzzCommandArbitraries().map(toAsyncFuzzCommand), provision]);
 *
 * @remarks Since 0.1.0
 */
export function toAsyncFuzzCommand(command: fc.Arbitrary<FuzzCommand>): fc.Arbitrary<AsyncFuzzCommand> {
  return command.map((c): AsyncFuzzCommand => ({
    check: (model) => c.check(model),
    run: async (model, cloud) => c.run(model, cloud),
    toString: () => c.toString(),
  }));
}
