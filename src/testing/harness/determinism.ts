/**
 * Invariant 9's first half: the same seed and calls give identical snapshots. Replays a run's
 * journal on a fresh cloud that starts where the run started and compares the worlds (as
 * JSON) and the open connections.
 *
 * @module
 */
import { isCloudError } from '../../core/errors.js';
import { fuzzFailure } from '../_internals/failure.js';
import { sameJsonData } from '../_internals/same-json.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { createTopologyCloud } from '../topology/realize.js';
import type { Cloud } from '../../cloud.js';

/**
 * Replays `model`'s journal on a fresh cloud and throws unless it ends byte-identical to
 * `cloud`.
 *
 * The fresh cloud is restored from the run's start world (`model.startWorld`, the realized
 * topology) rather than built and realized again: the two are the same state. A cloud is
 * its world plus its data plane; the world is immutable and holds every option but the port
 * capacity, which the plan gives both clouds; the data plane is built from the world and
 * that capacity, and realizing opens no connection, so nothing else carries over. What the
 * replay checks is unchanged: the journal's calls, made again on that state by another
 * cloud, end in the same world and connections. (Realizing uses the same actions the
 * journal replays, and a plan is realized in every run, checked by every invariant.) It
 * saves re-running the realization, and the two worlds then share what the calls left
 * alone, so comparing them walks only what changed.
 *
 * @example
 * fc.modelRun(() => { const s = setup(); last = s; return s; }, commands);
 * checkReplayIsIdentical(last.model, last.real);
 */
export function checkReplayIsIdentical(model: FuzzModel, cloud: Cloud): void {
  const again = createTopologyCloud(model.topology.plan, model.startWorld);
  for (const entry of model.journal) {
    try {
      entry(again);
    } catch (error) {
      if (!isCloudError(error)) throw error;
    }
  }
  if (!sameJsonData(cloud.snapshot(), again.snapshot())) {
    const a = JSON.stringify(cloud.snapshot());
    const b = JSON.stringify(again.snapshot());
    if (a !== b) {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      throw fuzzFailure(`replaying the same calls on the same seed gave another world (invariant 9), first difference at ${i}: ${a.slice(Math.max(0, i - 60), i + 60)}`);
    }
  }
  const open = (c: Cloud) => JSON.stringify(c.connections().map(({ proxyProtocolHeader: _, ...rest }) => rest));
  if (open(cloud) !== open(again)) throw fuzzFailure('replaying the same calls on the same seed opened other connections (invariant 9)');
}
