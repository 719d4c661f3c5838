/**
 * The lifecycle of an endpoint service configuration as EC2 reports it in `ServiceState`:
 * `Pending` -> `Available` once provisioned (after `timings.serviceProvisioningMs`),
 * `Failed` when it could not be set up, `Deleting` -> `Deleted` on
 * `DeleteVpcEndpointServiceConfigurations`. Capitalised, as on the wire. `modify` (a change of
 * its configuration, permissions or private DNS) is accepted only while `Pending` or
 * `Available`.
 *
 * @module
 */
import { setup } from 'xstate';
import type { ServiceState } from '../endpoint-services/model.js';

/** Events of the endpoint service lifecycle. */
export type EndpointServiceEvent =
  | { type: 'provisioned' }
  | { type: 'modify' }
  | { type: 'fail' }
  | { type: 'delete' }
  | { type: 'deleted' };

/**
 * The endpoint service machine, used purely through `stepMachine`.
 *
 * @example
 * stepMachine(endpointServiceMachine, 'Pending', { type: 'provisioned' }); // 'Available'
 * stepMachine(endpointServiceMachine, 'Deleted', { type: 'delete' });      // undefined
 */
export const endpointServiceMachine = setup({
  types: { events: {} as EndpointServiceEvent },
}).createMachine({
  id: 'endpointService',
  initial: 'Pending',
  states: {
    Pending: { on: { provisioned: 'Available', modify: 'Pending', fail: 'Failed', delete: 'Deleting' } },
    Available: { on: { modify: 'Available', delete: 'Deleting' } },
    Failed: { on: { delete: 'Deleting' } },
    Deleting: { on: { deleted: 'Deleted' } },
    Deleted: { type: 'final' },
  },
});

/** The state a new service configuration starts in. */
export const INITIAL_SERVICE_STATE: ServiceState = 'Pending';
