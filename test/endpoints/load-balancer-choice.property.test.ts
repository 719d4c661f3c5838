import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { chooseLoadBalancer } from '../../src/endpoints/load-balancer-choice.js';

const arn = (n: number) => `arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/nlb-${n}/0123456789abcdef`;

describe('chooseLoadBalancer', () => {
  test.prop([fc.string(), fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 6 })])(
    'picks a candidate, the same one whatever the candidates order',
    (seed, ns) => {
      const candidates = ns.map(arn);
      const chosen = chooseLoadBalancer(seed, 'vpce-0123456789abcdef0', 'use1-az4', candidates);
      expect(candidates).toContain(chosen);
      expect(chooseLoadBalancer(seed, 'vpce-0123456789abcdef0', 'use1-az4', [...candidates].reverse())).toBe(chosen);
    },
  );
});
