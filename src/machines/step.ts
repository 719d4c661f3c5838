/**
 * Runs an xstate v5 machine as a pure transition table: the World stores only the state
 * value (a string); this resolves it, applies one event with xstate's pure `transition`, and
 * returns the next value, or `undefined` when the state does not accept the event (callers
 * turn that into AWS's `IncorrectState`-style error, never a silent no-op).
 *
 * @module
 */
import { transition, type AnyStateMachine, type EventObject } from 'xstate';

/**
 * The state value after `event`, or `undefined` if `value` does not accept it.
 *
 * @example
 * stepMachine(endpointConnectionMachine, 'pendingAcceptance', { type: 'accept' }); // 'pending'
 * stepMachine(endpointConnectionMachine, 'deleted', { type: 'accept' });           // undefined
 */
export function stepMachine(machine: AnyStateMachine, value: string, event: EventObject): string | undefined {
  let table = transitions.get(machine);
  if (table === undefined) {
    table = new Map();
    transitions.set(machine, table);
  }
  const key = `${value}\u0000${event.type}`;
  const known = table.get(key);
  if (known !== undefined) return known ?? undefined;
  const next = computeStep(machine, value, event);
  table.set(key, next ?? null);
  return next;
}

/**
 * Answers already worked out, per machine and (state, event type). The machines are pure
 * tables (no context, guards or actions), so an answer depends on nothing else; asking xstate
 * once per pair keeps a command from building an actor scope on every step.
 */
const transitions = new WeakMap<AnyStateMachine, Map<string, string | null>>();

function computeStep(machine: AnyStateMachine, value: string, event: EventObject): string | undefined {
  const snapshot = machine.resolveState({ value, context: {} });
  if (!snapshot.can(event)) return undefined;
  const [next] = transition(machine, snapshot, event);
  const nextValue: unknown = next.value;
  return typeof nextValue === 'string' ? nextValue : undefined;
}

/** Every state name of a flat machine (for diagrams and exhaustive tests). */
export function stateNames(machine: AnyStateMachine): string[] {
  return Object.keys(machine.root.states);
}

/** Every (from, event, to) edge of a flat machine, for diagrams and tests. */
export function machineEdges(machine: AnyStateMachine): { from: string; event: string; to: string }[] {
  const edges: { from: string; event: string; to: string }[] = [];
  for (const [from, node] of Object.entries(machine.root.states)) {
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) {
        for (const target of t.target ?? []) edges.push({ from, event, to: target.key });
      }
    }
  }
  return edges;
}
