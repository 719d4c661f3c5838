/**
 * Invariant 9's first half: the same seed and calls give identical snapshots. Replays a run's
 * journal on a fresh cloud built from the same plan and compares the worlds (as JSON) and the
 * open connections.
 *
 * @module
 */
import { isCloudError } from '../../core/errors.js';
import { fuzzFailure } from '../_internals/failure.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import { createTopologyCloud, realizeTopology } from '../topology/realize.js';
import type { Cloud } from '../../cloud.js';

/**
 * Replays `model`'s journal on a fresh cloud and throws unless it ends byte-identical to
 * `cloud`.
 *
 * @example
 * fc.modelRun(() => { const s = setup(); last = s; return s; }, commands);
 * checkReplayIsIdentical(last.model, last.real);
 */
export function checkReplayIsIdentical(model: FuzzModel, cloud: Cloud): void {
  const plan = model.topology.plan;
  const again = createTopologyCloud(plan);
  realizeTopology(again, plan);
  for (const entry of model.journal) {
    try {
      entry(again);
    } catch (error) {
      if (!isCloudError(error)) throw error;
    }
  }
  const a = JSON.stringify(cloud.snapshot());
  const b = JSON.stringify(again.snapshot());
  if (a !== b) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    throw fuzzFailure(`replaying the same calls on the same seed gave another world (invariant 9), first difference at ${i}: ${a.slice(Math.max(0, i - 60), i + 60)}`);
  }
  const open = (c: Cloud) => JSON.stringify(c.connections().map(({ proxyProtocolHeader: _, ...rest }) => rest));
  if (open(cloud) !== open(again)) throw fuzzFailure('replaying the same calls on the same seed opened other connections (invariant 9)');
}
