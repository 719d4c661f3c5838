import { describe, expect, it } from 'vitest';
import { chooseLoadBalancer } from '../../src/endpoints/load-balancer-choice.js';

const arn = (n: number) => `arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb-${n}/0123456789abcdef`;

describe('chooseLoadBalancer', () => {
  it('has no choice without candidates', () => {
    expect(chooseLoadBalancer('1', 'vpce-0123456789abcdef0', 'use1-az1', [])).toBeUndefined();
  });

  it('is the only candidate when there is one', () => {
    expect(chooseLoadBalancer('1', 'vpce-0123456789abcdef0', 'use1-az1', [arn(1)])).toBe(arn(1));
  });

  it('spreads endpoints over the candidates', () => {
    const candidates = [arn(1), arn(2), arn(3)];
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 60; i++) seen.add(chooseLoadBalancer('7', `vpce-${String(i).padStart(17, '0')}`, 'use1-az2', candidates));
    expect(seen).toEqual(new Set(candidates));
  });
});
