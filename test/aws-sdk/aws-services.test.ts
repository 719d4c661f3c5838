import {
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  DescribePrefixListsCommand,
  DescribeRouteTablesCommand,
  DescribeVpcEndpointServicesCommand,
  DescribeVpcEndpointsCommand,
  ModifyVpcAttributeCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { createCloud } from '../../src/index.js';
import { isolatedEc2Client, rejectionOf } from './support.js';

const ACCOUNT = '222222222222';

function client() {
  return attachClient(isolatedEc2Client(), createCloud({ seed: 9 }), { accountId: ACCOUNT });
}

describe('AWS services through @aws-sdk/client-ec2', () => {
  it('DescribeVpcEndpointServices lists AWS services, S3 as Gateway and Interface', async () => {
    const ec2 = client();
    const out = await ec2.send(new DescribeVpcEndpointServicesCommand({ Filters: [{ Name: 'owner', Values: ['amazon'] }] }));
    const details = out.ServiceDetails ?? [];
    expect(details.map((d) => d.ServiceName)).toContain('com.amazonaws.us-east-1.ec2');
    expect(details.filter((d) => d.ServiceName === 'com.amazonaws.us-east-1.s3').map((d) => d.ServiceType?.[0]?.ServiceType)).toEqual(['Gateway', 'Interface']);
    const ec2Detail = details.find((d) => d.ServiceName === 'com.amazonaws.us-east-1.ec2');
    expect(ec2Detail).toMatchObject({ Owner: 'amazon', AcceptanceRequired: false, PrivateDnsName: 'ec2.us-east-1.amazonaws.com', PrivateDnsNameVerificationState: 'verified', BaseEndpointDnsNames: ['ec2.us-east-1.vpce.amazonaws.com'] });
    expect(ec2Detail?.AvailabilityZones).toHaveLength(6);
  });

  it('an interface endpoint to com.amazonaws.us-east-1.ec2 goes pending -> available with private DNS', async () => {
    const ec2 = client();
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
    const VpcId = Vpc?.VpcId ?? '';
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }));
    const SubnetIds = [Subnet?.SubnetId ?? ''];
    const refused = await rejectionOf(ec2.send(new CreateVpcEndpointCommand({ VpcEndpointType: 'Interface', VpcId, ServiceName: 'com.amazonaws.us-east-1.ec2', SubnetIds })));
    expect(refused).toMatchObject({ name: 'InvalidParameter', $metadata: { httpStatusCode: 400 } });
    await ec2.send(new ModifyVpcAttributeCommand({ VpcId, EnableDnsHostnames: { Value: true } }));
    const { VpcEndpoint } = await ec2.send(new CreateVpcEndpointCommand({ VpcEndpointType: 'Interface', VpcId, ServiceName: 'com.amazonaws.us-east-1.ec2', SubnetIds }));
    expect(VpcEndpoint?.State).toBe('pending');
    expect(VpcEndpoint?.PrivateDnsEnabled).toBe(true);
    expect(VpcEndpoint?.DnsEntries?.map((e) => e.DnsName)).toContain('ec2.us-east-1.amazonaws.com');
    const { VpcEndpoints = [] } = await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [VpcEndpoint?.VpcEndpointId ?? ''] }));
    expect(VpcEndpoints[0]?.State).toBe('available');
    const gateway = await rejectionOf(ec2.send(new CreateVpcEndpointCommand({ VpcEndpointType: 'Gateway', VpcId, ServiceName: 'com.amazonaws.us-east-1.s3' })));
    expect(gateway).toMatchObject({ name: 'UnsupportedOperation' });
  });

  it('DescribePrefixLists and DescribeRouteTables', async () => {
    const ec2 = client();
    const { PrefixLists = [] } = await ec2.send(new DescribePrefixListsCommand({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-east-1.s3'] }] }));
    expect(PrefixLists.map((p) => p.PrefixListId)).toEqual(['pl-63a5400a']);
    const missing = await rejectionOf(ec2.send(new DescribePrefixListsCommand({ PrefixListIds: ['pl-00000000'] })));
    expect(missing).toMatchObject({ name: 'InvalidPrefixListID.NotFound', message: "The prefix list ID 'pl-00000000' does not exist" });
    const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.4.0.0/16' }));
    const { RouteTables = [] } = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [Vpc?.VpcId ?? ''] }, { Name: 'association.main', Values: ['true'] }] }));
    expect(RouteTables).toHaveLength(1);
    expect(RouteTables[0]?.Routes).toEqual([{ DestinationCidrBlock: '10.4.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }]);
    expect(RouteTables[0]?.Associations?.[0]).toMatchObject({ Main: true, AssociationState: { State: 'associated' } });
    const unknown = await rejectionOf(ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: ['rtb-0123456789abcdef0'] })));
    expect(unknown).toMatchObject({ name: 'InvalidRouteTableID.NotFound' });
  });
});
