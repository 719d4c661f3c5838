import { describe, expectTypeOf, it } from 'vitest';
import type {
  AddTagsInput as SdkAddTagsInput,
  CreateListenerInput as SdkCreateListenerInput,
  DescribeTagsInput as SdkDescribeTagsInput,
  DescribeTagsOutput as SdkDescribeTagsOutput,
  RemoveTagsInput as SdkRemoveTagsInput,
  CreateLoadBalancerInput as SdkCreateLoadBalancerInput,
  CreateTargetGroupInput as SdkCreateTargetGroupInput,
  DeleteListenerInput as SdkDeleteListenerInput,
  DeleteLoadBalancerInput as SdkDeleteLoadBalancerInput,
  DeleteTargetGroupInput as SdkDeleteTargetGroupInput,
  DeregisterTargetsInput as SdkDeregisterTargetsInput,
  DescribeListenersInput as SdkDescribeListenersInput,
  DescribeListenersOutput as SdkDescribeListenersOutput,
  DescribeLoadBalancerAttributesOutput as SdkDescribeLoadBalancerAttributesOutput,
  DescribeLoadBalancersInput as SdkDescribeLoadBalancersInput,
  DescribeLoadBalancersOutput as SdkDescribeLoadBalancersOutput,
  DescribeTargetGroupsInput as SdkDescribeTargetGroupsInput,
  DescribeTargetGroupsOutput as SdkDescribeTargetGroupsOutput,
  DescribeTargetHealthInput as SdkDescribeTargetHealthInput,
  DescribeTargetHealthOutput as SdkDescribeTargetHealthOutput,
  ModifyLoadBalancerAttributesInput as SdkModifyLoadBalancerAttributesInput,
  ModifyTargetGroupAttributesInput as SdkModifyTargetGroupAttributesInput,
  RegisterTargetsInput as SdkRegisterTargetsInput,
  SetSubnetsInput as SdkSetSubnetsInput,
  SetSubnetsOutput as SdkSetSubnetsOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AddTagsInput } from '../../src/load-balancers/actions/add-tags.js';
import type { DescribeTagsInput, DescribeTagsOutput } from '../../src/load-balancers/actions/describe-tags.js';
import type { RemoveTagsInput } from '../../src/load-balancers/actions/remove-tags.js';
import type { CreateListenerInput } from '../../src/load-balancers/actions/create-listener.js';
import type { CreateLoadBalancerInput } from '../../src/load-balancers/actions/create-load-balancer.js';
import type { CreateTargetGroupInput } from '../../src/load-balancers/actions/create-target-group.js';
import type { DeleteListenerInput } from '../../src/load-balancers/actions/delete-listener.js';
import type { DeleteLoadBalancerInput } from '../../src/load-balancers/actions/delete-load-balancer.js';
import type { DeleteTargetGroupInput } from '../../src/load-balancers/actions/delete-target-group.js';
import type { DeregisterTargetsInput } from '../../src/load-balancers/actions/deregister-targets.js';
import type { DescribeListenersInput, DescribeListenersOutput } from '../../src/load-balancers/actions/describe-listeners.js';
import type { DescribeLoadBalancerAttributesOutput } from '../../src/load-balancers/actions/describe-load-balancer-attributes.js';
import type { DescribeLoadBalancersInput, DescribeLoadBalancersOutput } from '../../src/load-balancers/actions/describe-load-balancers.js';
import type { DescribeTargetGroupsInput, DescribeTargetGroupsOutput } from '../../src/load-balancers/actions/describe-target-groups.js';
import type { DescribeTargetHealthInput, DescribeTargetHealthOutput } from '../../src/load-balancers/actions/describe-target-health.js';
import type { ModifyLoadBalancerAttributesInput } from '../../src/load-balancers/actions/modify-load-balancer-attributes.js';
import type { ModifyTargetGroupAttributesInput } from '../../src/load-balancers/actions/modify-target-group-attributes.js';
import type { RegisterTargetsInput } from '../../src/load-balancers/actions/register-targets.js';
import type { SetSubnetsInput, SetSubnetsOutput } from '../../src/load-balancers/actions/set-subnets.js';

describe('load balancer shapes against @aws-sdk/client-elastic-load-balancing-v2', () => {
  it('answers are SDK outputs', () => {
    expectTypeOf<DescribeLoadBalancersOutput>().toExtend<SdkDescribeLoadBalancersOutput>();
    expectTypeOf<SetSubnetsOutput>().toExtend<SdkSetSubnetsOutput>();
    expectTypeOf<DescribeLoadBalancerAttributesOutput>().toExtend<SdkDescribeLoadBalancerAttributesOutput>();
    expectTypeOf<DescribeTargetGroupsOutput>().toExtend<SdkDescribeTargetGroupsOutput>();
    expectTypeOf<DescribeTargetHealthOutput>().toExtend<SdkDescribeTargetHealthOutput>();
    expectTypeOf<DescribeListenersOutput>().toExtend<SdkDescribeListenersOutput>();
    expectTypeOf<DescribeTagsOutput>().toExtend<SdkDescribeTagsOutput>();
  });

  it('SDK inputs are accepted as they are (tags aside: the SDK lets Key be undefined; and fields the model does not serve)', () => {
    type Unserved = 'CustomerOwnedIpv4Pool' | 'EnablePrefixForIpv6SourceNat' | 'IpamPools' | 'Tags';
    expectTypeOf<Omit<SdkCreateLoadBalancerInput, Unserved>>().toExtend<Omit<CreateLoadBalancerInput, Unserved>>();
    expectTypeOf<SdkDescribeLoadBalancersInput>().toExtend<DescribeLoadBalancersInput>();
    expectTypeOf<SdkDeleteLoadBalancerInput>().toExtend<DeleteLoadBalancerInput>();
    expectTypeOf<Omit<SdkSetSubnetsInput, Unserved>>().toExtend<SetSubnetsInput>();
    expectTypeOf<Omit<SdkCreateTargetGroupInput, 'Tags' | 'ProtocolVersion' | 'TargetControlPort'>>().toExtend<Omit<CreateTargetGroupInput, 'Tags'>>();
    expectTypeOf<SdkDescribeTargetGroupsInput>().toExtend<DescribeTargetGroupsInput>();
    expectTypeOf<SdkDeleteTargetGroupInput>().toExtend<DeleteTargetGroupInput>();
    expectTypeOf<SdkRegisterTargetsInput>().toExtend<RegisterTargetsInput>();
    expectTypeOf<SdkDeregisterTargetsInput>().toExtend<DeregisterTargetsInput>();
    expectTypeOf<SdkDescribeTargetHealthInput>().toExtend<DescribeTargetHealthInput>();
    expectTypeOf<SdkModifyLoadBalancerAttributesInput>().toExtend<ModifyLoadBalancerAttributesInput>();
    expectTypeOf<SdkModifyTargetGroupAttributesInput>().toExtend<ModifyTargetGroupAttributesInput>();
    type TlsOnly = 'Tags' | 'SslPolicy' | 'Certificates' | 'AlpnPolicy' | 'MutualAuthentication';
    expectTypeOf<Omit<SdkCreateListenerInput, TlsOnly>>().toExtend<Omit<CreateListenerInput, 'Tags'>>();
    expectTypeOf<SdkDescribeListenersInput>().toExtend<DescribeListenersInput>();
    expectTypeOf<SdkDeleteListenerInput>().toExtend<DeleteListenerInput>();
    expectTypeOf<SdkAddTagsInput>().toExtend<AddTagsInput>();
    expectTypeOf<SdkRemoveTagsInput>().toExtend<RemoveTagsInput>();
    expectTypeOf<SdkDescribeTagsInput>().toExtend<DescribeTagsInput>();
  });
});
