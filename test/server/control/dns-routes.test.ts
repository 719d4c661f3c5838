import { describe, expect, it } from 'vitest';
import { call, expectControlError, hostOf, ok } from './support.js';

describe('public DNS routes', () => {
  it('POST publishes a TXT value (idempotent), GET reads it, DELETE removes one value or all', () => {
    const host = hostOf();
    expect(ok(call(host, 'GET', 'dns/records', { name: '_pl.example.com' }))).toEqual({ name: '_pl.example.com', type: 'TXT', values: [] });
    expect(ok(call(host, 'POST', 'dns/records', { name: '_pl.Example.com.', type: 'TXT', value: 'vpce:one' }))).toEqual({ name: '_pl.example.com', type: 'TXT', values: ['vpce:one'] });
    expect(ok(call(host, 'POST', 'dns/records', { name: '_pl.example.com', value: 'vpce:one' }))).toEqual({ name: '_pl.example.com', type: 'TXT', values: ['vpce:one'] });
    ok(call(host, 'POST', 'dns/records', { name: '_pl.example.com', value: 'vpce:two' }));
    expect(host.cloud.publicDns.lookup('_pl.example.com', 'TXT')).toEqual(['vpce:one', 'vpce:two']);
    expect(ok(call(host, 'DELETE', 'dns/records', { name: '_pl.example.com', value: 'vpce:one' }))).toEqual({ name: '_pl.example.com', type: 'TXT', values: ['vpce:two'] });
    ok(call(host, 'POST', 'dns/records', { name: '_pl.example.com', value: 'vpce:three' }));
    expect(ok(call(host, 'DELETE', 'dns/records?name=_pl.example.com'))).toEqual({ name: '_pl.example.com', type: 'TXT', values: [] });
    expect(host.cloud.publicDns.lookup('_pl.example.com', 'TXT')).toEqual([]);
  });

  it('a published record verifies an endpoint service\'s private DNS name', () => {
    const host = hostOf();
    const ec2 = host.cloud.ec2({ accountId: '111111111111', region: 'us-east-1' });
    const vpc = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const subnet = ec2.createSubnet({ VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZoneId: 'use1-az1' }).Subnet.SubnetId;
    const elb = host.cloud.elbv2({ accountId: '111111111111', region: 'us-east-1' });
    const lb = elb.createLoadBalancer({ Name: 'nlb', Type: 'network', Scheme: 'internal', Subnets: [subnet] }).LoadBalancers[0]?.LoadBalancerArn ?? '';
    const serviceId = ec2.createVpcEndpointServiceConfiguration({ NetworkLoadBalancerArns: [lb], PrivateDnsName: 'api.example.com' }).ServiceConfiguration.ServiceId;
    const txt = ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [serviceId] }).ServiceConfigurations[0]?.PrivateDnsNameConfiguration;
    ok(call(host, 'POST', 'dns/records', { name: `${txt?.Name ?? ''}.api.example.com`, value: txt?.Value ?? '' }));
    ec2.startVpcEndpointServicePrivateDnsVerification({ ServiceId: serviceId });
    const state = ec2.describeVpcEndpointServiceConfigurations({ ServiceIds: [serviceId] }).ServiceConfigurations[0]?.PrivateDnsNameConfiguration?.State;
    expect(state).toBe('verified');
  });

  it('refuses a missing or bad name, another record type, a missing or bad value; nothing changes', () => {
    const host = hostOf();
    expectControlError(host, 'GET', 'dns/records', undefined, 400, 'MissingParameter', 'The request must contain the parameter name');
    expectControlError(host, 'POST', 'dns/records', { value: 'v' }, 400, 'MissingParameter', 'The request must contain the parameter name');
    expectControlError(host, 'POST', 'dns/records', { name: 'a.example.com' }, 400, 'MissingParameter', 'The request must contain the parameter value');
    expectControlError(host, 'POST', 'dns/records', { name: 'a.example.com', value: '' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'dns/records', { name: 'a.example.com', value: 5 }, 400, 'InvalidParameterValue');
    expectControlError(host, 'POST', 'dns/records', { name: 'not a name', value: 'v' }, 400, 'InvalidParameterValue', 'Value (not a name) for parameter name is invalid. Expected a DNS name.');
    expectControlError(host, 'POST', 'dns/records', { name: 'a.example.com', type: 'CNAME', value: 'v' }, 400, 'InvalidParameterValue', 'Value (CNAME) for parameter type is invalid. Only TXT records are modelled.');
    expectControlError(host, 'GET', 'dns/records', { name: 'a.example.com', type: 'A' }, 400, 'InvalidParameterValue');
    expectControlError(host, 'DELETE', 'dns/records', {}, 400, 'MissingParameter');
    expectControlError(host, 'DELETE', 'dns/records', { name: 'a.example.com', value: 7 }, 400, 'InvalidParameterValue');
    expectControlError(host, 'DELETE', 'dns/records', { name: 'a.example.com', ttl: 7 }, 400, 'InvalidParameter');
  });
});
