import { describe, expect, it } from 'vitest';
import { createCloud, CloudError } from '../../src/index.js';

const A = { accountId: '111111111111', region: 'us-east-1' } as const;

function scenario(seed: number | string) {
  const cloud = createCloud({ seed });
  const ec2 = cloud.ec2(A);
  const { Vpc } = ec2.createVpc({ CidrBlock: '10.0.0.0/16' });
  ec2.createSubnet({ VpcId: Vpc.VpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' });
  ec2.createSubnet({ VpcId: Vpc.VpcId, CidrBlock: '10.0.2.0/24' });
  return cloud;
}

describe('determinism and snapshots', () => {
  it('same seed and calls give byte-identical snapshots; another seed differs', () => {
    expect(JSON.stringify(scenario(42).snapshot())).toBe(JSON.stringify(scenario(42).snapshot()));
    expect(JSON.stringify(scenario(42).snapshot())).not.toBe(JSON.stringify(scenario(43).snapshot()));
    expect(JSON.stringify(scenario('42').snapshot())).toBe(JSON.stringify(scenario(42).snapshot()));
  });

  it('snapshot -> JSON -> restore is identity and the restored cloud carries on identically', () => {
    const original = scenario(5);
    const restored = createCloud({ from: JSON.parse(JSON.stringify(original.snapshot())) });
    expect(restored.snapshot()).toEqual(original.snapshot());
    const a = original.ec2(A).createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    const b = restored.ec2(A).createVpc({ CidrBlock: '10.9.0.0/16' }).Vpc.VpcId;
    expect(b).toBe(a);
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(original.snapshot()));
  });

  it('structuredClone of the world works (plain data only)', () => {
    const world = scenario(1).world;
    expect(structuredClone(world)).toEqual(world);
  });

  it('restoring something that is not a snapshot is a CloudError', () => {
    expect(() => createCloud({ from: { hello: 1 } as never })).toThrow(CloudError);
    expect(() => createCloud({ from: null as never })).toThrow(CloudError);
  });

  it('rejects bad options', () => {
    expect(() => createCloud({ seed: Number.NaN })).toThrow(CloudError);
    expect(() => createCloud({ timing: 'slow' as never })).toThrow(CloudError);
    expect(() => createCloud({ timing: { endpointProvisioningMs: -1 } })).toThrow(CloudError);
    expect(() => createCloud({ timing: { warpSpeed: 1 } as never })).toThrow(CloudError);
    expect(() => createCloud({ startTime: Number.POSITIVE_INFINITY })).toThrow(CloudError);
  });
});

describe('simulated clock', () => {
  it('starts at the configured time and advances only when told', () => {
    const cloud = createCloud({ startTime: 1_000 });
    expect(cloud.clock.now()).toBe(1_000);
    cloud.clock.advance(500);
    expect(cloud.clock.now()).toBe(1_500);
    expect(cloud.world.now).toBe(1_500);
    expect(() => cloud.clock.advance(-1)).toThrow(CloudError);
    expect(() => cloud.clock.advance(Number.NaN)).toThrow(CloudError);
  });

  it('realistic timings are AWS-like; explicit ones override instant defaults', () => {
    expect(createCloud({ timing: 'realistic' }).world.timings.endpointProvisioningMs).toBeGreaterThan(0);
    expect(createCloud().world.timings.endpointProvisioningMs).toBe(0);
    expect(createCloud({ timing: { dnsVerificationMs: 5 } }).world.timings).toMatchObject({ dnsVerificationMs: 5, endpointProvisioningMs: 0 });
  });
});
