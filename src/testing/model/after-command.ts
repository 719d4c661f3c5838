/**
 * What every command checks after it ran: the model's clock and open connections match the
 * cloud's (the reference data plane), and docs/design.md's invariants hold: every one after every
 * command, the API-level ones (3, 9, 10) on what the command changed, and all of them in full
 * on the commands the model's full-check schedule picks (every N commands of a campaign).
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { fuzzFailure } from '../_internals/failure.js';
import { checkInvariants } from '../invariants/check-invariants.js';
import { formatViolations } from '../invariants/violation.js';
import type { FuzzModel } from './fuzz-model.js';

/**
 * Compares the model with the cloud and checks the invariants; throws on any difference.
 *
 * @example
 * spec.run(model, cloud, input);
 * afterCommand(model, cloud);
 */
export function afterCommand(model: FuzzModel, cloud: Cloud): void {
  model.commandsRun += 1;
  if (cloud.clock.now() !== model.now) throw fuzzFailure(`the clock reads ${cloud.clock.now()}, the model expected ${model.now}`);
  const open = cloud.connections().map((c) => c.id).sort((a, b) => a - b);
  const expected = model.connections.map((c) => c.id).sort((a, b) => a - b);
  if (open.join(',') !== expected.join(',')) {
    throw fuzzFailure(`open connections are [${open.join(', ')}], the model expected [${expected.join(', ')}] (invariant 8: a cut path closes its connections)`);
  }
  const violations = checkInvariants(cloud, { history: model.history, since: model.checkedWorld, full: model.fullChecks.next() });
  model.checkedWorld = cloud.world;
  if (violations.length > 0) throw fuzzFailure(`invariants broken:\n${formatViolations(violations)}`);
}
