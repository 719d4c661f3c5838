import { describe, expectTypeOf, it } from 'vitest';
import { createCloud, type ConnectFailureReason, type ConnectResult, type ConsumerPorts } from '../../src/index.js';

describe('connect result shapes', () => {
  it('the consumer host\'s own failures are reasons of their own, apart from the NLB\'s PortAllocationError', () => {
    expectTypeOf<'ConsumerPortInUse'>().toExtend<ConnectFailureReason>();
    expectTypeOf<'EphemeralPortsExhausted'>().toExtend<ConnectFailureReason>();
    expectTypeOf<'PortAllocationError'>().toExtend<ConnectFailureReason>();
    expectTypeOf<'LoadBalancerSecurityGroupDenied'>().toExtend<ConnectFailureReason>();
    expectTypeOf<Extract<ConnectResult, { ok: false }>['reason']>().toEqualTypeOf<ConnectFailureReason>();
    expectTypeOf<ConnectFailureReason>().toEqualTypeOf<
      | 'NameNotResolved'
      | 'NotReachable'
      | 'ConsumerPortInUse'
      | 'EphemeralPortsExhausted'
      | 'EndpointNotAvailable'
      | 'SecurityGroupDenied'
      | 'LoadBalancerSecurityGroupDenied'
      | 'NoListener'
      | 'NoHealthyTarget'
      | 'PortAllocationError'
      | 'AwsServiceNotModelled'
    >();
  });

  it('the engine exposes the consumer-port table for invariant checks', () => {
    const cloud = createCloud({ seed: 1 });
    expectTypeOf(cloud.dataPlane.consumers).toEqualTypeOf<ConsumerPorts>();
    expectTypeOf(cloud.dataPlane.consumers.heldBy).returns.toEqualTypeOf<number>();
    expectTypeOf(cloud.dataPlane.consumers.heldPairs).toEqualTypeOf<number>();
  });
});
