/**
 * `lifecycleDiagram`: a lifecycle machine of `src/machines/` drawn as a Mermaid
 * `stateDiagram-v2`, read from the xstate machine itself (`stateNames`, `machineEdges`), so
 * a diagram can never disagree with the transitions the model enforces.
 *
 * @module
 */
import type { AnyStateMachine } from 'xstate';
import { describeValue, errors } from '../core/errors.js';
import { machineEdges, stateNames } from '../machines/step.js';
import { escapeLabelText } from './mermaid-text.js';

/** Options of {@link lifecycleDiagram}. */
export interface LifecycleDiagramOptions {
  /**
   * States a new resource can start in, when the code picks among several (e.g. an endpoint
   * starts `pending` when its service accepts automatically). Each must be a state of the machine.
   * @defaultValue the machine's `initial` state
   */
  initialStates?: readonly string[];
  /**
   * Mermaid layout direction.
   * @defaultValue 'LR'
   */
  direction?: 'LR' | 'TB';
}

const PLAIN_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

function isMachine(value: unknown): value is AnyStateMachine {
  if (typeof value !== 'object' || value === null || !('root' in value)) return false;
  const root: unknown = value.root;
  return typeof root === 'object' && root !== null && 'states' in root;
}

/**
 * The machine as a Mermaid state diagram: `[*]` into the initial state(s), one line per
 * (state, event, target) edge of the machine labelled with the event, and final states into
 * `[*]`. Deterministic: states and edges in the machine's own order.
 *
 * @throws CloudError `InvalidParameterValue` when `machine` is not an xstate machine or an
 * initial state is not one of its states.
 *
 * @example
 * import { endpointConnectionMachine, lifecycleDiagram } from 'privatelink-model';
 * lifecycleDiagram(endpointConnectionMachine);
 * // stateDiagram-v2
 * //   direction LR
 * //   [*] --> pendingAcceptance
 * //   pendingAcceptance --> pending: accept ...
 */
export function lifecycleDiagram(machine: AnyStateMachine, options: LifecycleDiagramOptions = {}): string {
  if (!isMachine(machine)) throw errors.invalidParameterValueMessage(`lifecycleDiagram expects an xstate machine, got ${describeValue(machine)}`);
  const names = stateNames(machine);
  const ids = new Map(names.map((name, i) => [name, PLAIN_ID.test(name) ? name : `state${i + 1}`]));
  const idOf = (name: string) => ids.get(name) ?? name;
  const initial = options.initialStates ?? machine.root.initial.target.map((node) => node.key);
  for (const name of initial) {
    if (!ids.has(name)) throw errors.invalidParameterValue('initialStates', name, `Expected one of ${names.join(', ')}.`);
  }
  const lines = ['stateDiagram-v2', `  direction ${options.direction ?? 'LR'}`];
  for (const name of names) {
    const id = idOf(name);
    lines.push(id === name ? `  ${id}` : `  state "${escapeLabelText(name)}" as ${id}`);
  }
  for (const name of initial) lines.push(`  [*] --> ${idOf(name)}`);
  const edges = machineEdges(machine);
  for (const { from, event, to } of edges) lines.push(`  ${idOf(from)} --> ${idOf(to)}: ${escapeLabelText(event)}`);
  for (const name of names) if (machine.root.states[name]?.type === 'final') lines.push(`  ${idOf(name)} --> [*]`);
  // A state nothing leads to would look like a drawing error: say it is one by design.
  const entered = new Set([...initial, ...edges.map((edge) => edge.to)]);
  for (const name of names) if (!entered.has(name)) lines.push(`  note right of ${idOf(name)}: no event of this lifecycle leads here`);
  return `${lines.join('\n')}\n`;
}
