import { rows } from '../../src/core/table.js';
import { describe, expect, it } from 'vitest';
import { isPrincipalAllowed } from '../../src/endpoint-services/lookup.js';
import { cloudErrorOf } from '../support/errors.js';
import { C, CONSUMER, createService, OUTSIDER, PROVIDER, REGION, setup } from './fixtures.js';

/** Customer services only: AWS's own (`Owner: 'amazon'`) are listed too, and tested in test/aws-services/. */
const CUSTOMER = { Filters: [{ Name: 'owner', Values: [PROVIDER] }] };

describe('DescribeVpcEndpointServices', () => {
  it('a consumer sees an allowed service with only the common AZs, in its own AZ names', () => {
    const env = setup();
    // provider AZs a, b = use1-az1, use1-az2; the consumer has use1-az1 (its 1c) but not use1-az2
    const config = createService(env, {
      PrivateDnsName: 'api.example.com',
      TagSpecifications: [{ ResourceType: 'vpc-endpoint-service', Tags: [{ Key: 'k', Value: 'v' }] }],
    });
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    const out = env.consumerEc2.describeVpcEndpointServices(CUSTOMER);
    expect(out.ServiceNames).toEqual([config.ServiceName]);
    expect(out.ServiceDetails).toEqual([
      {
        ServiceName: config.ServiceName,
        ServiceId: config.ServiceId,
        ServiceType: [{ ServiceType: 'Interface' }],
        ServiceRegion: REGION,
        AvailabilityZoneIds: ['use1-az1'],
        AvailabilityZones: ['us-east-1c'],
        Owner: PROVIDER,
        BaseEndpointDnsNames: [`${config.ServiceId}.${REGION}.vpce.amazonaws.com`],
        PrivateDnsName: 'api.example.com',
        PrivateDnsNames: [{ PrivateDnsName: 'api.example.com' }],
        VpcEndpointPolicySupported: false,
        AcceptanceRequired: true,
        ManagesVpcEndpoints: false,
        PayerResponsibility: 'ServiceOwner',
        Tags: [],
        PrivateDnsNameVerificationState: 'pendingVerification',
        SupportedIpAddressTypes: ['ipv4'],
      },
    ]);
    // the owner sees its own AZ names and its tags
    const own = env.ec2.describeVpcEndpointServices({ ServiceNames: [config.ServiceName] }).ServiceDetails[0];
    expect(own?.AvailabilityZones).toEqual(['us-east-1a', 'us-east-1b']);
    expect(own?.AvailabilityZoneIds).toEqual(['use1-az1', 'use1-az2']);
    expect(own?.Tags).toEqual([{ Key: 'k', Value: 'v' }]);
    // a third account with both AZs names them its own way (use1-az2 = 1a; no use1-az1)
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: ['*'] });
    expect(env.outsiderEc2.describeVpcEndpointServices(CUSTOMER).ServiceDetails[0]).toMatchObject({ AvailabilityZones: ['us-east-1a'], AvailabilityZoneIds: ['use1-az2'] });
  });

  it('a principal that is neither owner nor allowed learns nothing: listing omits it, naming it is InvalidServiceName', () => {
    const env = setup();
    const config = createService(env);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:role/app`] });
    expect(env.outsiderEc2.describeVpcEndpointServices(CUSTOMER)).toEqual({ ServiceNames: [], ServiceDetails: [] });
    expect(env.outsiderEc2.describeVpcEndpointServices().ServiceDetails.every((d) => d.Owner === 'amazon')).toBe(true);
    // the consumer's root is not its role: only the role is allowed
    expect(env.consumerEc2.describeVpcEndpointServices(CUSTOMER).ServiceDetails).toEqual([]);
    const asRole = env.cloud.ec2({ ...C, principalArn: `arn:aws:iam::${CONSUMER}:role/app` });
    expect(asRole.describeVpcEndpointServices(CUSTOMER).ServiceNames).toEqual([config.ServiceName]);
    const before = env.cloud.world;
    expect(cloudErrorOf(() => env.outsiderEc2.describeVpcEndpointServices({ ServiceNames: [config.ServiceName] }))).toMatchObject({
      code: 'InvalidServiceName',
      message: `The Vpc Endpoint Service '${config.ServiceName}' does not exist`,
    });
    expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServices({ ServiceNames: ['com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0'] })).code).toBe(
      'InvalidServiceName',
    );
    expect(env.cloud.world).toBe(before);
  });

  it('a service is available only in its region', () => {
    const env = setup();
    const config = createService(env);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: ['*'] });
    const west = env.cloud.ec2({ accountId: CONSUMER, region: 'us-west-2' });
    expect(west.describeVpcEndpointServices(CUSTOMER).ServiceDetails).toEqual([]);
    expect(cloudErrorOf(() => west.describeVpcEndpointServices({ ServiceNames: [config.ServiceName] })).code).toBe('InvalidServiceName');
  });

  it('filters by service-name, owner, service-type, tags; a bad filter is InvalidFilter', () => {
    const env = setup();
    const a = createService(env);
    const b = env.ec2.createVpcEndpointServiceConfiguration({
      NetworkLoadBalancerArns: [env.nlb('other', [env.subnetC])],
      TagSpecifications: [{ ResourceType: 'vpc-endpoint-service', Tags: [{ Key: 'env', Value: 'prod' }] }],
    }).ServiceConfiguration;
    const names = (Filters: { Name: string; Values: string[] }[]) => env.ec2.describeVpcEndpointServices({ Filters }).ServiceNames;
    expect(names([{ Name: 'service-name', Values: [a.ServiceName] }])).toEqual([a.ServiceName]);
    expect(names([{ Name: 'owner', Values: [PROVIDER] }]).sort()).toEqual([a.ServiceName, b.ServiceName].sort());
    expect(names([{ Name: 'owner', Values: [OUTSIDER] }])).toEqual([]);
    expect(names([{ Name: 'service-type', Values: ['Gateway'] }, { Name: 'owner', Values: [PROVIDER] }])).toEqual([]);
    expect(names([{ Name: 'service-type', Values: ['Interface'] }, { Name: 'owner', Values: [PROVIDER] }]).sort()).toEqual([a.ServiceName, b.ServiceName].sort());
    expect(names([{ Name: 'tag:env', Values: ['prod'] }])).toEqual([b.ServiceName]);
    expect(cloudErrorOf(() => names([{ Name: 'service-id', Values: ['x'] }]))).toMatchObject({ code: 'InvalidFilter', message: "The filter 'service-id' is invalid" });
  });

  it('deleting services are no longer listed', () => {
    const env = setup({ timing: { serviceProvisioningMs: 1000 } });
    const config = createService(env);
    env.cloud.clock.advance(1000);
    env.ec2.deleteVpcEndpointServiceConfigurations({ ServiceIds: [config.ServiceId] });
    expect(env.ec2.describeVpcEndpointServices(CUSTOMER).ServiceNames).toEqual([]);
  });
});

describe('isPrincipalAllowed', () => {
  it('a role grant covers the role and its assumed-role sessions, not other roles', () => {
    const env = setup();
    const config = createService(env);
    env.ec2.modifyVpcEndpointServicePermissions({ ServiceId: config.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:role/app`] });
    const service = [...rows(env.cloud.world.regions[REGION]?.endpointServices ?? {})][0];
    if (!service) throw new Error('no service');
    expect(isPrincipalAllowed(service, `arn:aws:iam::${CONSUMER}:role/app`)).toBe(true);
    expect(isPrincipalAllowed(service, `arn:aws:sts::${CONSUMER}:assumed-role/app/session-1`)).toBe(true);
    expect(isPrincipalAllowed(service, `arn:aws:sts::${CONSUMER}:assumed-role/other/session-1`)).toBe(false);
    expect(isPrincipalAllowed(service, `arn:aws:iam::${CONSUMER}:root`)).toBe(false);
    const asSession = env.cloud.ec2({ ...C, principalArn: `arn:aws:sts::${CONSUMER}:assumed-role/app/s` });
    expect(asSession.describeVpcEndpointServices(CUSTOMER).ServiceNames).toEqual([config.ServiceName]);
  });
});
