import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { createService, PROVIDER, setup } from './fixtures.js';

describe('DescribeVpcEndpointServiceConfigurations', () => {
  it('describes the caller services, by id or all, with the same shape as create returned', () => {
    const env = setup();
    const created = createService(env, { PrivateDnsName: 'api.example.com' });
    expect(env.ec2.describeVpcEndpointServiceConfigurations()).toEqual({ ServiceConfigurations: [created] });
    expect(env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [created.ServiceId] }).ServiceConfigurations).toEqual([created]);
  });

  it('filters by service-id, service-name, service-state, supported-ip-address-types, tag:<key>, tag-key', () => {
    const env = setup();
    const a = createService(env, { TagSpecifications: [{ ResourceType: 'vpc-endpoint-service', Tags: [{ Key: 'env', Value: 'prod' }] }] });
    const b = env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlb('b', [env.subnetC])] }).ServiceConfiguration;
    const ids = (Name: string, Values: string[]) =>
      env.ec2.describeVpcEndpointServiceConfigurations({ Filters: [{ Name, Values }] }).ServiceConfigurations.map((c) => c.ServiceId).sort();
    expect(ids('service-id', [a.ServiceId])).toEqual([a.ServiceId]);
    expect(ids('service-name', [b.ServiceName])).toEqual([b.ServiceId]);
    expect(ids('service-name', ['com.amazonaws.vpce.us-east-1.*'])).toEqual([a.ServiceId, b.ServiceId].sort());
    expect(ids('service-state', ['Available'])).toEqual([a.ServiceId, b.ServiceId].sort());
    expect(ids('service-state', ['Pending'])).toEqual([]);
    expect(ids('supported-ip-address-types', ['ipv4'])).toEqual([a.ServiceId, b.ServiceId].sort());
    expect(ids('tag:env', ['prod'])).toEqual([a.ServiceId]);
    expect(ids('tag-key', ['env'])).toEqual([a.ServiceId]);
  });

  it('another account sees none of them and gets not-found for their ids', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    expect(env.consumerEc2.describeVpcEndpointServiceConfigurations().ServiceConfigurations).toEqual([]);
    expect(cloudErrorOf(() => env.consumerEc2.describeVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] }))).toMatchObject({
      code: 'InvalidVpcEndpointServiceId.NotFound',
      message: `The VpcEndpointService Id '${ServiceId}' does not exist`,
    });
  });

  it('errors: unknown id, bad filter, MaxResults out of 5..1000, foreign token', () => {
    const env = setup();
    createService(env);
    const before = env.cloud.world;
    expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: ['vpce-svc-0123456789abcdef0'] })).code).toBe(
      'InvalidVpcEndpointServiceId.NotFound',
    );
    expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServiceConfigurations({ Filters: [{ Name: 'owner', Values: ['x'] }] }))).toMatchObject({
      code: 'InvalidFilter',
      message: "The filter 'owner' is invalid",
    });
    // "This value can be between 5 and 1,000; if MaxResults is given a value larger than
    // 1,000, only 1,000 results are returned" (API reference): 1001 is cut, not refused.
    for (const MaxResults of [4, 0, -1, 2 ** 31]) {
      expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServiceConfigurations({ MaxResults }))).toMatchObject({
        code: 'InvalidParameterValue',
        message: `Value ( ${MaxResults} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`,
      });
    }
    expect(env.ec2.describeVpcEndpointServiceConfigurations({ MaxResults: 1001 }).ServiceConfigurations).toHaveLength(1);
    const token = env.ec2.describeVpcEndpointServices({ MaxResults: 5, Filters: [{ Name: 'owner', Values: [PROVIDER] }] }).NextToken;
    expect(token).toBeUndefined();
    expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServiceConfigurations({ NextToken: 'abc' })).code).toBe('InvalidNextToken');
    expect(env.cloud.world).toBe(before);
  });
});
