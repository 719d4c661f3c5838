import { describe, expect, it } from 'vitest';
import { AWS_SERVICES } from '../../src/aws-services/catalogue.js';
import { awsServiceId } from '../../src/aws-services/lookup.js';
import { cloudErrorOf } from '../support/errors.js';
import { CONSUMER, createService, O, PROVIDER, REGION, setup } from '../endpoint-services/fixtures.js';

const AMAZON = { Filters: [{ Name: 'owner', Values: ['amazon'] }] };

describe('DescribeVpcEndpointServices lists AWS services', () => {
  it('an AWS interface service: Owner amazon, no acceptance, verified private DNS, the caller\'s AZs in its names', () => {
    const env = setup();
    const out = env.consumerEc2.describeVpcEndpointServices({ ServiceNames: [`com.amazonaws.${REGION}.ec2`] });
    expect(out.ServiceNames).toEqual(['com.amazonaws.us-east-1.ec2']);
    expect(out.ServiceDetails).toEqual([
      {
        ServiceName: 'com.amazonaws.us-east-1.ec2',
        ServiceId: awsServiceId(REGION, 'ec2', 'Interface'),
        ServiceType: [{ ServiceType: 'Interface' }],
        ServiceRegion: REGION,
        // the consumer has use1-az3, az4, az1 (its a, b, c): all of them, in its order
        AvailabilityZoneIds: ['use1-az3', 'use1-az4', 'use1-az1'],
        AvailabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
        Owner: 'amazon',
        BaseEndpointDnsNames: ['ec2.us-east-1.vpce.amazonaws.com'],
        PrivateDnsName: 'ec2.us-east-1.amazonaws.com',
        PrivateDnsNames: [{ PrivateDnsName: 'ec2.us-east-1.amazonaws.com' }],
        VpcEndpointPolicySupported: false,
        AcceptanceRequired: false,
        ManagesVpcEndpoints: false,
        Tags: [],
        PrivateDnsNameVerificationState: 'verified',
        SupportedIpAddressTypes: ['ipv4'],
      },
    ]);
  });

  it('a service missing an AZ lists only the AZs it has (by id): sqs lacks use1-az3', () => {
    const env = setup();
    const sqs = env.consumerEc2.describeVpcEndpointServices({ ServiceNames: ['com.amazonaws.us-east-1.sqs'] }).ServiceDetails[0];
    expect(sqs?.AvailabilityZoneIds).toEqual(['use1-az4', 'use1-az1']);
    expect(sqs?.AvailabilityZones).toEqual(['us-east-1b', 'us-east-1c']);
  });

  it('S3 is listed twice, Gateway then Interface, under one name; gateway services have no private DNS', () => {
    const env = setup();
    const out = env.ec2.describeVpcEndpointServices({ ServiceNames: ['com.amazonaws.us-east-1.s3'] });
    expect(out.ServiceNames).toEqual(['com.amazonaws.us-east-1.s3', 'com.amazonaws.us-east-1.s3']);
    expect(out.ServiceDetails.map((d) => d.ServiceType)).toEqual([[{ ServiceType: 'Gateway' }], [{ ServiceType: 'Interface' }]]);
    expect(out.ServiceDetails.map((d) => d.BaseEndpointDnsNames)).toEqual([['s3.us-east-1.amazonaws.com'], ['s3.us-east-1.vpce.amazonaws.com']]);
    expect(out.ServiceDetails.map((d) => d.ServiceId)).toEqual([awsServiceId(REGION, 's3', 'Gateway'), awsServiceId(REGION, 's3', 'Interface')]);
    const dynamodb = env.ec2.describeVpcEndpointServices({ ServiceNames: ['com.amazonaws.us-east-1.dynamodb'] }).ServiceDetails;
    expect(dynamodb).toHaveLength(1);
    expect(dynamodb[0]).not.toHaveProperty('PrivateDnsName');
    expect(dynamodb[0]).not.toHaveProperty('PrivateDnsNameVerificationState');
  });

  it('a listing holds every AWS service of the catalogue and the customer services, sorted by name then type', () => {
    const env = setup();
    const config = createService(env);
    const out = env.ec2.describeVpcEndpointServices();
    const awsCount = AWS_SERVICES.reduce((n, s) => n + s.types.length, 0);
    expect(out.ServiceDetails).toHaveLength(awsCount + 1);
    expect(out.ServiceNames).toEqual(out.ServiceDetails.map((d) => d.ServiceName));
    expect(out.ServiceNames).toEqual([...out.ServiceNames].sort());
    // com.amazonaws.us-east-1.* sorts before com.amazonaws.vpce.*
    expect(out.ServiceNames[out.ServiceNames.length - 1]).toBe(config.ServiceName);
    expect(out.ServiceNames).toContain('com.amazonaws.us-east-1.ecr.dkr');
  });

  it('names in the caller\'s region only: another region lists its own, a name of another region is InvalidServiceName', () => {
    const env = setup();
    const west = env.cloud.ec2({ accountId: CONSUMER, region: 'us-west-2' });
    const names = west.describeVpcEndpointServices(AMAZON).ServiceNames;
    expect(names).toContain('com.amazonaws.us-west-2.ec2');
    expect(names.every((n) => n.startsWith('com.amazonaws.us-west-2.'))).toBe(true);
    const before = env.cloud.world;
    expect(cloudErrorOf(() => west.describeVpcEndpointServices({ ServiceNames: ['com.amazonaws.us-east-1.ec2'] }))).toMatchObject({
      code: 'InvalidServiceName',
      message: "The Vpc Endpoint Service 'com.amazonaws.us-east-1.ec2' does not exist",
    });
    expect(cloudErrorOf(() => env.ec2.describeVpcEndpointServices({ ServiceNames: ['com.amazonaws.us-east-1.nosuchservice'] })).code).toBe('InvalidServiceName');
    expect(west.describeVpcEndpointServices({ ServiceRegions: ['us-east-1'] }).ServiceDetails).toEqual([]);
    expect(env.cloud.world).toBe(before);
  });

  it('filters: owner, service-type, service-name, tag: (AWS services carry no tags)', () => {
    const env = setup();
    createService(env, { TagSpecifications: [{ ResourceType: 'vpc-endpoint-service', Tags: [{ Key: 'env', Value: 'prod' }] }] });
    const names = (Filters: { Name: string; Values: string[] }[]) => env.ec2.describeVpcEndpointServices({ Filters }).ServiceNames;
    expect(names([{ Name: 'service-type', Values: ['Gateway'] }])).toEqual(['com.amazonaws.us-east-1.dynamodb', 'com.amazonaws.us-east-1.s3']);
    expect(names([{ Name: 'service-name', Values: ['com.amazonaws.us-east-1.ssm*'] }])).toEqual(['com.amazonaws.us-east-1.ssm', 'com.amazonaws.us-east-1.ssmmessages']);
    expect(names(AMAZON.Filters).every((n) => n.startsWith('com.amazonaws.us-east-1.'))).toBe(true);
    expect(names([{ Name: 'owner', Values: [PROVIDER] }]).some((n) => n.startsWith('com.amazonaws.us-east-1.'))).toBe(false);
    expect(names([{ Name: 'tag:env', Values: ['prod'] }])).toHaveLength(1);
  });

  it('pages across AWS and customer services without loss or repetition', () => {
    const env = setup();
    createService(env);
    const whole = env.ec2.describeVpcEndpointServices().ServiceDetails.map((d) => `${d.ServiceName}/${d.ServiceType[0]?.ServiceType}`);
    const paged: string[] = [];
    let token: string | undefined;
    do {
      const page = env.ec2.describeVpcEndpointServices({ MaxResults: 5, ...(token ? { NextToken: token } : {}) });
      expect(page.ServiceDetails.length).toBeLessThanOrEqual(5);
      paged.push(...page.ServiceDetails.map((d) => `${d.ServiceName}/${d.ServiceType[0]?.ServiceType}`));
      token = page.NextToken;
    } while (token !== undefined);
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(paged.length);
    // the outsider is not allowed: it sees the AWS services only
    expect(env.cloud.ec2(O).describeVpcEndpointServices().ServiceDetails.length).toBe(whole.length - 1);
  });
});
