/**
 * Every asynchronous step of the endpoint-services room (service provisioning and deletion,
 * private DNS verification checks), for the registry's `timerHandlers`.
 *
 * @module
 */
import type { TimerHandler } from '../core/action.js';
import { serviceTimerHandlers } from './lifecycle.js';
import { privateDnsTimerHandlers } from './private-dns.js';

/**
 * Timer handlers by kind.
 *
 * @example
 * export const timerHandlers = { ...connectionTimerHandlers, ...endpointServiceTimerHandlers };
 */
export const endpointServiceTimerHandlers: Readonly<Record<string, TimerHandler>> = {
  ...serviceTimerHandlers,
  ...privateDnsTimerHandlers,
};
