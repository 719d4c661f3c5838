/**
 * The lifecycle of a private DNS name's domain ownership verification
 * (`PrivateDnsNameConfiguration.State`): a name starts `pendingVerification`;
 * `StartVpcEndpointServicePrivateDnsVerification` starts a check that, after
 * `timings.dnsVerificationMs`, ends `verified` when the TXT record is found or `failed`
 * otherwise. A later start re-checks from any state.
 *
 * @module
 */
import { setup } from 'xstate';
import type { PrivateDnsVerificationState } from '../endpoint-services/model.js';

/** Events of the verification lifecycle. */
export type PrivateDnsVerificationEvent =
  | { type: 'start' }
  | { type: 'txtFound' }
  | { type: 'txtMissing' };

/**
 * The verification machine, used purely through `stepMachine`. The check's outcome events
 * (`txtFound`, `txtMissing`) are accepted only while a check is pending.
 *
 * @example
 * stepMachine(privateDnsVerificationMachine, 'pendingVerification', { type: 'txtFound' }); // 'verified'
 * stepMachine(privateDnsVerificationMachine, 'verified', { type: 'txtMissing' });          // undefined
 */
export const privateDnsVerificationMachine = setup({
  types: { events: {} as PrivateDnsVerificationEvent },
}).createMachine({
  id: 'privateDnsVerification',
  initial: 'pendingVerification',
  states: {
    pendingVerification: { on: { start: 'pendingVerification', txtFound: 'verified', txtMissing: 'failed' } },
    verified: { on: { start: 'pendingVerification' } },
    failed: { on: { start: 'pendingVerification' } },
  },
});

/** The state a newly set private DNS name starts in. */
export const INITIAL_VERIFICATION_STATE: PrivateDnsVerificationState = 'pendingVerification';
