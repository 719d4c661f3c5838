import { describe, expect, it } from 'vitest';
import { createCloud, CloudError, type DomainEvent } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';

const A = { accountId: '111111111111', region: 'us-east-1' } as const;

describe('command pipeline', () => {
  it('a failing command leaves the world reference-equal and emits nothing', () => {
    const cloud = createCloud({ seed: 1 });
    const events: DomainEvent[] = [];
    cloud.subscribe((e) => events.push(e));
    const before = cloud.world;
    expect(() => cloud.ec2(A).createSubnet({ VpcId: 'vpc-0123456789abcdef0', CidrBlock: '10.0.0.0/24' })).toThrow(CloudError);
    expect(cloud.world).toBe(before);
    expect(events).toEqual([]);
  });

  it('a succeeding command replaces the world and publishes its events after commit', () => {
    const cloud = createCloud({ seed: 1 });
    const seen: { type: string; hasVpc: boolean }[] = [];
    cloud.subscribe((e, w) => seen.push({ type: e.type, hasVpc: Object.keys(w.regions).length > 0 }));
    const before = cloud.world;
    cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.0/16' });
    expect(cloud.world).not.toBe(before);
    expect(seen).toEqual([{ type: 'ResourceCreated', hasVpc: true }]);
    expect(Object.isFrozen(cloud.world)).toBe(true);
  });

  it('unsubscribe stops delivery', () => {
    const cloud = createCloud();
    let n = 0;
    const off = cloud.subscribe(() => n++);
    cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.0/16' });
    off();
    cloud.ec2(A).createVpc({ CidrBlock: '10.1.0.0/16' });
    expect(n).toBe(1);
  });

  it('DryRun answers DryRunOperation after authorization, changing nothing', () => {
    const cloud = createCloud();
    const before = cloud.world;
    expect(cloudErrorOf(() => cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.0/16', DryRun: true }))).toMatchObject({
      code: 'DryRunOperation',
      message: 'Request would have succeeded, but DryRun flag is set.',
      httpStatusCode: 412,
    });
    expect(cloud.world).toBe(before);
  });

  it('DryRun by a principal whose policy denies the action answers UnauthorizedOperation', () => {
    const cloud = createCloud();
    const dev = 'arn:aws:iam::111111111111:role/dev';
    cloud.iam.putPrincipalPolicy(dev, { Statement: [{ Effect: 'Deny', Action: 'ec2:CreateVpc', Resource: '*' }] });
    const before = cloud.world;
    const error = cloudErrorOf(() => cloud.ec2({ ...A, principalArn: dev }).createVpc({ CidrBlock: '10.0.0.0/16', DryRun: true }));
    expect(error.code).toBe('UnauthorizedOperation');
    expect(error.message).toContain('ec2:CreateVpc');
    expect(cloud.world).toBe(before);
    // the account root has no policy: an administrator
    expect(() => cloud.ec2(A).createVpc({ CidrBlock: '10.0.0.0/16' })).not.toThrow();
  });

  it('malformed input is a CloudError, not a crash', () => {
    const cloud = createCloud();
    const ec2 = cloud.ec2(A);
    expect(cloudErrorOf(() => ec2.createVpc({})).code).toBe('MissingParameter');
    expect(cloudErrorOf(() => ec2.createVpc({ CidrBlock: 42 as unknown as string })).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => ec2.createVpc('x' as unknown as object)).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => ec2.createVpc({ CidrBlock: '10.0.0.0/16', DryRun: 'yes' as unknown as boolean })).code).toBe(
      'InvalidParameterValue',
    );
  });

  it('rejects bad identities with a CloudError', () => {
    const cloud = createCloud();
    expect(cloudErrorOf(() => cloud.ec2({ accountId: '1234', region: 'us-east-1' })).code).toBe('UnknownAccount');
    expect(cloudErrorOf(() => cloud.ec2({ accountId: '111111111111', region: 'moon-1' })).code).toBe('InvalidParameterValue');
    expect(
      cloudErrorOf(() => cloud.ec2({ ...A, principalArn: 'arn:aws:iam::222222222222:role/x' })).code,
    ).toBe('InvalidParameterValue');
  });

  it('dispatch routes by action name and refuses unknown actions clearly', () => {
    const cloud = createCloud();
    expect(cloud.dispatch('ec2', 'DescribeAvailabilityZones', A, {})).toHaveProperty('AvailabilityZones');
    expect(cloudErrorOf(() => cloud.dispatch('ec2', 'RunInstances', A, {}))).toMatchObject({
      code: 'UnsupportedOperation',
    });
    expect(cloudErrorOf(() => cloud.dispatch('ec2', 'toString', A, {})).code).toBe('UnsupportedOperation');
  });
});
