import { describe, expectTypeOf, it } from 'vitest';
import {
  createCloud,
  CloudError,
  type Cloud,
  type CloudErrorCode,
  type DescribeAvailabilityZonesResult,
  type Identity,
  type PortAllocator,
  type PortAllocatorStats,
  type PortKeyHandle,
  type PortTable,
  type World,
} from '../../src/index.js';

describe('public API shapes', () => {
  it('createCloud returns a Cloud with facades, clock and controls', () => {
    const cloud = createCloud({ seed: 1 });
    expectTypeOf(cloud).toEqualTypeOf<Cloud>();
    expectTypeOf(cloud.world).toEqualTypeOf<World>();
    expectTypeOf(cloud.clock.now).returns.toEqualTypeOf<number>();
    expectTypeOf(cloud.ec2).parameter(0).toEqualTypeOf<Identity>();
    expectTypeOf(cloud.ec2({ accountId: '1', region: 'r' }).describeAvailabilityZones).returns.toEqualTypeOf<DescribeAvailabilityZonesResult>();
    expectTypeOf(cloud.snapshot).returns.toEqualTypeOf<World>();
  });

  it('CloudError carries an AWS code union and an HTTP status', () => {
    expectTypeOf<CloudError['code']>().toEqualTypeOf<CloudErrorCode>();
    expectTypeOf<CloudError['httpStatusCode']>().toEqualTypeOf<number>();
    expectTypeOf<'InvalidVpcEndpointServiceId.NotFound'>().toExtend<CloudErrorCode>();
  });

  it('facade methods take the SDK input shape', () => {
    const ec2 = createCloud().ec2({ accountId: '111111111111', region: 'us-east-1' });
    expectTypeOf<NonNullable<Parameters<typeof ec2.createVpc>[0]>>().toHaveProperty('CidrBlock');
    // @ts-expect-error -- unknown actions are not on the facade
    ec2.runInstances;
  });

  it('the data plane exposes its port allocator: a port table with interned keys', () => {
    const ports = createCloud().dataPlane.ports;
    expectTypeOf(ports).toEqualTypeOf<PortAllocator>();
    expectTypeOf(ports).toExtend<PortTable>();
    expectTypeOf(ports.keySlot).toEqualTypeOf<(nodeIp: number, targetIp: number, targetPort: number) => number>();
    expectTypeOf(ports.allocate).toEqualTypeOf<(slot: number, now: number) => number>();
    expectTypeOf(ports.release).toEqualTypeOf<(slot: number, port: number, now: number) => boolean>();
    expectTypeOf(ports.stats).returns.toEqualTypeOf<PortAllocatorStats>();
    expectTypeOf(ports.keyHandle).toEqualTypeOf<(slot: number) => PortKeyHandle>();
    expectTypeOf(ports.allocateOn).toEqualTypeOf<(handle: PortKeyHandle, now: number) => number>();
    expectTypeOf(ports.releaseOn).toEqualTypeOf<(handle: PortKeyHandle, port: number, now: number) => boolean>();
    expectTypeOf<PortKeyHandle>().toEqualTypeOf<{ readonly slot: number }>();
    // @ts-expect-error -- a handle shows its slot only: its port state is the table's
    ports.keyHandle(0).minted;
    expectTypeOf<PortAllocator['capacity']>().toEqualTypeOf<number>();
    // @ts-expect-error -- keys come from keySlot only: adding one by offset is the table's own business
    ports.addKey(0);
  });
});
