import { getRow, tableEntries } from '../../src/core/table.js';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../src/index.js';
import { cloudErrorOf } from '../support/errors.js';
import { CONSUMER, createService, REGION, requestEndpoint, setup } from './fixtures.js';

const describeOne = (env: ReturnType<typeof setup>, id: string) => {
  const config = env.ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [id] }).ServiceConfigurations[0];
  if (!config) throw new Error('not described');
  return config;
};
const usedBy = (env: ReturnType<typeof setup>, arn: string) =>
  getRow(env.cloud.world.regions[REGION]?.loadBalancers ?? {}, arn)?.usedByServiceIds;

describe('ModifyVpcEndpointServiceConfiguration', () => {
  it('adds and removes NLBs, keeping the NLB usage index and the AZ union current', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    const second = env.nlb('second', [env.subnetC]);
    expect(env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, AddNetworkLoadBalancerArns: [second] })).toEqual({ Return: true });
    expect(describeOne(env, ServiceId)).toMatchObject({ NetworkLoadBalancerArns: [env.nlbArn, second], AvailabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'] });
    expect(usedBy(env, second)).toEqual([ServiceId]);
    const events: DomainEvent[] = [];
    env.cloud.subscribe((e) => events.push(e));
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, RemoveNetworkLoadBalancerArns: [env.nlbArn] });
    expect(describeOne(env, ServiceId)).toMatchObject({ NetworkLoadBalancerArns: [second], AvailabilityZones: ['us-east-1c'] });
    expect(usedBy(env, env.nlbArn)).toEqual([]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'DataPathCut', scope: { kind: 'loadBalancer', loadBalancerArn: env.nlbArn, serviceId: ServiceId } }));
  });

  it('moves an endpoint AZ wired to a removed NLB onto another of the service NLBs there', () => {
    const env = setup();
    const { ServiceId, ServiceName } = createService(env, { AcceptanceRequired: false });
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    const endpointId = requestEndpoint(env, ServiceName);
    const wiring = () => getRow(env.cloud.world.regions[REGION]?.vpcEndpoints ?? {}, endpointId)?.zones.map((z) => [z.AvailabilityZoneId, z.LoadBalancerArn]);
    expect(wiring()).toEqual([['use1-az1', env.nlbArn]]);
    const second = env.nlb('second', [env.subnetA]);
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, AddNetworkLoadBalancerArns: [second] });
    expect(wiring()).toEqual([['use1-az1', env.nlbArn]]);
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, RemoveNetworkLoadBalancerArns: [env.nlbArn] });
    expect(wiring()).toEqual([['use1-az1', second]]);
    expect(env.ec2.describeVpcEndpointConnections({}).VpcEndpointConnections?.[0]?.NetworkLoadBalancerArns).toEqual([second]);
  });

  it('refuses to remove the only NLB of an AZ where endpoints are connected, changing nothing', () => {
    const env = setup();
    const { ServiceId, ServiceName } = createService(env, { AcceptanceRequired: false });
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    requestEndpoint(env, ServiceName);
    const second = env.nlb('second', [env.subnetC]);
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, AddNetworkLoadBalancerArns: [second] });
    const before = env.cloud.world;
    expect(cloudErrorOf(() => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, RemoveNetworkLoadBalancerArns: [env.nlbArn] }))).toMatchObject({
      code: 'InvalidParameter',
      message: `Load balancer '${env.nlbArn}' cannot be removed from VPC Endpoint Service ${ServiceId}: it is the service's only load balancer in Availability Zone use1-az1, where VPC endpoints are connected`,
    });
    expect(env.cloud.world).toBe(before);
  });

  it('changes AcceptanceRequired and the payer responsibility', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, AcceptanceRequired: false });
    expect(describeOne(env, ServiceId).AcceptanceRequired).toBe(false);
    expect(env.ec2.modifyVpcEndpointServicePayerResponsibility({ ServiceId, PayerResponsibility: 'ServiceOwner' })).toEqual({ ReturnValue: true });
    expect(describeOne(env, ServiceId).PayerResponsibility).toBe('ServiceOwner');
  });

  it('sets, keeps, changes and removes the private DNS name; a new name starts unverified', () => {
    const env = setup();
    const { ServiceId } = createService(env);
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, PrivateDnsName: 'api.example.com' });
    const first = describeOne(env, ServiceId).PrivateDnsNameConfiguration;
    expect(first.State).toBe('pendingVerification');
    const index = () => Object.fromEntries(tableEntries(env.cloud.world.regions[REGION]?.privateDnsNames ?? {}));
    expect(index()).toEqual({ 'api.example.com': { [ServiceId]: true } });
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, PrivateDnsName: 'api.example.com' });
    expect(describeOne(env, ServiceId).PrivateDnsNameConfiguration).toEqual(first);
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, PrivateDnsName: 'api2.example.com' });
    const second = describeOne(env, ServiceId);
    expect(second.PrivateDnsName).toBe('api2.example.com');
    expect(second.PrivateDnsNameConfiguration.Name).not.toBe(first.Name);
    expect(index()).toEqual({ 'api2.example.com': { [ServiceId]: true } });
    env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, RemovePrivateDnsName: true });
    const removed = describeOne(env, ServiceId);
    expect(removed.PrivateDnsName).toBeUndefined();
    expect(removed.PrivateDnsNameConfiguration).toEqual({});
    expect(index()).toEqual({});
  });

  describe('errors (world unchanged)', () => {
    // each case prepares what it needs, then returns the failing call
    const cases: [string, (env: ReturnType<typeof setup>, serviceId: string) => () => unknown, string, string | RegExp][] = [
      ['unknown service', (env) => () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: 'vpce-svc-0123456789abcdef0' }), 'InvalidVpcEndpointServiceId.NotFound', "The VpcEndpointService Id 'vpce-svc-0123456789abcdef0' does not exist"],
      ['another account', (env, id) => () => env.consumerEc2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, AcceptanceRequired: false }), 'InvalidVpcEndpointServiceId.NotFound', /does not exist/],
      ['removing every NLB', (env, id) => () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, RemoveNetworkLoadBalancerArns: [env.nlbArn] }), 'InvalidParameter', /exactly one of/],
      [
        'removing an NLB it does not have',
        (env, id) => {
          const other = env.nlb('x', [env.subnetC]);
          return () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, RemoveNetworkLoadBalancerArns: [other] });
        },
        'InvalidParameter',
        /is not associated with VPC Endpoint Service/,
      ],
      ['adding an unknown NLB', (env, id) => () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, AddNetworkLoadBalancerArns: ['arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/x/0123456789abcdef'] }), 'InvalidParameter', /not found/],
      [
        'adding an NLB of another service',
        (env, id) => {
          const other = env.nlb('other', [env.subnetC]);
          env.ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [other] });
          return () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, AddNetworkLoadBalancerArns: [other] });
        },
        'InvalidParameter',
        /^LBs are already associated with another VPC Endpoint Service Configuration/,
      ],
      ['name and removal together', (env, id) => () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, PrivateDnsName: 'a.example.com', RemovePrivateDnsName: true }), 'InvalidParameterCombination', /cannot be specified together/],
      ['ipv6', (env, id) => () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, AddSupportedIpAddressTypes: ['ipv6'] }), 'InvalidParameter', /IPv4 traffic over TCP only/],
      ['removing ipv4', (env, id) => () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId: id, RemoveSupportedIpAddressTypes: ['ipv4'] }), 'InvalidParameter', /ipv4 cannot be removed/],
      ['bad payer', (env, id) => () => env.ec2.modifyVpcEndpointServicePayerResponsibility({ ServiceId: id, PayerResponsibility: 'Consumer' as 'ServiceOwner' }), 'InvalidParameterValue', /PayerResponsibility/],
      ['missing payer', (env, id) => () => env.ec2.modifyVpcEndpointServicePayerResponsibility({ ServiceId: id } as never), 'MissingParameter', 'The request must contain the parameter PayerResponsibility'],
    ];
    for (const [name, call, code, message] of cases) {
      it(name, () => {
        const env = setup();
        const { ServiceId } = createService(env);
        const failing = call(env, ServiceId);
        const before = env.cloud.world;
        const error = cloudErrorOf(failing);
        expect(error.code).toBe(code);
        if (typeof message === 'string') expect(error.message).toBe(message);
        else expect(error.message).toMatch(message);
        expect(env.cloud.world).toBe(before);
      });
    }

    it('a Deleting service cannot be modified: IncorrectState (machine refusal)', () => {
      const env = setup({ timing: { serviceProvisioningMs: 5000 } });
      const { ServiceId } = createService(env);
      env.cloud.clock.advance(5000);
      env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [ServiceId] });
      const before = env.cloud.world;
      for (const call of [
        () => env.ec2.modifyVpcEndpointServiceConfiguration({ ServiceId, AcceptanceRequired: false }),
        () => env.ec2.modifyVpcEndpointServicePermissions({ ServiceId, AddAllowedPrincipals: ['*'] }),
        () => env.ec2.modifyVpcEndpointServicePayerResponsibility({ ServiceId, PayerResponsibility: 'ServiceOwner' }),
      ]) {
        expect(cloudErrorOf(call)).toMatchObject({ code: 'IncorrectState', message: `The VPC Endpoint Service ${ServiceId} is in state 'Deleting' and cannot be changed` });
      }
      expect(env.cloud.world).toBe(before);
    });

    it('an identity policy forbidding the new private DNS name: UnauthorizedOperation', () => {
      const env = setup();
      const { ServiceId } = createService(env);
      const dev = 'arn:aws:iam::111111111111:user/dev';
      env.cloud.iam.putPrincipalPolicy(dev, {
        Statement: [
          { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
          { Effect: 'Deny', Action: 'ec2:ModifyVpcEndpointServiceConfiguration', Resource: '*', Condition: { StringEquals: { 'ec2:VpceServicePrivateDnsName': 'forbidden.example.com' } } },
        ],
      });
      const asDev = env.cloud.ec2({ accountId: '111111111111', region: REGION, principalArn: dev });
      const before = env.cloud.world;
      expect(cloudErrorOf(() => asDev.modifyVpcEndpointServiceConfiguration({ ServiceId, PrivateDnsName: 'forbidden.example.com' })).code).toBe('UnauthorizedOperation');
      expect(env.cloud.world).toBe(before);
      expect(asDev.modifyVpcEndpointServiceConfiguration({ ServiceId, PrivateDnsName: 'fine.example.com' }).Return).toBe(true);
    });
  });
});
