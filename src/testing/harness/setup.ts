/**
 * Setting up one model-based run: a cloud built from a topology plan, a history recorder on
 * it, and the reference model of what was built.
 *
 * @module
 */
import type { Cloud } from '../../cloud.js';
import { recordHistory } from '../invariants/history.js';
import { createFuzzModel, type FuzzModelOptions } from '../model/create-model.js';
import type { FuzzModel } from '../model/fuzz-model.js';
import type { TopologyPlan } from '../topology/plan.js';
import { createTopologyCloud, realizeTopology } from '../topology/realize.js';

/**
 * The setup function `fc.modelRun` takes: each call builds a fresh cloud from `plan` and its
 * reference model.
 *
 * @example
 * fc.assert(fc.property(topologyPlan(), fuzzCommands(), (plan, commands) => {
 *   fc.modelRun(fuzzSetup(plan), commands);
 * }));
 */
export function fuzzSetup(plan: TopologyPlan, options: FuzzModelOptions = {}): () => { model: FuzzModel; real: Cloud } {
  return () => {
    const cloud = createTopologyCloud(plan);
    const history = recordHistory(cloud);
    const topology = realizeTopology(cloud, plan);
    return { model: createFuzzModel(cloud, topology, history, options), real: cloud };
  };
}
