/**
 * The facades' request and response types against the installed SDK's own types, so drift
 * is a compile error. Every facade method is checked, with nothing to add per action: the
 * SDK pair comes from the aggregated client's method of the same name. See `conformance.ts`
 * for what "conformant" means and why the direction is ours -> SDK.
 */
import type {
  DescribeAvailabilityZonesCommandInput,
  DescribeAvailabilityZonesCommandOutput,
  EC2,
  EC2Client,
} from '@aws-sdk/client-ec2';
import type { ElasticLoadBalancingV2, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expectTypeOf, it } from 'vitest';
import type { attachClient } from '../../src/aws-sdk/index.js';
import type { Ec2Facade, Elbv2Facade } from '../../src/index.js';
import type { Conformant, FacadeViolations, RequestOf, ResponseOf, SdkPairOf, Violations } from './conformance.js';

describe('facade types conform to the SDK v3 types', () => {
  it('every EC2 facade method', () => {
    expectTypeOf<FacadeViolations<Ec2Facade, EC2>>().toEqualTypeOf<Conformant<Ec2Facade>>();
  });

  it('every ELBv2 facade method', () => {
    expectTypeOf<FacadeViolations<Elbv2Facade, ElasticLoadBalancingV2>>().toEqualTypeOf<Conformant<Elbv2Facade>>();
  });

  it('DescribeAvailabilityZones, spelled out', () => {
    type Method = Ec2Facade['describeAvailabilityZones'];
    expectTypeOf<SdkPairOf<EC2['describeAvailabilityZones']>>().toEqualTypeOf<
      [DescribeAvailabilityZonesCommandInput, DescribeAvailabilityZonesCommandOutput]
    >();
    expectTypeOf<RequestOf<Method>>().toExtend<DescribeAvailabilityZonesCommandInput>();
    expectTypeOf<ResponseOf<Method>>().toExtend<Omit<DescribeAvailabilityZonesCommandOutput, '$metadata'>>();
    // The SDK's wider input is not a facade input: the facade types what the model supports.
    expectTypeOf<{ ZoneNames: string[]; Filters: { Name: string; Values: string[] }[] }>().toExtend<RequestOf<Method>>();
  });

  it('the checker catches drift', () => {
    type Sdk = { State?: 'Available' | 'Pending'; When?: Date; Items?: { Id?: string }[] };
    // Conformant: narrower literals, lowerCamel wire values of an SDK enum, fields that cannot occur.
    expectTypeOf<Violations<{ State: 'pending'; When: Date; Items: { Id: string }[]; Gone?: never }, Sdk, 'o'>>().toEqualTypeOf<never>();
    expectTypeOf<Violations<{ Stat: 'pending' }, Sdk, 'o'>>().toEqualTypeOf<'o.Stat: not in the SDK type'>();
    expectTypeOf<Violations<{ State: 'gone' }, Sdk, 'o'>>().toEqualTypeOf<"o.State: 'gone' is not one of the SDK's values">();
    expectTypeOf<Violations<{ When: number }, Sdk, 'o'>>().toEqualTypeOf<'o.When: not assignable to the SDK type'>();
    expectTypeOf<Violations<{ Items: { Ids: string }[] }, Sdk, 'o'>>().toEqualTypeOf<'o.Items[].Ids: not in the SDK type'>();
    // Outputs may not be wider than the SDK; inputs may, at a leaf (the model checks at run time).
    expectTypeOf<Violations<{ State: string }, Sdk, 'o'>>().not.toEqualTypeOf<never>();
    expectTypeOf<Violations<{ State: string; Items: unknown[] }, Sdk, 'i', 'input'>>().toEqualTypeOf<never>();
    expectTypeOf<Violations<{ Itemz: unknown[] }, Sdk, 'i', 'input'>>().toEqualTypeOf<'i.Itemz: not in the SDK type'>();
  });

  it('a drifted facade shows up per method', () => {
    type Drifted = {
      describeAvailabilityZones: (input?: { ZoneNamez?: string[] }) => { AvailabilityZones: { State: 'gone' }[] };
      describeUnicorns: () => object;
    };
    expectTypeOf<FacadeViolations<Drifted, EC2>>().toEqualTypeOf<{
      describeAvailabilityZones: 'input.ZoneNamez: not in the SDK type' | "output.AvailabilityZones[].State: 'gone' is not one of the SDK's values";
      describeUnicorns: 'the SDK has no operation of this name';
    }>();
  });
});

describe('attachClient keeps the client type', () => {
  it('for each client class', () => {
    expectTypeOf<ReturnType<typeof attachClient<EC2Client>>>().toEqualTypeOf<EC2Client>();
    expectTypeOf<ReturnType<typeof attachClient<EC2>>>().toEqualTypeOf<EC2>();
    expectTypeOf<ReturnType<typeof attachClient<ElasticLoadBalancingV2Client>>>().toEqualTypeOf<ElasticLoadBalancingV2Client>();
    expectTypeOf<ReturnType<typeof attachClient<ElasticLoadBalancingV2>>>().toEqualTypeOf<ElasticLoadBalancingV2>();
  });
});
