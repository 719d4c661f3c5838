/**
 * The lifecycle of an interface endpoint and its connection to a service, as AWS documents
 * it: `pendingAcceptance` -> `pending` -> `available` on accept (or straight to `pending`
 * when the service does not require acceptance), `rejected` from `pendingAcceptance` or
 * `available`, `deleting` -> `deleted` on the consumer's delete, `expired` for requests left
 * unanswered, `failed` when provisioning fails.
 *
 * @module
 */
import { setup } from 'xstate';
import type { VpcEndpointState } from '../endpoints/model.js';

/** Events of the connection lifecycle. */
export type EndpointConnectionEvent =
  | { type: 'accept' }
  | { type: 'reject' }
  | { type: 'provisioned' }
  | { type: 'fail' }
  | { type: 'expire' }
  | { type: 'delete' }
  | { type: 'deleted' };

/**
 * The connection machine. The initial state is chosen by the service's
 * `AcceptanceRequired`: {@link initialEndpointState}.
 *
 * @example
 * stepMachine(endpointConnectionMachine, 'pendingAcceptance', { type: 'accept' }); // 'pending'
 */
export const endpointConnectionMachine = setup({
  types: { events: {} as EndpointConnectionEvent },
}).createMachine({
  id: 'endpointConnection',
  initial: 'pendingAcceptance',
  states: {
    pendingAcceptance: {
      on: { accept: 'pending', reject: 'rejected', expire: 'expired', delete: 'deleting' },
    },
    pending: {
      on: { provisioned: 'available', fail: 'failed', delete: 'deleting' },
    },
    available: {
      on: { reject: 'rejected', delete: 'deleting' },
    },
    rejected: {
      on: { delete: 'deleting' },
    },
    expired: {
      on: { delete: 'deleting' },
    },
    failed: {
      on: { delete: 'deleting' },
    },
    partial: {
      on: { delete: 'deleting', reject: 'rejected' },
    },
    deleting: {
      on: { deleted: 'deleted' },
    },
    deleted: { type: 'final' },
  },
});

/** The state a new endpoint starts in. */
export function initialEndpointState(acceptanceRequired: boolean): VpcEndpointState {
  return acceptanceRequired ? 'pendingAcceptance' : 'pending';
}
