/**
 * Calling the cloud from a command: record the call (journal, coverage of action x
 * outcome), check invariant 6 (a failed call leaves `cloud.world` the same object), and
 * compare the outcome with what the reference model predicted.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { isCloudError } from '../../core/errors.js';
import type { UnsuccessfulItem } from '../../endpoint-services/unsuccessful.js';
import { fuzzFailure } from '../_internals/failure.js';
import type { FuzzModel } from './fuzz-model.js';

/**
 * What a call should answer: success (`'ok'`), one AWS error code, or any of several
 * outcomes when the model does not decide between them.
 *
 * @example
 * expectOutcome('ok'); expectOutcome('InvalidServiceName'); expectOutcome('ok', 'InvalidParameter');
 */
export type Expected = readonly string[];

/**
 * The outcomes a call may have.
 *
 * @example
 * attempt(model, cloud, 'DeleteVpc', expectOutcome('DependencyViolation'), (c) => c.ec2(who).deleteVpc({ VpcId }));
 */
export function expectOutcome(...outcomes: string[]): Expected {
  return outcomes;
}

/** The answer of a call: its value, or the error code and message. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/**
 * Calls `fn(cloud)` as action `action`, expecting one of `expected`; records it and checks
 * that a failing call changed nothing. Throws (fails the run) on any surprise. `fn` is kept
 * in the journal and replayed on another cloud: it must read nothing from the model.
 *
 * @example
 * const r = attempt(model, cloud, 'CreateVpc', expectOutcome('ok'), (c) => c.ec2(who).createVpc({ CidrBlock }));
 * if (r.ok) model.vpcs.push({ id: r.value.Vpc.VpcId, ... });
 */
export function attempt<T>(model: FuzzModel, cloud: Cloud, action: string, expected: Expected, fn: (cloud: Cloud) => T): Attempt<T> {
  model.journal.push(fn);
  const before = cloud.world;
  let result: Attempt<T>;
  try {
    result = { ok: true, value: fn(cloud) };
  } catch (error) {
    if (!isCloudError(error)) throw error;
    result = { ok: false, code: error.code, message: error.message };
    if (cloud.world !== before) throw fuzzFailure(`${action} failed with ${error.code} but changed the world (invariant 6)`);
  }
  const outcome = result.ok ? 'ok' : result.code;
  model.coverage.record(action, outcome);
  if (!expected.includes(outcome)) {
    const detail = result.ok ? 'it succeeded' : `${result.code}: ${result.message}`;
    throw fuzzFailure(`${action}: expected ${expected.join(' or ')}, but ${detail}`);
  }
  return result;
}

/**
 * Checks the `Unsuccessful` items of a batch call against what is expected per resource id
 * (`undefined`: the item must succeed; a list: any of those answers), and records each as
 * `ok` or `Unsuccessful:<code>`. Returns the code each item got (`undefined` for success).
 *
 * @example
 * checkUnsuccessful(model, 'AcceptVpcEndpointConnections', r.value.Unsuccessful, { [endpointId]: 'IncorrectState' });
 */
export function checkUnsuccessful(
  model: FuzzModel,
  action: string,
  items: readonly UnsuccessfulItem[],
  expected: Readonly<Record<string, string | undefined | readonly (string | undefined)[]>>,
): Record<string, string | undefined> {
  const got = new Map(items.map((i) => [i.ResourceId, i.Error.Code]));
  const out: Record<string, string | undefined> = {};
  for (const [id, wanted] of Object.entries(expected)) {
    const actual = got.get(id);
    out[id] = actual;
    model.coverage.record(action, actual === undefined ? 'ok' : `Unsuccessful:${actual}`);
    const allowed: readonly (string | undefined)[] = Array.isArray(wanted) ? wanted : [wanted as string | undefined];
    if (!allowed.includes(actual)) {
      const describe = (code: string | undefined) => (code === undefined ? 'success' : `Unsuccessful ${code}`);
      throw fuzzFailure(`${action} on ${id}: expected ${allowed.map(describe).join(' or ')}, got ${describe(actual)}`);
    }
  }
  return out;
}

/**
 * Runs a model control (not an AWS action) like `cloud.faults.failAvailabilityZone`,
 * recorded like an action.
 *
 * @example
 * control(model, cloud, 'cloud.clock.advance', (c) => c.clock.advance(1_000));
 */
export function control<T>(model: FuzzModel, cloud: Cloud, name: string, fn: (cloud: Cloud) => T): T {
  const result = attempt(model, cloud, name, ['ok'], fn);
  if (!result.ok) throw fuzzFailure(`${name} failed: ${result.code}`);
  return result.value;
}

/**
 * Runs `fn(cloud)` recorded in the journal only (its outcome is recorded by the caller, as
 * for `cloud.connect`, whose failures are results rather than errors).
 *
 * @example
 * const result = journaled(model, cloud, (c) => c.connect({ from, host, port }));
 */
export function journaled<T>(model: FuzzModel, cloud: Cloud, fn: (cloud: Cloud) => T): T {
  model.journal.push(fn);
  return fn(cloud);
}
