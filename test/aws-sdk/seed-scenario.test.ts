/**
 * The seed scenario driven only through real SDK v3 clients served by the model: a provider
 * and a consumer account, each with an EC2 and an ELBv2 client, no credentials, no network.
 * Errors are asserted as user code asserts them against AWS: `instanceof` and `name`.
 */
import {
  AcceptVpcEndpointConnectionsCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  CreateVpcEndpointServiceConfigurationCommand,
  DescribeAvailabilityZonesCommand,
  DescribeVpcEndpointConnectionsCommand,
  DescribeVpcEndpointServiceConfigurationsCommand,
  DescribeVpcEndpointServicesCommand,
  DescribeVpcsCommand,
  EC2ServiceException,
  ModifyVpcEndpointServicePermissionsCommand,
  paginateDescribeVpcEndpoints,
  waitUntilVpcAvailable,
  type EC2Client,
  type VpcEndpoint,
} from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand,
  DeleteLoadBalancerCommand,
  DescribeLoadBalancersCommand,
  LoadBalancerNotFoundException,
  ResourceInUseException,
  waitUntilLoadBalancerAvailable,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { isolatedEc2Client, isolatedElbv2Client, sdkError } from './support.js';

const REGION = 'us-east-1';
const PROVIDER = '111111111111';
const CONSUMER = '222222222222';
const cloud = createCloud({
  seed: 42,
  accounts: {
    [PROVIDER]: { zones: { [REGION]: ['use1-az4', 'use1-az6', 'use1-az1'] } },
    [CONSUMER]: { zones: { [REGION]: ['use1-az1', 'use1-az2', 'use1-az4'] } },
  },
});
const provider = {
  ec2: attachClient(isolatedEc2Client(REGION), cloud, { accountId: PROVIDER }),
  elbv2: attachClient(isolatedElbv2Client(REGION), cloud, { accountId: PROVIDER }),
};
const consumer = {
  ec2: attachClient(isolatedEc2Client(REGION), cloud, { accountId: CONSUMER }),
  elbv2: attachClient(isolatedElbv2Client(REGION), cloud, { accountId: CONSUMER }),
};

/** Shared across the steps, in order. */
const state = { nlbArn: '', serviceId: '', serviceName: '', consumerVpc: '', endpointId: '', subnetByZone: new Map<string, string>() };

async function vpcWithSubnets(ec2: EC2Client, cidrPrefix: string): Promise<{ vpcId: string; subnets: Map<string, string> }> {
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: `${cidrPrefix}.0.0/16` }));
  const vpcId = Vpc?.VpcId ?? '';
  await waitUntilVpcAvailable({ client: ec2, maxWaitTime: 5, minDelay: 1, maxDelay: 1 }, { VpcIds: [vpcId] });
  const { AvailabilityZones = [] } = await ec2.send(new DescribeAvailabilityZonesCommand({}));
  const subnets = new Map<string, string>();
  for (const [i, zone] of AvailabilityZones.entries()) {
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: `${cidrPrefix}.${i + 1}.0/24`, AvailabilityZone: zone.ZoneName }));
    subnets.set(zone.ZoneName ?? '', Subnet?.SubnetId ?? '');
  }
  return { vpcId, subnets };
}

describe('seed scenario through SDK clients', () => {
  it('1. the accounts disagree on AZ names and agree on AZ ids', async () => {
    const names = async (ec2: EC2Client) =>
      Object.fromEntries(((await ec2.send(new DescribeAvailabilityZonesCommand({}))).AvailabilityZones ?? []).map((z) => [z.ZoneId, z.ZoneName]));
    expect(await names(provider.ec2)).toEqual({ 'use1-az4': 'us-east-1a', 'use1-az6': 'us-east-1b', 'use1-az1': 'us-east-1c' });
    expect(await names(consumer.ec2)).toEqual({ 'use1-az1': 'us-east-1a', 'use1-az2': 'us-east-1b', 'use1-az4': 'us-east-1c' });
  });

  it('2. the provider builds a VPC, subnets and an NLB, and waits for it', async () => {
    const { subnets } = await vpcWithSubnets(provider.ec2, '10.0');
    const { LoadBalancers = [] } = await provider.elbv2.send(
      new CreateLoadBalancerCommand({ Name: 'orders-nlb', Type: 'network', Scheme: 'internal', Subnets: [...subnets.values()] }),
    );
    state.nlbArn = LoadBalancers[0]?.LoadBalancerArn ?? '';
    expect(LoadBalancers[0]?.CreatedTime).toBeInstanceOf(Date);
    const waited = await waitUntilLoadBalancerAvailable({ client: provider.elbv2, maxWaitTime: 5, minDelay: 1, maxDelay: 1 }, { LoadBalancerArns: [state.nlbArn] });
    expect(waited.state).toBe('SUCCESS');
  });

  it('3. the consumer cannot see the provider NLB or VPC: not found, as on AWS', async () => {
    await sdkError(consumer.elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [state.nlbArn] })), LoadBalancerNotFoundException, 'LoadBalancerNotFoundException');
    const { Vpcs = [] } = await provider.ec2.send(new DescribeVpcsCommand({}));
    await sdkError(consumer.ec2.send(new DescribeVpcsCommand({ VpcIds: [Vpcs[0]?.VpcId ?? ''] })), EC2ServiceException, 'InvalidVpcID.NotFound');
  });

  it('4. the provider puts an endpoint service in front of the NLB and grants the consumer', async () => {
    const { ServiceConfiguration } = await provider.ec2.send(
      new CreateVpcEndpointServiceConfigurationCommand({ NetworkLoadBalancerArns: [state.nlbArn], AcceptanceRequired: true }),
    );
    state.serviceId = ServiceConfiguration?.ServiceId ?? '';
    state.serviceName = ServiceConfiguration?.ServiceName ?? '';
    expect(state.serviceName).toBe(`com.amazonaws.vpce.${REGION}.${state.serviceId}`);
    await provider.ec2.send(new ModifyVpcEndpointServicePermissionsCommand({ ServiceId: state.serviceId, AddAllowedPrincipals: [`arn:aws:iam::${CONSUMER}:root`] }));
    await sdkError(
      consumer.ec2.send(new DescribeVpcEndpointServiceConfigurationsCommand({ ServiceIds: [state.serviceId] })),
      EC2ServiceException,
      'InvalidVpcEndpointServiceId.NotFound',
    );
    await sdkError(provider.elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: state.nlbArn })), ResourceInUseException, 'ResourceInUseException');
  });

  it('5. the consumer sees the service in the common AZs only, in its own names', async () => {
    const { ServiceDetails = [] } = await consumer.ec2.send(new DescribeVpcEndpointServicesCommand({ ServiceNames: [state.serviceName] }));
    // Common by id: use1-az4 (consumer's c) and use1-az1 (consumer's a).
    expect([...(ServiceDetails[0]?.AvailabilityZones ?? [])].sort()).toEqual(['us-east-1a', 'us-east-1c']);
  });

  it('6. the consumer creates an interface endpoint; a subnet in a zone the service lacks is refused', async () => {
    const { vpcId, subnets } = await vpcWithSubnets(consumer.ec2, '10.1');
    state.consumerVpc = vpcId;
    state.subnetByZone = subnets;
    const create = (zones: string[]) =>
      consumer.ec2.send(
        new CreateVpcEndpointCommand({
          VpcEndpointType: 'Interface',
          VpcId: vpcId,
          ServiceName: state.serviceName,
          SubnetIds: zones.map((zone) => subnets.get(zone) ?? ''),
        }),
      );
    await sdkError(create(['us-east-1b']), EC2ServiceException, 'InvalidParameter');
    const { VpcEndpoint } = await create(['us-east-1a', 'us-east-1c']);
    state.endpointId = VpcEndpoint?.VpcEndpointId ?? '';
    expect(VpcEndpoint?.State).toBe('pendingAcceptance');
    expect(VpcEndpoint?.CreationTimestamp).toBeInstanceOf(Date);
  });

  it('7. the provider sees the pending connection and accepts it', async () => {
    const { VpcEndpointConnections = [] } = await provider.ec2.send(
      new DescribeVpcEndpointConnectionsCommand({ Filters: [{ Name: 'service-id', Values: [state.serviceId] }] }),
    );
    expect(VpcEndpointConnections.map((c) => [c.VpcEndpointId, c.VpcEndpointOwner, c.VpcEndpointState])).toEqual([
      [state.endpointId, CONSUMER, 'pendingAcceptance'],
    ]);
    const { Unsuccessful = [] } = await provider.ec2.send(
      new AcceptVpcEndpointConnectionsCommand({ ServiceId: state.serviceId, VpcEndpointIds: [state.endpointId] }),
    );
    expect(Unsuccessful).toEqual([]);
  });

  it('8. the consumer pages through its endpoints: available, with DNS names', async () => {
    const endpoints: VpcEndpoint[] = [];
    for await (const page of paginateDescribeVpcEndpoints({ client: consumer.ec2, pageSize: 5 }, {})) endpoints.push(...(page.VpcEndpoints ?? []));
    expect(endpoints.map((e) => [e.VpcEndpointId, e.State])).toEqual([[state.endpointId, 'available']]);
    const [regional, ...zonal] = endpoints[0]?.DnsEntries ?? [];
    expect(regional?.DnsName).toMatch(new RegExp(`^${state.endpointId}-[a-z0-9]{8}\\.${state.serviceId}\\.${REGION}\\.vpce\\.amazonaws\\.com$`));
    expect(zonal.map((entry) => entry.DnsName?.split('.')[0]?.split('-').slice(-3).join('-')).sort()).toEqual(['us-east-1a', 'us-east-1c']);
  });

  it('9. the facades saw the same world the SDK clients built', () => {
    const facade = cloud.ec2({ accountId: CONSUMER, region: REGION });
    expect(facade.describeVpcEndpoints({}).VpcEndpoints.map((e) => e.VpcEndpointId)).toEqual([state.endpointId]);
  });
});
