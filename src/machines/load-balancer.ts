/**
 * The lifecycle of a Network Load Balancer as ELBv2 reports it in `State.Code`:
 * `provisioning` -> `active` once its nodes are up (instant by default, after
 * `timings.loadBalancerProvisioningMs` otherwise), `failed` when it could not be set up,
 * `active_impaired` while it cannot scale. Deletion removes the record (AWS answers
 * `LoadBalancerNotFound` at once), so there is no `deleted` state.
 *
 * @module
 */
import { setup } from 'xstate';

/** Events of the load balancer lifecycle. */
export type LoadBalancerLifecycleEvent =
  | { type: 'provisioned' }
  | { type: 'fail' }
  | { type: 'impair' }
  | { type: 'recover' };

/**
 * The load balancer machine, used purely through `stepMachine`.
 *
 * @example
 * stepMachine(loadBalancerMachine, 'provisioning', { type: 'provisioned' }); // 'active'
 * stepMachine(loadBalancerMachine, 'active', { type: 'provisioned' });       // undefined
 */
export const loadBalancerMachine = setup({
  types: { events: {} as LoadBalancerLifecycleEvent },
}).createMachine({
  id: 'loadBalancer',
  initial: 'provisioning',
  states: {
    provisioning: { on: { provisioned: 'active', fail: 'failed' } },
    active: { on: { impair: 'active_impaired' } },
    active_impaired: { on: { recover: 'active' } },
    failed: {},
  },
});
