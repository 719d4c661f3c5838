import { describe, expect, it } from 'vitest';
import { loadBalancerMachine } from '../../src/machines/load-balancer.js';
import { machineEdges, stepMachine } from '../../src/machines/step.js';
import { withNlb } from './fixtures.js';

describe('load balancer lifecycle', () => {
  it('moves provisioning -> active only', () => {
    expect(stepMachine(loadBalancerMachine, 'provisioning', { type: 'provisioned' })).toBe('active');
    expect(stepMachine(loadBalancerMachine, 'provisioning', { type: 'fail' })).toBe('failed');
    expect(stepMachine(loadBalancerMachine, 'active', { type: 'provisioned' })).toBeUndefined();
    expect(stepMachine(loadBalancerMachine, 'failed', { type: 'provisioned' })).toBeUndefined();
    expect(machineEdges(loadBalancerMachine)).toContainEqual({ from: 'active', event: 'impair', to: 'active_impaired' });
  });

  it('stays provisioning until the clock reaches the provisioning time', () => {
    const { cloud, elbv2, lbArn } = withNlb({ timing: { loadBalancerProvisioningMs: 120_000 } });
    const state = () => elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0]?.State?.Code;
    expect(state()).toBe('provisioning');
    cloud.clock.advance(119_999);
    expect(state()).toBe('provisioning');
    cloud.clock.advance(1);
    expect(state()).toBe('active');
  });

  it('snapshots and restores through JSON', async () => {
    const { cloud, lbArn } = withNlb({ timing: { loadBalancerProvisioningMs: 1000 } });
    const { createCloud } = await import('../../src/index.js');
    const restored = createCloud({ from: JSON.parse(JSON.stringify(cloud.snapshot())) });
    const elbv2 = restored.elbv2({ accountId: '111111111111', region: 'us-east-1' });
    restored.clock.advance(1000);
    expect(elbv2.describeLoadBalancers({ LoadBalancerArns: [lbArn] }).LoadBalancers[0]?.State?.Code).toBe('active');
  });
});
