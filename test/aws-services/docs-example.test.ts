/** The example of docs/aws-services.md, run as written. */
import { expect, it } from 'vitest';
import { createCloud } from '../../src/index.js';

it('docs/aws-services.md example', () => {
  const cloud = createCloud({ seed: 1 });
  const ec2 = cloud.ec2({ accountId: '222222222222', region: 'us-east-1' });
  const { VpcId } = ec2.createVpc({ CidrBlock: '10.0.0.0/16' }).Vpc;
  ec2.modifyVpcAttribute({ VpcId, EnableDnsHostnames: { Value: true } });
  const { SubnetId } = ec2.createSubnet({ VpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet;
  const [detail] = ec2.describeVpcEndpointServices({ ServiceNames: ['com.amazonaws.us-east-1.ec2'] }).ServiceDetails;
  expect(detail?.Owner).toBe('amazon');
  const { VpcEndpoint } = ec2.createVpcEndpoint({ VpcEndpointType: 'Interface', VpcId, ServiceName: 'com.amazonaws.us-east-1.ec2', SubnetIds: [SubnetId] });
  expect(VpcEndpoint.State).toBe('pending');
  expect(VpcEndpoint.DnsEntries.at(-1)?.DnsName).toBe('ec2.us-east-1.amazonaws.com');
  // the endpoint uses the VPC's default group, which admits its own members: the host here is one
  expect(cloud.connect({ from: { accountId: '222222222222', subnetId: SubnetId }, host: 'ec2.us-east-1.amazonaws.com', port: 443 })).toMatchObject({ ok: false, reason: 'AwsServiceNotModelled' });
  expect(ec2.describePrefixLists({ Filters: [{ Name: 'prefix-list-name', Values: ['com.amazonaws.us-east-1.s3'] }] }).PrefixLists[0]?.PrefixListId).toBe('pl-63a5400a');
  expect(ec2.describeRouteTables({ Filters: [{ Name: 'vpc-id', Values: [VpcId] }] }).RouteTables[0]?.Routes).toEqual([{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' }]);
});
