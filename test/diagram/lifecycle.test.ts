import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import {
  endpointConnectionMachine,
  endpointServiceMachine,
  lifecycleDiagram,
  loadBalancerMachine,
  privateDnsVerificationMachine,
} from '../../src/index.js';
import { machineEdges, stateNames } from '../../src/machines/step.js';
import { cloudErrorOf } from '../support/errors.js';

const MACHINES = { endpointConnectionMachine, endpointServiceMachine, loadBalancerMachine, privateDnsVerificationMachine };

describe('lifecycleDiagram', () => {
  for (const [name, machine] of Object.entries(MACHINES)) {
    it(`draws every state and every edge of ${name}, and nothing else`, () => {
      const text = lifecycleDiagram(machine);
      const lines = text.trimEnd().split('\n');
      expect(lines[0]).toBe('stateDiagram-v2');
      expect(lines[1]).toBe('  direction LR');
      const edges = machineEdges(machine);
      expect(edges.length).toBeGreaterThan(0);
      for (const { from, event, to } of edges) expect(lines).toContain(`  ${from} --> ${to}: ${event}`);
      for (const state of stateNames(machine)) expect(lines).toContain(`  ${state}`);
      const transitions = lines.filter((l) => / --> /.test(l) && !l.includes('[*]'));
      expect(transitions).toHaveLength(edges.length);
      const initial = lines.filter((l) => l.startsWith('  [*] --> '));
      expect(initial).toEqual([`  [*] --> ${machine.root.initial.target[0]?.key}`]);
    });
  }

  it('ends final states in [*]', () => {
    const text = lifecycleDiagram(endpointConnectionMachine);
    expect(text).toContain('  deleted --> [*]\n');
    expect(text.match(/--> \[\*\]/g)).toHaveLength(1);
    expect(lifecycleDiagram(loadBalancerMachine)).not.toContain('--> [*]\n');
  });

  it('draws several initial states when asked, and a direction', () => {
    const text = lifecycleDiagram(endpointConnectionMachine, { initialStates: ['pendingAcceptance', 'pending'], direction: 'TB' });
    expect(text).toContain('  direction TB\n');
    expect(text).toContain('  [*] --> pendingAcceptance\n  [*] --> pending\n');
  });

  it('notes a state that no event leads to, and only such a state', () => {
    const text = lifecycleDiagram(endpointConnectionMachine, { initialStates: ['pendingAcceptance', 'pending'] });
    expect(text).toContain('  note right of partial: no event of this lifecycle leads here\n');
    expect(text.match(/note right of/g)).toHaveLength(1);
    // an initial state is entered by [*]: no note, though no event leads to it
    expect(lifecycleDiagram(loadBalancerMachine)).not.toContain('note');
  });

  it('is exact for a small machine', () => {
    expect(lifecycleDiagram(loadBalancerMachine)).toBe(
      [
        'stateDiagram-v2',
        '  direction LR',
        '  provisioning',
        '  active',
        '  active_impaired',
        '  failed',
        '  [*] --> provisioning',
        '  provisioning --> active: provisioned',
        '  provisioning --> failed: fail',
        '  active --> active_impaired: impair',
        '  active_impaired --> active: recover',
        '',
      ].join('\n'),
    );
  });

  it('gives states whose names are not plain ids an alias', () => {
    const machine = setup({ types: { events: {} as { type: 'go' } } }).createMachine({
      id: 'odd',
      initial: 'not started',
      states: { 'not started': { on: { go: 'done' } }, done: { type: 'final' } },
    });
    expect(lifecycleDiagram(machine)).toBe(
      ['stateDiagram-v2', '  direction LR', '  state "not started" as state1', '  done', '  [*] --> state1', '  state1 --> done: go', '  done --> [*]', ''].join('\n'),
    );
  });

  it('refuses what is not a machine, and initial states the machine lacks', () => {
    expect(cloudErrorOf(() => lifecycleDiagram({} as typeof loadBalancerMachine)).code).toBe('InvalidParameterValue');
    const bad = cloudErrorOf(() => lifecycleDiagram(loadBalancerMachine, { initialStates: ['deleted'] }));
    expect(bad.code).toBe('InvalidParameterValue');
    expect(bad.message).toContain('deleted');
  });
});
