/**
 * The vitest example of docs/use-in-your-tests.md, verbatim apart from the imports (the doc
 * imports the package by name). Keep the two in step.
 */
import {
  CreateVpcEndpointCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointServicesCommand,
  EC2Client,
  EC2ServiceException,
} from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud, type Cloud } from '../../src/index.js';

// --- the code under test: takes its client, so a test can hand it one -------------------
export async function connectToService(ec2: EC2Client, vpcId: string, serviceName: string): Promise<string> {
  const { ServiceDetails = [] } = await ec2.send(new DescribeVpcEndpointServicesCommand({ ServiceNames: [serviceName] }));
  const zones = ServiceDetails[0]?.AvailabilityZones ?? [];
  const { Subnets = [] } = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }));
  const { VpcEndpoint } = await ec2.send(
    new CreateVpcEndpointCommand({
      VpcEndpointType: 'Interface',
      VpcId: vpcId,
      ServiceName: serviceName,
      SubnetIds: Subnets.filter((s) => zones.includes(s.AvailabilityZone ?? '')).map((s) => s.SubnetId ?? ''),
    }),
  );
  return VpcEndpoint?.VpcEndpointId ?? '';
}

// --- the test ---------------------------------------------------------------------------
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';

describe('connectToService', () => {
  let cloud: Cloud;
  let serviceName: string;
  let vpcId: string;

  beforeEach(() => {
    // Names disagree on purpose: the provider's us-east-1a is the consumer's us-east-1c.
    cloud = createCloud({
      seed: 1,
      accounts: {
        [PROVIDER]: { zones: { 'us-east-1': ['use1-az4', 'use1-az6', 'use1-az1'] } },
        [CONSUMER]: { zones: { 'us-east-1': ['use1-az1', 'use1-az2', 'use1-az4'] } },
      },
    });
    // Arrange with the synchronous facades ...
    const provider = cloud.ec2({ accountId: PROVIDER, region: 'us-east-1' });
    const providerVpc = provider.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const subnet = provider.createSubnet({ VpcId: providerVpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet;
    const nlb = cloud
      .elbv2({ accountId: PROVIDER, region: 'us-east-1' })
      .createLoadBalancer({ Name: 'api', Type: 'network', Scheme: 'internal', Subnets: [subnet.SubnetId] });
    const service = provider.createVpcEndpointServiceConfiguration({
      NetworkLoadBalancerArns: [nlb.LoadBalancers[0]?.LoadBalancerArn ?? ''],
      AcceptanceRequired: false,
    }).ServiceConfiguration;
    provider.modifyVpcEndpointServicePermissions({ ServiceId: service.ServiceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] });
    serviceName = service.ServiceName;

    const consumer = cloud.ec2({ accountId: CONSUMER, region: 'us-east-1' });
    vpcId = consumer.createVpc({ CidrBlock: '10.1.0.0/16' }).Vpc.VpcId;
    ['us-east-1a', 'us-east-1b', 'us-east-1c'].forEach((zone, i) =>
      consumer.createSubnet({ VpcId: vpcId, CidrBlock: `10.1.${i}.0/24`, AvailabilityZone: zone }),
    );
  });

  it('creates the endpoint in the one zone both accounts share', async () => {
    // ... and act through a real SDK client, as production code does.
    const ec2 = attachClient(new EC2Client({ region: 'us-east-1' }), cloud, { accountId: CONSUMER });
    const endpointId = await connectToService(ec2, vpcId, serviceName);

    const endpoint = cloud.ec2({ accountId: CONSUMER, region: 'us-east-1' }).describeVpcEndpoints({ VpcEndpointIds: [endpointId] }).VpcEndpoints[0];
    expect(endpoint?.State).toBe('available');
    expect(endpoint?.DnsEntries.some((entry) => entry.DnsName.includes('-us-east-1c.'))).toBe(true); // use1-az4
  });

  it('fails as AWS fails for a service the account may not use', async () => {
    const outsider = attachClient(new EC2Client({ region: 'us-east-1' }), cloud, { accountId: '333333333333' });
    const error = await connectToService(outsider, vpcId, serviceName).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EC2ServiceException);
    expect(error).toMatchObject({ name: 'InvalidServiceName', $metadata: { httpStatusCode: 400 } });
  });
});
