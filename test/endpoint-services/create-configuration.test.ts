import { rows } from '../../src/core/table.js';
import { describe, expect, it } from 'vitest';
import { cloudErrorOf } from '../support/errors.js';
import { C, createService, P, PROVIDER, REGION, setup } from './fixtures.js';

describe('CreateVpcEndpointServiceConfiguration', () => {
  it('creates an Available interface service on the caller NLB, named and shaped as AWS', () => {
    const env = setup();
    const events: string[] = [];
    env.cloud.subscribe((e) => events.push(e.type));
    const config = createService(env);
    expect(config.ServiceId).toMatch(/^vpce-svc-[0-9a-f]{17}$/);
    expect(config).toMatchObject({
      ServiceName: `com.amazonaws.vpce.${REGION}.${config.ServiceId}`,
      ServiceType: [{ ServiceType: 'Interface' }],
      ServiceState: 'Available',
      AvailabilityZoneIds: ['use1-az1', 'use1-az2'],
      AvailabilityZones: ['us-east-1a', 'us-east-1b'],
      AcceptanceRequired: true,
      ManagesVpcEndpoints: false,
      NetworkLoadBalancerArns: [env.nlbArn],
      SupportedIpAddressTypes: ['ipv4'],
      BaseEndpointDnsNames: [`${config.ServiceId}.${REGION}.vpce.amazonaws.com`],
      PrivateDnsNameConfiguration: {},
      PayerResponsibility: 'ServiceOwner',
      Tags: [],
      SupportedRegions: [{ Region: REGION, ServiceState: 'Available' }],
      RemoteAccessEnabled: false,
    });
    expect(config.PrivateDnsName).toBeUndefined();
    expect(events).toContain('ResourceCreated');
  });

  it('the AZs are the union of its NLBs, in the provider names', () => {
    const env = setup();
    const second = env.nlb('second', [env.subnetB, env.subnetC]);
    const config = env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [second, env.nlbArn] }).ServiceConfiguration;
    expect(config.AvailabilityZones).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
  });

  it('takes AcceptanceRequired false, tags and a private DNS name (unverified)', () => {
    const env = setup();
    const config = createService(env, {
      AcceptanceRequired: false,
      PrivateDnsName: 'API.Example.com',
      TagSpecifications: [{ ResourceType: 'vpc-endpoint-service', Tags: [{ Key: 'team', Value: 'core' }] }],
    });
    expect(config.AcceptanceRequired).toBe(false);
    expect(config.Tags).toEqual([{ Key: 'team', Value: 'core' }]);
    expect(config.PrivateDnsName).toBe('api.example.com');
    expect(config.PrivateDnsNameConfiguration.State).toBe('pendingVerification');
    expect(config.PrivateDnsNameConfiguration.Type).toBe('TXT');
    expect(config.PrivateDnsNameConfiguration.Name).toMatch(/^_[0-9a-f]{20}$/);
    expect(config.PrivateDnsNameConfiguration.Value).toMatch(/^vpce:[0-9a-f]{20}$/);
  });

  it('with realistic timings the service is Pending, then Available after serviceProvisioningMs', () => {
    const env = setup({ timing: { serviceProvisioningMs: 30_000 } });
    const config = createService(env);
    expect(config.ServiceState).toBe('Pending');
    env.cloud.clock.advance(29_999);
    expect(env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [config.ServiceId] }).ServiceConfigurations[0]?.ServiceState).toBe('Pending');
    env.cloud.clock.advance(1);
    expect(env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [config.ServiceId] }).ServiceConfigurations[0]?.ServiceState).toBe('Available');
  });

  it('records the NLB as used by the service', () => {
    const env = setup();
    const config = createService(env);
    const lbs = [...rows(env.cloud.world.regions[REGION]?.loadBalancers ?? {})];
    expect(lbs.find((lb) => lb.LoadBalancerArn === env.nlbArn)?.usedByServiceIds).toEqual([config.ServiceId]);
  });

  it('ClientToken: same request returns the same service, another request is IdempotentParameterMismatch', () => {
    const env = setup();
    const first = env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn], ClientToken: 'tok-1' });
    const again = env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn], ClientToken: 'tok-1' });
    expect(again.ServiceConfiguration.ServiceId).toBe(first.ServiceConfiguration.ServiceId);
    expect(again.ClientToken).toBe('tok-1');
    const before = env.cloud.world;
    const error = cloudErrorOf(() =>
      env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn], AcceptanceRequired: false, ClientToken: 'tok-1' }),
    );
    expect(error.code).toBe('IdempotentParameterMismatch');
    expect(env.cloud.world).toBe(before);
  });

  describe('errors (world unchanged)', () => {
    const cases: [string, (env: ReturnType<typeof setup>) => unknown, string, string | RegExp][] = [
      ['no NLB', (env) => env.ec2.createVpcEndpointServiceConfiguration({}), 'InvalidParameter', 'exactly one of network_load_balancer_arn or gateway_load_balancer_arn is a required member'],
      ['empty NLB list', (env) => env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [] }), 'InvalidParameter', /exactly one of/],
      [
        'unknown NLB',
        (env) => env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn.replace(/[0-9a-f]{16}$/, '0123456789abcdef')] }),
        'InvalidParameter',
        /^Load balancer 'arn:aws:elasticloadbalancing:.*' not found$/,
      ],
      ['malformed ARN', (env) => env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: ['nope'] }), 'InvalidParameter', "Load balancer 'nope' not found"],
      [
        'gateway load balancers',
        (env) => env.ec2.createVpcEndpointServiceConfiguration({ GatewayLoadBalancerArns: ['arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/gwy/g/0123456789abcdef'] }),
        'InvalidParameter',
        /not found/,
      ],
      ['ipv6', (env) => createService(env, { SupportedIpAddressTypes: ['ipv4', 'ipv6'] }), 'InvalidParameter', /IPv4 traffic over TCP only/],
      ['unknown IP type', (env) => createService(env, { SupportedIpAddressTypes: ['ipx'] }), 'InvalidParameterValue', /SupportedIpAddressTypes/],
      ['bad private DNS name', (env) => createService(env, { PrivateDnsName: 'not a name' }), 'InvalidParameter', "The private DNS name 'not a name' is not a valid domain name"],
      ['TLD as private DNS name', (env) => createService(env, { PrivateDnsName: 'com' }), 'InvalidParameter', /not a valid domain name/],
      ['other region', (env) => createService(env, { SupportedRegions: ['eu-west-1'] }), 'InvalidParameter', /supported region 'eu-west-1'/],
      [
        'tags of another resource type',
        (env) => createService(env, { TagSpecifications: [{ ResourceType: 'vpc' as 'vpc-endpoint-service', Tags: [{ Key: 'a', Value: 'b' }] }] }),
        'InvalidParameterValue',
        "'vpc' is not a valid taggable resource type for this operation.",
      ],
      ['DryRun', (env) => createService(env, { DryRun: true }), 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.'],
    ];
    for (const [name, call, code, message] of cases) {
      it(name, () => {
        const env = setup();
        const before = env.cloud.world;
        const error = cloudErrorOf(() => call(env));
        expect(error.code).toBe(code);
        if (typeof message === 'string') expect(error.message).toBe(message);
        else expect(error.message).toMatch(message);
        expect(env.cloud.world).toBe(before);
      });
    }

    it('an NLB of another account answers as not found', () => {
      const env = setup();
      const before = env.cloud.world;
      const error = cloudErrorOf(() => env.cloud.ec2(C).createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn] }));
      expect(error).toMatchObject({ code: 'InvalidParameter', message: `Load balancer '${env.nlbArn}' not found` });
      expect(env.cloud.world).toBe(before);
    });

    it('an NLB in another region answers as not found', () => {
      const env = setup();
      const error = cloudErrorOf(() =>
        env.cloud.ec2({ accountId: PROVIDER, region: 'us-west-2' }).createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn] }),
      );
      expect(error.code).toBe('InvalidParameter');
    });

    it('an NLB can front only one service', () => {
      const env = setup();
      createService(env);
      const before = env.cloud.world;
      const error = cloudErrorOf(() => createService(env));
      expect(error).toMatchObject({
        code: 'InvalidParameter',
        message: `LBs are already associated with another VPC Endpoint Service Configuration: [${env.nlbArn}]`,
      });
      expect(env.cloud.world).toBe(before);
    });

    it('an identity policy forbidding the private DNS name: UnauthorizedOperation, nothing changed', () => {
      const env = setup();
      const dev = `arn:aws:iam::${PROVIDER}:role/dev`;
      env.cloud.iam.putPrincipalPolicy(dev, {
        Statement: [
          { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
          { Effect: 'Deny', Action: 'ec2:CreateVpcEndpointServiceConfiguration', Resource: '*', Condition: { StringNotLike: { 'ec2:VpceServicePrivateDnsName': '*.example.com' } } },
        ],
      });
      const asDev = env.cloud.ec2({ ...P, principalArn: dev });
      const before = env.cloud.world;
      const error = cloudErrorOf(() => asDev.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn], PrivateDnsName: 'api.other.org' }));
      expect(error.code).toBe('UnauthorizedOperation');
      expect(error.message).toContain('ec2:CreateVpcEndpointServiceConfiguration');
      expect(env.cloud.world).toBe(before);
      const ok = asDev.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [env.nlbArn], PrivateDnsName: 'api.example.com' });
      expect(ok.ServiceConfiguration.PrivateDnsName).toBe('api.example.com');
    });
  });
});
