/**
 * Every action the model implements, by AWS action name, and every timer handler by kind.
 * Rooms define actions; this file only lists them, so adding an action is one line here.
 *
 * @module
 */
import { connectionTimerHandlers } from './connections/transition.js';
import type { TimerHandler } from './core/action.js';
import { describeAvailabilityZones } from './geo/describe-availability-zones.js';
import { createSubnet } from './network/actions/create-subnet.js';
import { createVpc } from './network/actions/create-vpc.js';

/** EC2 actions served by `cloud.ec2(identity)`. */
export const ec2Actions = {
  DescribeAvailabilityZones: describeAvailabilityZones,
  CreateVpc: createVpc,
  CreateSubnet: createSubnet,
} as const;

/** ELBv2 actions served by `cloud.elbv2(identity)`. */
export const elbv2Actions = {} as const;

/** Timer handlers by kind (asynchronous lifecycle steps). */
export const timerHandlers: Readonly<Record<string, TimerHandler>> = {
  ...connectionTimerHandlers,
};
