import { describe, expectTypeOf, it } from 'vitest';
import type {
  EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum,
  LoadBalancer as SdkLoadBalancer,
  SetSecurityGroupsInput as SdkSetSecurityGroupsInput,
  SetSecurityGroupsOutput as SdkSetSecurityGroupsOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Cloud, LoadBalancerRecord, PrivateLinkEnforcement, SetSecurityGroupsInput, SetSecurityGroupsOutput } from '../../src/index.js';
import type { LoadBalancer } from '../../src/load-balancers/render.js';

describe('SetSecurityGroups shapes against @aws-sdk/client-elastic-load-balancing-v2', () => {
  it('SDK input is accepted as it is, the answer is an SDK output', () => {
    expectTypeOf<SdkSetSecurityGroupsInput>().toExtend<SetSecurityGroupsInput>();
    expectTypeOf<SetSecurityGroupsOutput>().toExtend<SdkSetSecurityGroupsOutput>();
    expectTypeOf<ReturnType<ReturnType<Cloud['elbv2']>['setSecurityGroups']>>().toEqualTypeOf<SetSecurityGroupsOutput>();
    expectTypeOf<Parameters<ReturnType<Cloud['elbv2']>['setSecurityGroups']>[0]>().toEqualTypeOf<SetSecurityGroupsInput>();
  });

  it('the stored setting is the SDK enum, and the rendered load balancer carries it', () => {
    expectTypeOf<PrivateLinkEnforcement>().toEqualTypeOf<EnforceSecurityGroupInboundRulesOnPrivateLinkTrafficEnum>();
    expectTypeOf<LoadBalancerRecord['EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic']>().toEqualTypeOf<PrivateLinkEnforcement | undefined>();
    expectTypeOf<LoadBalancer>().toExtend<SdkLoadBalancer>();
  });
});
