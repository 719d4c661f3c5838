/**
 * SDK waiters on the model's simulated clock: `attachClient(..., { followClock })` moves the
 * model's time as the waiter's (fake) timers move, so `waitUntil...` under realistic timings
 * ends without sleeping for real.
 */
import { CreateSubnetCommand, CreateVpcCommand } from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand,
  DescribeLoadBalancersCommand,
  waitUntilLoadBalancerAvailable,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud, REALISTIC_TIMINGS, type Cloud } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { isolatedEc2Client, isolatedElbv2Client } from './support.js';

const ACCOUNT = '111111111111';

afterEach(() => {
  vi.useRealTimers();
});

/** A provisioning NLB created through SDK clients that follow `Date.now()`. */
async function provisioningLoadBalancer(cloud: Cloud) {
  const followClock = () => Date.now();
  const ec2 = attachClient(isolatedEc2Client(), cloud, { accountId: ACCOUNT, followClock });
  const elb = attachClient(isolatedElbv2Client(), cloud, { accountId: ACCOUNT, followClock });
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
  const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc?.VpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }));
  const { LoadBalancers = [] } = await elb.send(new CreateLoadBalancerCommand({ Name: 'api', Type: 'network', Scheme: 'internal', Subnets: [Subnet?.SubnetId ?? ''] }));
  return { elb, arn: LoadBalancers[0]?.LoadBalancerArn ?? '', state: LoadBalancers[0]?.State?.Code };
}

describe('attachClient followClock', () => {
  it('lets a real SDK waiter finish under realistic timings, on fake timers, without real sleeping', async () => {
    vi.useFakeTimers();
    const cloud = createCloud({ seed: 'waiters', timing: 'realistic' });
    const started = cloud.clock.now();
    const { elb, arn, state } = await provisioningLoadBalancer(cloud);
    expect(state).toBe('provisioning');

    const waiting = waitUntilLoadBalancerAvailable({ client: elb, maxWaitTime: 900 }, { LoadBalancerArns: [arn] });
    await vi.runAllTimersAsync();
    const result = await waiting;

    expect(result.state).toBe('SUCCESS');
    // The waiter polled past the NLB's provisioning time, and the model's clock went with it.
    expect(cloud.clock.now() - started).toBeGreaterThanOrEqual(REALISTIC_TIMINGS.loadBalancerProvisioningMs);
    const { LoadBalancers = [] } = await elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [arn] }));
    expect(LoadBalancers[0]?.State?.Code).toBe('active');
  });

  it('without followClock, simulated time stands still however long the caller waits', async () => {
    vi.useFakeTimers();
    const cloud = createCloud({ seed: 'waiters', timing: 'realistic' });
    const started = cloud.clock.now();
    const elb = attachClient(isolatedElbv2Client(), cloud, { accountId: ACCOUNT });
    vi.advanceTimersByTime(3_600_000);
    await elb.send(new DescribeLoadBalancersCommand({}));
    expect(cloud.clock.now()).toBe(started);
  });

  it('never moves the model back, and a clock advanced by hand stays ahead', async () => {
    let now = 1_000;
    const cloud = createCloud({ seed: 'waiters' });
    const started = cloud.clock.now();
    const elb = attachClient(isolatedElbv2Client(), cloud, { accountId: ACCOUNT, followClock: () => now });
    now += 5_000;
    await elb.send(new DescribeLoadBalancersCommand({}));
    expect(cloud.clock.now()).toBe(started + 5_000);
    now -= 4_000; // the caller's clock went back: the model does not
    await elb.send(new DescribeLoadBalancersCommand({}));
    expect(cloud.clock.now()).toBe(started + 5_000);
    cloud.clock.advance(60_000);
    now += 10_000;
    await elb.send(new DescribeLoadBalancersCommand({}));
    expect(cloud.clock.now()).toBe(started + 65_000);
  });

  it('refuses a followClock that is not a clock, at attach time and on the call where it stops being one', async () => {
    const cloud = createCloud({ seed: 'waiters' });
    const notAFunction = { accountId: ACCOUNT, followClock: 5 } as unknown as { accountId: string };
    expect(cloudErrorOf(() => attachClient(isolatedElbv2Client(), cloud, notAFunction)).code).toBe('InvalidParameterValue');
    expect(cloudErrorOf(() => attachClient(isolatedElbv2Client(), cloud, { accountId: ACCOUNT, followClock: () => Number.NaN })).message).toMatch(/followClock/);
    let now = 0;
    const elb = attachClient(isolatedElbv2Client(), cloud, { accountId: ACCOUNT, followClock: () => now });
    now = Number.POSITIVE_INFINITY;
    const before = cloud.world;
    await expect(elb.send(new DescribeLoadBalancersCommand({}))).rejects.toMatchObject({ name: 'InvalidParameterValue' });
    expect(cloud.world).toBe(before);
  });
});
