import {
  CreateVpcEndpointCommand,
  DeleteNetworkInterfaceCommand,
  DescribeNetworkInterfacesCommand,
  DescribeVpcEndpointsCommand,
  EC2ServiceException,
  paginateDescribeNetworkInterfaces,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { attachClient } from '../../src/aws-sdk/index.js';
import { isolatedEc2Client } from '../aws-sdk/support.js';
import { buildTopology, CONSUMER, PROVIDER } from '../fixtures/topology.js';

const client = () => isolatedEc2Client();

describe('network interfaces through @aws-sdk/client-ec2', () => {
  it("describes an endpoint's interfaces by the ids DescribeVpcEndpoints gives, and pages them with the SDK paginator", async () => {
    const { cloud, consumer, provider } = buildTopology({ acceptanceRequired: false });
    const ec2 = attachClient(client(), cloud, { accountId: CONSUMER });
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await ec2.send(
        new CreateVpcEndpointCommand({ VpcEndpointType: 'Interface', VpcId: consumer.vpcId, ServiceName: provider.serviceName, SubnetIds: [consumer.subnetA, consumer.subnetB] }),
      );
      made.push(created.VpcEndpoint?.VpcEndpointId ?? '');
    }
    const endpoints = await ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: made }));
    const endpointEnis = (endpoints.VpcEndpoints ?? []).flatMap((e) => e.NetworkInterfaceIds ?? []);
    expect(endpointEnis).toHaveLength(6);
    const described = await ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: endpointEnis.slice(0, 2) }));
    expect(described.NetworkInterfaces?.[0]).toMatchObject({
      InterfaceType: 'vpc_endpoint',
      RequesterManaged: true,
      RequesterId: '727180483921',
      Status: 'in-use',
      OwnerId: CONSUMER,
      Description: expect.stringMatching(/^VPC Endpoint Interface vpce-[0-9a-f]{17}$/) as string,
      TagSet: [],
      Ipv6Addresses: [],
    });
    expect(described.$metadata.httpStatusCode).toBe(200);
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 5 }, { Filters: [{ Name: 'interface-type', Values: ['vpc_endpoint'] }] })) {
      pages++;
      seen.push(...(page.NetworkInterfaces ?? []).map((n) => n.NetworkInterfaceId ?? ''));
    }
    expect(pages).toBe(2);
    expect(seen.sort()).toEqual([...endpointEnis].sort());
  });

  it('refuses DeleteNetworkInterface of a requester-managed interface with a typed SDK exception', async () => {
    const { cloud } = buildTopology();
    const ec2 = attachClient(client(), cloud, { accountId: PROVIDER });
    const node = (await ec2.send(new DescribeNetworkInterfacesCommand({}))).NetworkInterfaces?.[0]?.NetworkInterfaceId ?? '';
    expect(node).toMatch(/^eni-[0-9a-f]{17}$/);
    const inUse = await ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: node })).catch((e: unknown) => e);
    expect(inUse).toBeInstanceOf(EC2ServiceException);
    expect(inUse).toMatchObject({
      name: 'InvalidParameterValue',
      message: `Network interface '${node}' is currently in use.`,
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    });
    const consumer = attachClient(client(), cloud, { accountId: CONSUMER });
    const foreign = await consumer.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: node })).catch((e: unknown) => e);
    expect(foreign).toMatchObject({ name: 'InvalidNetworkInterfaceID.NotFound', message: `The networkInterface ID '${node}' does not exist` });
    const combined = await ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: [node], MaxResults: 5 })).catch((e: unknown) => e);
    expect(combined).toMatchObject({ name: 'InvalidParameterCombination' });
  });
});
